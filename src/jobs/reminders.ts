import { todayInAmsterdam } from '../clock.ts';
import { remindPlanEvaluations } from '../commands/agreement/remind-plan-evaluations.ts';
import { makeReminders } from '../commands/deadlines/make-reminders.ts';
import { execute } from '../commands/pipeline/execute.ts';
import { jobContext } from '../commands/pipeline/machine.ts';
import type { ReminderConfig } from '../config.ts';
import { addDays } from '../domain/calendar/dates.ts';
import { mailDomain, type Mailer } from '../mail/mailer.ts';
import type { Store } from '../store/database.ts';
import { expireSending, markFailed, markSent, takeDelivery } from '../store/reminders.ts';
import { reminderMessage } from './reminder-message.ts';

// One cycle of the reminder job: make the reminders that are due (exactly once, by the database's
// unique key; who gets one is the policy's), give up on e-mails whose process died mid-send, then
// send what is queued. Every process runs these cycles; the store's statements make that safe
// (store/reminders.ts). Making reminders is a command like any other (commands/deadlines); sending
// is the outbox's mechanics, where each step must commit before the next (decision 0005).

/** A message 'sending' for longer than this belongs to a dead process: far above the SMTP timeouts. */
export const SENDING_LEASE_MS = 10 * 60_000;
export const MAX_ATTEMPTS = 10;
/** Deadlines per claim: each claim's locks are short, so appends to those cases hardly wait. */
const CLAIM_BATCH = 500;

/** Exponential backoff: 1, 2, 4 … minutes after the 1st, 2nd, 3rd … failed attempt, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** (attempts - 1), 6 * 3_600_000);
}

export interface ReminderCycleDeps {
  store: Store;
  config: Pick<ReminderConfig, 'windowDays' | 'mailFrom'>;
  /** Undefined: no SMTP configured, reminders only go to the in-app list. */
  mailer: Mailer | undefined;
  now: () => Date;
  /** Test-only fault injection: runs right after the SMTP server accepted a message. */
  afterSend?: () => void;
}

export interface CycleResult {
  reminders: number;
  sent: number;
  failed: number;
  unconfirmed: number;
}

export async function runReminderCycle(deps: ReminderCycleDeps): Promise<CycleResult> {
  const { store, mailer } = deps;
  const now = deps.now();
  const today = todayInAmsterdam(now);
  const claim = {
    now,
    today,
    windowEnd: addDays(today, deps.config.windowDays),
    mail: mailer === undefined ? undefined : { messageIdDomain: mailDomain(deps.config.mailFrom) },
    batch: CLAIM_BATCH,
  };
  const ctx = jobContext(store, 'reminders');
  let reminders = 0;
  for (let claimed = CLAIM_BATCH; claimed === CLAIM_BATCH; ) {
    const result = await execute(ctx, makeReminders, claim);
    claimed = result.deadlines;
    reminders += result.reminders;
  }
  await execute(ctx, remindPlanEvaluations, undefined);
  const unconfirmed = await expireSending(store.db, new Date(now.getTime() - SENDING_LEASE_MS));
  let sent = 0;
  let failed = 0;
  if (mailer !== undefined) {
    // One e-mail at a time: a process that dies mid-send leaves at most that one in doubt.
    for (let delivery = await takeDelivery(store.db, now); delivery !== undefined; delivery = await takeDelivery(store.db, now)) {
      try {
        await mailer.send({ to: delivery.to, messageId: delivery.messageId, ...reminderMessage(delivery) });
      } catch (error) {
        failed++;
        const retryAt = delivery.attempts >= MAX_ATTEMPTS ? undefined : new Date(now.getTime() + retryDelayMs(delivery.attempts));
        await markFailed(store.db, delivery.id, (error as Error).message, retryAt);
        continue;
      }
      deps.afterSend?.();
      await markSent(store.db, delivery.id, deps.now());
      sent++;
    }
  }
  return { reminders, sent, failed, unconfirmed };
}

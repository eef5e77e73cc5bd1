import type { ReminderConfig } from '../config.ts';
import { smtpMailer } from '../mail/mailer.ts';
import type { Store } from '../store/database.ts';
import { runProjectionCycle } from './projections.ts';
import { runReminderCycle } from './reminders.ts';

// Runs the projection and reminder cycles in the application process, every `intervalMs`, one cycle at a time. On
// PostgreSQL every server process runs one and the database keeps them from doing anything twice;
// on PGlite there is only ever one process, so the worker simply lives in it.

export interface WorkerLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface ReminderWorker {
  stop(): Promise<void>;
}

export function startReminderWorker(store: Store, config: ReminderConfig, log: WorkerLog): ReminderWorker {
  const mailer = config.smtpUrl === undefined ? undefined : smtpMailer(config.smtpUrl, config.mailFrom);
  // Test-only (documented in README and the decision record): die as if the machine failed.
  const afterSend = config.faultInjection === 'after-send' ? () => process.kill(process.pid, 'SIGKILL') : undefined;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = () => {
    // The projections first: a reminder is made from the deadlines as they stand today.
    running = runProjectionCycle(store, new Date())
      .then((projections) => {
        if (projections > 0) log.info({ projections }, 'projections');
        return runReminderCycle({ store, config, mailer, now: () => new Date(), ...(afterSend ? { afterSend } : {}) });
      })
      .then((result) => {
        if (result.reminders + result.sent + result.failed + result.unconfirmed > 0) log.info(result, 'reminders');
      })
      .catch((error: unknown) => log.error({ err: error }, 'reminder cycle failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, config.intervalMs);
      });
  };
  timer = setTimeout(tick, 0);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      mailer?.close();
    },
  };
}

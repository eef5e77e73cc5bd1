import { WAITING_TERM_TYPES } from '../../domain/assessment/deadline-types.ts';
import { usersAllowed } from '../../policy/scopes.ts';
import { claimReminders, type ClaimInput } from '../../store/reminders.ts';
import { command } from '../pipeline/execute.ts';

/**
 * The reminder job's one batch: claims up to `batch` due or overdue deadlines and makes a reminder
 * for each person the policy lets be reminded of it (store/reminders.ts makes it exactly once). A
 * reminder names the case by its id only, never the client, so no client data is read out here and
 * the access log gets no row; reading the reminder later is logged (notification.list).
 */
export const makeReminders = command({
  action: 'reminder.run',
  event: 'reminder.run',
  load: async () => ({ kind: 'installation' as const }),
  run: (tx, _installation, input: Omit<ClaimInput, 'waitingTypes' | 'recipients'> & { batch: number }) =>
    claimReminders(
      tx,
      { ...input, waitingTypes: WAITING_TERM_TYPES, recipients: (user, row) => usersAllowed('deadline.remind', user, row) },
      input.batch,
    ),
});

import type { MailStatus } from '../../store/schema.ts';
import { listDeliveries, type DeliveryStatusRow } from '../../store/reminders.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

/**
 * For the beheerder: the reminder e-mails to the organisation's users, with attempts and the last
 * error. An outbox of rule texts and case ids, no client's data: it leaves no access-log row.
 */
export const listMailDeliveries = command({
  action: 'mail-delivery.manage',
  event: 'mail-delivery.list',
  load: ownOrganisation,
  run: (tx, _organisation, query: { statuses?: readonly MailStatus[]; limit: number; offset: number }, ctx): Promise<{ total: number; deliveries: DeliveryStatusRow[] }> =>
    listDeliveries(tx, userOf(ctx.actor).organisationId, query.statuses, query.limit, query.offset),
});

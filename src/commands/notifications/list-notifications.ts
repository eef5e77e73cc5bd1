import { ForbiddenError, NotFoundError } from '../domain/errors.ts';
import { authorize, type Actor } from '../policy/policy.ts';
import { listNotifications, markNotificationRead, type NotificationRow } from '../store/notifications.ts';
import { listDeliveries, requeueDelivery, type DeliveryStatusRow } from '../store/reminders.ts';
import type { MailStatus } from '../store/schema.ts';
import type { CommandContext } from './context.ts';

// The in-app notification list (every reminder, e-mailed or not) and, for the beheerder, the state
// of the reminder e-mails to the organisation's users: attempts, last error, and a way to resend.

function user(actor: Actor, action: 'notification.list' | 'mail-delivery.manage'): { userId: string; organisationId: string } {
  if (actor.kind !== 'user') throw new ForbiddenError();
  authorize(actor, action, { organisationId: actor.organisationId });
  return actor;
}

export async function myNotifications(
  ctx: CommandContext,
  query: { unreadOnly: boolean; limit: number; offset: number },
): Promise<{ total: number; unread: number; notifications: NotificationRow[] }> {
  const { userId } = user(ctx.actor, 'notification.list');
  return listNotifications(ctx.store.db, userId, query.unreadOnly, query.limit, query.offset);
}

export async function readNotification(ctx: CommandContext, id: string): Promise<void> {
  const { userId } = user(ctx.actor, 'notification.list');
  if (!(await markNotificationRead(ctx.store.db, userId, id, new Date()))) throw new NotFoundError('Deze melding bestaat niet.');
}

export async function mailDeliveries(
  ctx: CommandContext,
  query: { statuses?: readonly MailStatus[]; limit: number; offset: number },
): Promise<{ total: number; deliveries: DeliveryStatusRow[] }> {
  const { organisationId } = user(ctx.actor, 'mail-delivery.manage');
  return listDeliveries(ctx.store.db, organisationId, query.statuses, query.limit, query.offset);
}

export async function resendDelivery(ctx: CommandContext, id: string): Promise<void> {
  const { organisationId } = user(ctx.actor, 'mail-delivery.manage');
  if (!(await requeueDelivery(ctx.store.db, organisationId, id, new Date()))) {
    throw new NotFoundError('Geen mislukte of onbevestigde e-mail met dit id in uw organisatie.');
  }
}

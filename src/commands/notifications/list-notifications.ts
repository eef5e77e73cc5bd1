import { scopeOf } from '../../policy/scopes.ts';
import { listNotifications as selectNotifications, type NotificationRow } from '../../store/notifications.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

// The in-app notification list: every reminder made for the user, e-mailed or not, as long as the
// policy still lets them see the deadline it is about.

export const listNotifications = command({
  action: 'notification.list',
  event: 'notification.list',
  load: ownOrganisation,
  run: (tx, _organisation, query: { unreadOnly: boolean; limit: number; offset: number }, ctx): Promise<{ total: number; unread: number; notifications: NotificationRow[] }> =>
    selectNotifications(tx, userOf(ctx.actor).userId, (row) => scopeOf(ctx.actor, 'notification.list', row), query.unreadOnly, query.limit, query.offset),
  touched: (result) => result.notifications.map((n) => ({ kind: 'case' as const, caseId: n.caseId, ...n.case })),
});

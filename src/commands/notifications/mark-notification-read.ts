import { markNotificationRead, notificationCase } from '../../store/notifications.ts';
import { isUuid } from '../../store/ids.ts';
import { loadCase } from '../cases/case-resource.ts';
import { command } from '../pipeline/execute.ts';
import { userOf } from '../pipeline/resources.ts';

/** Marks one of the user's notifications read; decided on the case it is about. */
export const markRead = command({
  action: 'notification.list',
  event: 'notification.read',
  notFound: 'Deze melding bestaat niet.',
  async load(tx, id: string, ctx) {
    const caseId = ctx.actor.kind === 'user' && isUuid(id) ? await notificationCase(tx, ctx.actor.userId, id) : undefined;
    return caseId === undefined ? undefined : loadCase(tx, caseId);
  },
  async run(tx, _case, id, ctx): Promise<void> {
    await markNotificationRead(tx, userOf(ctx.actor).userId, id, new Date());
  },
});

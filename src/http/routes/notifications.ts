import type { FastifyInstance } from 'fastify';
import { listNotifications } from '../../commands/notifications/list-notifications.ts';
import { markRead } from '../../commands/notifications/mark-notification-read.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { contextOf } from '../../requests/context.ts';
import { enumParam, integerParam, uuidParam } from '../../requests/query.ts';
import { errorResponses, idParams, noContent, paging, type IdParams, type Query } from '../schemas.ts';

export function notificationRoutes(app: FastifyInstance): void {
  app.get(
    '/api/notifications',
    {
      schema: {
        summary: 'Mijn meldingen (termijnherinneringen)',
        tags: ['termijnen'],
        querystring: { type: 'object', properties: { unread: { type: 'string', enum: ['true', 'false'] }, ...paging } },
        response: errorResponses,
      },
      config: { access: { action: 'notification.list', event: 'notification.list' } },
    },
    async (request) => {
      const query = request.query as Query;
      const { total, unread, notifications } = await execute(contextOf(request), listNotifications, {
        unreadOnly: enumParam(query, 'unread', ['true', 'false']) === 'true',
        limit: integerParam(query, 'limit', 25, 1, 100),
        offset: integerParam(query, 'offset', 0, 0, 10_000_000),
      });
      return { total, unread, notifications: notifications.map(({ case: _case, ...n }) => n) };
    },
  );

  app.post<IdParams>(
    '/api/notifications/:id/read',
    {
      schema: { summary: 'Melding als gelezen markeren', tags: ['termijnen'], params: idParams, response: noContent },
      config: { access: { action: 'notification.list', event: 'notification.read' } },
    },
    async (request, reply) => {
      await execute(contextOf(request), markRead, uuidParam(request.params.id, 'id') as string);
      return reply.status(204).send();
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { listAccessLog, readAccessLogKey } from '../../commands/access-log/list-access-log.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { EVENT_TYPES } from '../../access-log/events.ts';
import { accessLogParams } from '../../requests/access-log-params.ts';
import { contextOf } from '../../requests/context.ts';
import { cursorParam, nextCursor } from '../../requests/cursor.ts';
import { integerParam } from '../../requests/query.ts';
import { presentAccessLogRow } from '../presenters.ts';
import { errorResponses, keysetPaging, type Query } from '../schemas.ts';

// The organisation's access log for its beheerder (NEN 7513 names of the fields: docs/access-log.md).
// Reading it is itself logged.

export function accessLogRoutes(app: FastifyInstance): void {
  app.get(
    '/api/access-log',
    {
      schema: {
        summary: 'Toegangslog van mijn organisatie (beheerder): wie wat deed met welke cliëntgegevens',
        description: 'Nieuwste eerst. Filters: periode (`from`, `until`, datums, beide inbegrepen), `user` (naam of id), `client` (naam of id), `case`, `event`.',
        tags: ['beheer'],
        querystring: {
          type: 'object',
          properties: {
            from: { type: 'string', format: 'date' },
            until: { type: 'string', format: 'date' },
            user: { type: 'string' },
            client: { type: 'string' },
            case: { type: 'string', format: 'uuid' },
            event: { type: 'string', enum: EVENT_TYPES },
            ...keysetPaging,
          },
        },
        response: errorResponses,
      },
      config: { access: { action: 'access-log.read', event: 'access-log.read' } },
    },
    async (request) => {
      const query = request.query as Query;
      const filter = accessLogParams(query, { from: 'from', until: 'until', user: 'user', client: 'client', caseId: 'case', eventType: 'event' });
      const after = cursorParam(query, 'after', readAccessLogKey);
      const { total, exact, rows, next } = await execute(contextOf(request), listAccessLog, {
        ...filter,
        limit: integerParam(query, 'limit', 25, 1, 100),
        offset: integerParam(query, 'offset', 0, 0, 10_000_000),
        ...(after !== undefined ? { after } : {}),
      });
      return { total, exact, rows: rows.map(presentAccessLogRow), next: nextCursor(next) };
    },
  );
}

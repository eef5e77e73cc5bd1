import type { FastifyInstance, FastifyRequest } from 'fastify';
import { exportAccessLog } from '../../commands/access-log/export-access-log.ts';
import { listAccessLog, readAccessLogKey } from '../../commands/access-log/list-access-log.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { accessLogParams } from '../../requests/access-log-params.ts';
import { contextOf } from '../../requests/context.ts';
import { cursorParam, nextCursor } from '../../requests/cursor.ts';
import { integerParam } from '../../requests/query.ts';
import { html } from '../errors.ts';
import { ACCESS_LOG_PARAMS, accessLogPage } from '../pages/access-log.ts';
import { presentAccessLogEntry, type PageUser } from '../presenters.ts';

// The beheer area: the organisation's Toegangslog and its CSV download.

const PAGE_SIZE = 50;

type Query = Record<string, string | string[] | undefined>;

export function accessLogPages(app: FastifyInstance): void {
  app.get(
    '/beheer/toegangslog',
    { config: { access: { action: 'access-log.read', event: 'access-log.read', area: 'access-log' } } },
    async (request: FastifyRequest, reply) => {
      const query = accessLogParams(request.query as Query, ACCESS_LOG_PARAMS);
      const pageNumber = integerParam(request.query as Query, 'pagina', 1, 1, 1_000_000);
      const after = cursorParam(request.query as Query, 'na', readAccessLogKey);
      const { total, exact, rows, next } = await execute(contextOf(request), listAccessLog, {
        ...query,
        limit: PAGE_SIZE,
        offset: (pageNumber - 1) * PAGE_SIZE,
        ...(after !== undefined ? { after } : {}),
      });
      return html(
        reply,
        accessLogPage({
          user: request.pageUser as PageUser,
          csrfToken: reply.generateCsrf(),
          query,
          page: pageNumber,
          pageSize: PAGE_SIZE,
          total: { total, exact },
          next: nextCursor(next),
          entries: rows.map(presentAccessLogEntry),
        }),
      );
    },
  );

  app.get(
    '/beheer/toegangslog.csv',
    { config: { access: { action: 'access-log.read', event: 'access-log.export', area: 'access-log' } } },
    async (request, reply) => {
      const { csv } = await execute(contextOf(request), exportAccessLog, accessLogParams(request.query as Query, ACCESS_LOG_PARAMS));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="toegangslog.csv"')
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { readFunderDashboard } from '../../commands/funder-dashboard/read-funder-dashboard.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { contextOf } from '../../requests/context.ts';
import { html } from '../errors.ts';
import { dashboardPage } from '../pages/dashboard.ts';
import type { PageUser } from '../presenters.ts';

// The funder's dashboard page and its figures as CSV.

const user = (request: FastifyRequest) => request.pageUser as PageUser;
const access = { action: 'funder-dashboard.read', event: 'funder-dashboard.read', area: 'dashboard' } as const;

export function dashboardPages(app: FastifyInstance): void {
  app.get('/dashboard', { config: { access } }, async (request, reply) => {
    const { figures } = await execute(contextOf(request), readFunderDashboard, undefined);
    return html(reply, dashboardPage({ user: user(request), csrfToken: reply.generateCsrf(), figures }));
  });

  app.get('/dashboard.csv', { config: { access } }, async (request, reply) => {
    const { csv } = await execute(contextOf(request), readFunderDashboard, { dutch: true });
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="dashboard.csv"').send(csv);
  });
}

import type { FastifyInstance } from 'fastify';
import { readFunderDashboard } from '../../commands/funder-dashboard/read-funder-dashboard.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { contextOf } from '../../requests/context.ts';
import { enumParam } from '../../requests/query.ts';
import { errorResponses as errors, type Query } from '../schemas.ts';

// The funder's dashboard (issue 11, point 9): JSON, or with `?format=csv` the same figures as CSV.

export function funderDashboardRoutes(app: FastifyInstance): void {
  app.get(
    '/api/funder/dashboard',
    {
      schema: {
        summary: 'Dashboard van de financier: open verzoeken naar termijn, besluiten per maand, mediane beslistijd, aandeel binnen de termijn, per regime',
        description:
          'Over de verzoeken aan de eigen organisatie. Dagen en maanden in Nederlandse tijd. `?format=csv`: dezelfde cijfers, één regel per cijfer ' +
          '(regime, measure, key, value).',
        tags: ['financier'],
        querystring: { type: 'object', properties: { format: { type: 'string', enum: ['json', 'csv'], default: 'json' } }, additionalProperties: false },
        response: errors,
      },
      config: { access: { action: 'funder-dashboard.read', event: 'funder-dashboard.read' } },
    },
    async (request, reply) => {
      const format = enumParam(request.query as Query, 'format', ['json', 'csv'] as const);
      const { figures, csv } = await execute(contextOf(request), readFunderDashboard, undefined);
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="dashboard.csv"').send(csv);
      return figures;
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { listDeadlines, readDeadlineKey } from '../../commands/deadlines/list-deadlines.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { DEADLINE_TYPES } from '../../domain/assessment/deadline-types.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { contextOf } from '../../requests/context.ts';
import { cursorParam, nextCursor } from '../../requests/cursor.ts';
import { integerParam, uuidParam } from '../../requests/query.ts';
import { errorResponses, keysetPaging, type Query } from '../schemas.ts';

// The organisation-wide deadline overview, and the deadline types it can be filtered by.

const TYPE_IDS = DEADLINE_TYPES.map((t) => t.id);

/** Repeated `?type=a&type=b` or one `?type=a,b`: each must be a known deadline type. */
function typesParam(query: Query): string[] | undefined {
  const raw = query.type;
  if (raw === undefined) return undefined;
  const types = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => v.split(','));
  const unknown = types.find((t) => !TYPE_IDS.includes(t));
  if (unknown !== undefined) {
    throw new InvalidInputError([{ path: '?type', message: `onbekend termijntype "${unknown}"; zie GET /api/deadline-types` }]);
  }
  return types;
}

export function deadlineRoutes(app: FastifyInstance): void {
  app.get(
    '/api/deadlines',
    {
      schema: {
        summary: 'Termijnenoverzicht van mijn organisatie',
        description:
          'Elke openstaande termijn van de casussen van mijn organisatie, verlopen eerst en dan op datum, met regel, ' +
          'startmoment en bron. Voor een financier: de beslistermijnen van de verzoeken die bij hem zijn ingediend. ' +
          '`standstill`: bij een beslistermijn die stilstaat omdat de financier een vraag stelde die nog niet is beantwoord, ' +
          'wie de vraag stelde (`funder`), wanneer (`askedOn`) en de zin die de pagina toont (`text`); anders null.',
        tags: ['termijnen'],
        querystring: {
          type: 'object',
          properties: {
            type: { type: 'string', description: 'Termijntype(n), kommagescheiden; zie /api/deadline-types.' },
            team: { type: 'string', format: 'uuid' },
            ...keysetPaging,
          },
        },
        response: errorResponses,
      },
      config: { access: { action: 'deadline.list', event: 'deadline.list' } },
    },
    async (request) => {
      const query = request.query as Query;
      const types = typesParam(query);
      const teamId = uuidParam(Array.isArray(query.team) ? query.team[0] : query.team, '?team');
      const after = cursorParam(query, 'after', readDeadlineKey);
      const { overview, next } = await execute(contextOf(request), listDeadlines, {
        ...(types !== undefined ? { types } : {}),
        ...(teamId !== undefined ? { teamId } : {}),
        limit: integerParam(query, 'limit', 25, 1, 100),
        offset: integerParam(query, 'offset', 0, 0, 10_000_000),
        ...(after !== undefined ? { after } : {}),
      });
      return { ...overview, next: nextCursor(next) };
    },
  );

  app.get(
    '/api/deadline-types',
    {
      schema: { summary: 'De termijntypen: elke termijnregel van elk protocol', tags: ['termijnen'] },
      config: { access: { public: 'the protocols’ deadline rules: no client data' } },
    },
    async () => ({ types: DEADLINE_TYPES }),
  );
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { changeCaseRouting, readCaseRouting } from '../../commands/case-routing.ts';
import { assignUserTeam, createTeam, teamsOfMyOrganisation } from '../../commands/teams.ts';
import type { Store } from '../../store/database.ts';
import { authenticate } from '../authenticate.ts';

// Teams of a provider and the routing of a case (its team, and the funder its request goes to).

type IdParams = { Params: { id: string } };

const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;
const errorResponses = {
  400: { description: 'Ongeldige invoer: `issues` noemt per veld het JSON-pad en de reden. Er is niets gewijzigd.' },
  401: { description: 'Geen of een ongeldig API-token.' },
  403: { description: 'Deze gebruiker mag dit niet.' },
  404: { description: 'Bestaat niet (in uw organisatie).' },
} as const;
const routing = {
  type: 'object',
  properties: {
    funderOrganisationId: { type: ['string', 'null'], format: 'uuid', description: 'De financier aan wie het verzoek gaat.' },
    teamId: { type: ['string', 'null'], format: 'uuid' },
  },
} as const;

export function teamRoutes(app: FastifyInstance, store: Store): void {
  const ctx = async (request: FastifyRequest) => ({ store, actor: await authenticate(store, request) });

  app.get('/api/teams', { schema: { summary: 'Teams van mijn organisatie', tags: ['teams'], response: errorResponses } }, async (request) => ({
    teams: await teamsOfMyOrganisation(await ctx(request)),
  }));

  app.post(
    '/api/teams',
    {
      schema: {
        summary: 'Team aanmaken (beheerder)',
        tags: ['teams'],
        body: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
        response: { 201: { type: 'object', properties: { id: { type: 'string' } } }, 409: { description: 'Die naam bestaat al.' }, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send({ id: await createTeam(await ctx(request), request.body) }),
  );

  app.put<IdParams>(
    '/api/users/:id/team',
    {
      schema: {
        summary: 'Gebruiker in een team plaatsen (beheerder)',
        tags: ['teams'],
        params: idParams,
        body: { type: 'object', properties: { teamId: { type: ['string', 'null'], format: 'uuid' } }, required: ['teamId'] },
        response: { 204: { description: 'Gedaan.', type: 'null' }, ...errorResponses },
      },
    },
    async (request, reply) => {
      await assignUserTeam(await ctx(request), request.params.id, request.body);
      return reply.status(204).send();
    },
  );

  app.get<IdParams>(
    '/api/cases/:id/routing',
    { schema: { summary: 'Team en financier van een casus', tags: ['casussen'], params: idParams, response: errorResponses } },
    async (request) => readCaseRouting(await ctx(request), request.params.id),
  );

  app.put<IdParams>(
    '/api/cases/:id/routing',
    {
      schema: {
        summary: 'Team of financier van een casus wijzigen',
        description: 'Velden die ontbreken blijven zoals ze zijn; null maakt ze leeg.',
        tags: ['casussen'],
        params: idParams,
        body: routing,
        response: errorResponses,
      },
    },
    async (request) => changeCaseRouting(await ctx(request), request.params.id, request.body),
  );
}

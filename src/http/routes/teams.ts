import type { FastifyInstance } from 'fastify';
import { execute } from '../../commands/pipeline/execute.ts';
import { assignUserTeam } from '../../commands/teams/assign-user-team.ts';
import { createTeam } from '../../commands/teams/create-team.ts';
import { listTeams } from '../../commands/teams/list-teams.ts';
import { contextOf } from '../../requests/context.ts';
import { errorResponses, idParams, type IdParams } from '../schemas.ts';

// A provider's teams, and which team a user works in.

export function teamRoutes(app: FastifyInstance): void {
  app.get(
    '/api/teams',
    {
      schema: { summary: 'Teams van mijn organisatie', tags: ['teams'], response: errorResponses },
      config: { access: { action: 'team.list', event: 'team.list' } },
    },
    async (request) => ({ teams: await execute(contextOf(request), listTeams, undefined) }),
  );

  app.post(
    '/api/teams',
    {
      schema: {
        summary: 'Team aanmaken (beheerder)',
        tags: ['teams'],
        body: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
        response: { 201: { type: 'object', properties: { id: { type: 'string' } } }, 409: { description: 'Die naam bestaat al.' }, ...errorResponses },
      },
      config: { access: { action: 'team.manage', event: 'team.create' } },
    },
    async (request, reply) => reply.status(201).send({ id: await execute(contextOf(request), createTeam, request.body) }),
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
      config: { access: { action: 'team.manage', event: 'team.assign' } },
    },
    async (request, reply) => {
      await execute(contextOf(request), assignUserTeam, { userId: request.params.id, body: request.body });
      return reply.status(204).send();
    },
  );
}

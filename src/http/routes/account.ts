import type { FastifyInstance } from 'fastify';
import { listApiTokens } from '../../commands/auth/list-api-tokens.ts';
import { revokeApiToken } from '../../commands/auth/revoke-api-token.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { contextOf } from '../../requests/context.ts';
import { presentApiToken } from '../presenters.ts';
import { errorResponses, noContent } from '../schemas.ts';

// One's own API tokens: listed (never the secret itself) and revoked.

export function accountRoutes(app: FastifyInstance): void {
  app.get(
    '/api/me/api-tokens',
    { schema: { summary: 'Mijn API-tokens die nog werken', tags: ['account'], response: errorResponses }, config: { access: { action: 'account.manage', event: 'api-token.list' } } },
    async (request) => ({ apiTokens: (await execute(contextOf(request), listApiTokens, undefined)).map(presentApiToken) }),
  );

  app.delete<{ Params: { tokenId: string } }>(
    '/api/me/api-tokens/:tokenId',
    {
      schema: {
        summary: 'Een van mijn API-tokens intrekken',
        tags: ['account'],
        params: { type: 'object', properties: { tokenId: { type: 'string', format: 'uuid' } }, required: ['tokenId'] },
        response: noContent,
      },
      config: { access: { action: 'account.manage', event: 'api-token.revoke' } },
    },
    async (request, reply) => {
      await execute(contextOf(request), revokeApiToken, request.params.tokenId);
      return reply.status(204).send();
    },
  );
}

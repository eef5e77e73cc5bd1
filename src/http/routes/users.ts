import type { FastifyInstance } from 'fastify';
import type { AuthSettings } from '../../auth/settings.ts';
import { changeOrganisationContact } from '../../commands/organisations/change-organisation-contact.ts';
import { readOrganisationContact } from '../../commands/organisations/read-organisation-contact.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { inviteUser } from '../../commands/users/invite-user.ts';
import { listUsers } from '../../commands/users/list-users.ts';
import { readUser } from '../../commands/users/read-user.ts';
import { reinviteUser } from '../../commands/users/reinvite-user.ts';
import { resetSecondFactor } from '../../commands/users/reset-second-factor.ts';
import { revokeUserApiToken } from '../../commands/users/revoke-user-api-token.ts';
import { updateUser } from '../../commands/users/update-user.ts';
import { contextOf } from '../../requests/context.ts';
import { presentApiToken, presentUserRow } from '../presenters.ts';
import { errorResponses, idParams, noContent, type IdParams } from '../schemas.ts';

// The organisation's contact as its letters print it, for its beheerder (decision 0025).
const contact = {
  type: 'object',
  additionalProperties: false,
  properties: {
    phone: { type: ['string', 'null'], maxLength: 40, description: 'Het nummer dat een cliënt belt met een vraag over een brief, zoals 050 123 45 67. null of leeg: geen nummer.' },
    complaintsContact: {
      type: ['string', 'null'],
      maxLength: 300,
      description: "Bij wie een cliënt terecht kan met een klacht, en hoe; in brieven na 'Neem daarvoor contact op met'. null of leeg: niet vastgelegd.",
    },
  },
} as const;

// The organisation's users, for its beheerder: invite, change a role, deactivate, reset a second
// factor, revoke a token. The invitation link is in the answer once; pass it on to the person.

const invitation = {
  201: {
    type: 'object',
    properties: { id: { type: 'string' }, invitationUrl: { type: 'string' }, expiresAt: { type: 'string', format: 'date-time' } },
  },
  ...errorResponses,
} as const;

export function userRoutes(app: FastifyInstance, settings: AuthSettings): void {
  app.get(
    '/api/organisation/contact',
    {
      schema: { summary: 'Telefoonnummer en klachtencontact van mijn organisatie (beheerder)', tags: ['gebruikers'], response: { 200: contact, ...errorResponses } },
      config: { access: { action: 'organisation.update', event: 'area.enter' } },
    },
    async (request) => {
      const { phone, complaintsContact } = await execute(contextOf(request), readOrganisationContact, undefined);
      return { phone, complaintsContact };
    },
  );

  app.put(
    '/api/organisation/contact',
    {
      schema: {
        summary: 'Telefoonnummer of klachtencontact van mijn organisatie wijzigen (beheerder)',
        description:
          'Voor brieven die daarna worden opgesteld; goedgekeurde brieven blijven zoals ze zijn. Velden die ontbreken blijven zoals ze zijn; ' +
          'null of leeg maakt ze leeg. Ongeldige invoer: 400 met het JSON-pad, en er verandert niets.',
        tags: ['gebruikers'],
        body: contact,
        response: { 200: contact, ...errorResponses },
      },
      config: { access: { action: 'organisation.update', event: 'organisation.update' } },
    },
    async (request) => execute(contextOf(request), changeOrganisationContact, request.body),
  );

  app.get(
    '/api/users',
    { schema: { summary: 'Gebruikers van mijn organisatie (beheerder)', tags: ['gebruikers'], response: errorResponses }, config: { access: { action: 'user.list', event: 'user.list' } } },
    async (request) => ({ users: (await execute(contextOf(request), listUsers, undefined)).map(presentUserRow) }),
  );

  app.post(
    '/api/users',
    {
      schema: {
        summary: 'Gebruiker uitnodigen (beheerder)',
        description: 'Maakt het account zonder wachtwoord en geeft een uitnodigingslink die één keer werkt en verloopt.',
        tags: ['gebruikers'],
        body: {
          type: 'object',
          properties: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, teamId: { type: ['string', 'null'], format: 'uuid' } },
          required: ['email', 'name', 'role'],
        },
        response: invitation,
      },
      config: { access: { action: 'user.manage', event: 'user.invite' } },
    },
    async (request, reply) => {
      const made = await execute(contextOf(request), inviteUser, { body: request.body, settings });
      return reply.status(201).send({ id: made.userId, invitationUrl: made.url, expiresAt: made.expiresAt.toISOString() });
    },
  );

  app.get<IdParams>(
    '/api/users/:id',
    {
      schema: { summary: 'Eén gebruiker, met zijn API-tokens (beheerder)', tags: ['gebruikers'], params: idParams, response: errorResponses },
      config: { access: { action: 'user.list', event: 'user.list' } },
    },
    async (request) => {
      const { user, tokens } = await execute(contextOf(request), readUser, { userId: request.params.id });
      return { user: presentUserRow(user), apiTokens: tokens.map(presentApiToken) };
    },
  );

  app.patch<IdParams>(
    '/api/users/:id',
    {
      schema: {
        summary: 'Rol wijzigen of gebruiker (de)activeren (beheerder)',
        tags: ['gebruikers'],
        params: idParams,
        body: { type: 'object', properties: { role: { type: 'string' }, active: { type: 'boolean' } } },
        response: noContent,
      },
      config: { access: { action: 'user.manage', event: 'user.update' } },
    },
    async (request, reply) => {
      await execute(contextOf(request), updateUser, { userId: request.params.id, body: request.body });
      return reply.status(204).send();
    },
  );

  app.post<IdParams>(
    '/api/users/:id/invitation',
    {
      schema: { summary: 'Nieuwe uitnodigingslink, bijvoorbeeld na een vergeten wachtwoord (beheerder)', tags: ['gebruikers'], params: idParams, response: invitation },
      config: { access: { action: 'user.manage', event: 'user.invite' } },
    },
    async (request, reply) => {
      const made = await execute(contextOf(request), reinviteUser, { userId: request.params.id, settings });
      return reply.status(201).send({ id: request.params.id, invitationUrl: made.url, expiresAt: made.expiresAt.toISOString() });
    },
  );

  app.post<IdParams>(
    '/api/users/:id/second-factor-reset',
    {
      schema: { summary: 'Tweede factor terugzetten: de gebruiker stelt een nieuwe in (beheerder)', tags: ['gebruikers'], params: idParams, response: noContent },
      config: { access: { action: 'user.manage', event: 'user.second-factor-reset' } },
    },
    async (request, reply) => {
      await execute(contextOf(request), resetSecondFactor, { userId: request.params.id });
      return reply.status(204).send();
    },
  );

  app.delete<{ Params: { id: string; tokenId: string } }>(
    '/api/users/:id/api-tokens/:tokenId',
    {
      schema: {
        summary: 'API-token van een gebruiker intrekken (beheerder)',
        tags: ['gebruikers'],
        params: { type: 'object', properties: { id: { type: 'string', format: 'uuid' }, tokenId: { type: 'string', format: 'uuid' } }, required: ['id', 'tokenId'] },
        response: noContent,
      },
      config: { access: { action: 'user.manage', event: 'api-token.revoke' } },
    },
    async (request, reply) => {
      await execute(contextOf(request), revokeUserApiToken, { userId: request.params.id, tokenId: request.params.tokenId });
      return reply.status(204).send();
    },
  );
}

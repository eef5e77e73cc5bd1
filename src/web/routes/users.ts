import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuthSettings } from '../../auth/settings.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { userOf } from '../../commands/pipeline/resources.ts';
import { assignUserTeam } from '../../commands/teams/assign-user-team.ts';
import { createTeam } from '../../commands/teams/create-team.ts';
import { listTeams } from '../../commands/teams/list-teams.ts';
import { inviteUser } from '../../commands/users/invite-user.ts';
import { listUsers } from '../../commands/users/list-users.ts';
import { readUser } from '../../commands/users/read-user.ts';
import { reinviteUser } from '../../commands/users/reinvite-user.ts';
import { resetSecondFactor } from '../../commands/users/reset-second-factor.ts';
import { revokeUserApiToken } from '../../commands/users/revoke-user-api-token.ts';
import { updateUser } from '../../commands/users/update-user.ts';
import { STAFF_ROLES } from '../../commands/users/user-fields.ts';
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import { mayEnter } from '../../policy/areas.ts';
import { contextOf } from '../../requests/context.ts';
import type { Html } from '../html.ts';
import type { FormValues } from '../entry-forms.ts';
import { html } from '../errors.ts';
import { teamsPage } from '../pages/teams.ts';
import { invitationNotice, userPage, usersPage } from '../pages/users.ts';
import type { PageUser } from '../presenters.ts';
import { text } from './form-values.ts';

// The beheerder's pages for the organisation's users and (a provider's) teams.

type UserParams = { Params: { id: string } };

const fieldOf = (path: string) => path.replace(/^\$\./, '');

export function userPages(app: FastifyInstance, settings: AuthSettings): void {
  const rolesOf = (request: FastifyRequest) => STAFF_ROLES[userOf(contextOf(request).actor).organisationKind];

  const showList = async (request: FastifyRequest, reply: FastifyReply, extra: { values?: Record<string, string>; errors?: ReadonlyMap<string, string>; invited?: Html } = {}, status = 200) => {
    const users = await execute(contextOf(request), listUsers, undefined);
    return html(reply, usersPage({ user: request.pageUser as PageUser, csrfToken: reply.generateCsrf(), users, roles: rolesOf(request), ...extra }), status);
  };

  const showUser = async (request: FastifyRequest<UserParams>, reply: FastifyReply, notice?: Html) => {
    const ctx = contextOf(request);
    const { user: target, tokens } = await execute(ctx, readUser, { userId: request.params.id });
    const teams = mayEnter(ctx.actor, 'teams') ? await execute(ctx, listTeams, undefined) : undefined;
    const self = ctx.actor.kind === 'user' && ctx.actor.userId === target.id;
    return html(
      reply,
      userPage({ user: request.pageUser as PageUser, csrfToken: reply.generateCsrf(), target, tokens, roles: rolesOf(request), teams, self, ...(notice !== undefined ? { notice } : {}) }),
    );
  };

  const backToUser = (request: FastifyRequest<UserParams>, reply: FastifyReply) => reply.redirect(`/beheer/gebruikers/${request.params.id}`, 303);

  app.get('/beheer/gebruikers', { config: { access: { action: 'user.list', event: 'user.list', area: 'users' } } }, (request, reply) => showList(request, reply));

  app.post<{ Body: FormValues }>('/beheer/gebruikers', { config: { access: { action: 'user.manage', event: 'user.invite', area: 'users' } } }, async (request, reply) => {
    const values = { name: text(request.body, 'name'), email: text(request.body, 'email'), role: text(request.body, 'role') };
    try {
      const made = await execute(contextOf(request), inviteUser, { body: values, settings });
      return showList(request, reply, { invited: invitationNotice(made.url, made.expiresAt, values.email.trim().toLowerCase()) });
    } catch (error) {
      if (!(error instanceof InvalidInputError || error instanceof ConflictError)) throw error;
      return showList(request, reply, { values, errors: new Map(error.issues.map((i) => [fieldOf(i.path), i.message])) }, error instanceof ConflictError ? 409 : 400);
    }
  });

  app.get<UserParams>('/beheer/gebruikers/:id', { config: { access: { action: 'user.list', event: 'user.list', area: 'users' } } }, (request, reply) => showUser(request, reply));

  app.post<UserParams & { Body: FormValues }>(
    '/beheer/gebruikers/:id/rol',
    { config: { access: { action: 'user.manage', event: 'user.update', area: 'users' } } },
    async (request, reply) => {
      await execute(contextOf(request), updateUser, { userId: request.params.id, body: { role: text(request.body, 'role') } });
      return backToUser(request, reply);
    },
  );

  app.post<UserParams & { Body: FormValues }>(
    '/beheer/gebruikers/:id/status',
    { config: { access: { action: 'user.manage', event: 'user.update', area: 'users' } } },
    async (request, reply) => {
      const active = text(request.body, 'active');
      if (active !== 'ja' && active !== 'nee') throw new InvalidInputError([{ path: 'active', message: 'kies ja of nee' }]);
      await execute(contextOf(request), updateUser, { userId: request.params.id, body: { active: active === 'ja' } });
      return backToUser(request, reply);
    },
  );

  app.post<UserParams>(
    '/beheer/gebruikers/:id/tweede-factor',
    { config: { access: { action: 'user.manage', event: 'user.second-factor-reset', area: 'users' } } },
    async (request, reply) => {
      await execute(contextOf(request), resetSecondFactor, { userId: request.params.id });
      return backToUser(request, reply);
    },
  );

  app.post<UserParams>(
    '/beheer/gebruikers/:id/uitnodiging',
    { config: { access: { action: 'user.manage', event: 'user.invite', area: 'users' } } },
    async (request, reply) => {
      const made = await execute(contextOf(request), reinviteUser, { userId: request.params.id, settings });
      const { user } = await execute(contextOf(request), readUser, { userId: request.params.id });
      return showUser(request, reply, invitationNotice(made.url, made.expiresAt, user.email));
    },
  );

  app.post<UserParams & { Body: FormValues }>(
    '/beheer/gebruikers/:id/team',
    { config: { access: { action: 'team.manage', event: 'team.assign', area: 'users' } } },
    async (request, reply) => {
      const teamId = text(request.body, 'teamId');
      await execute(contextOf(request), assignUserTeam, { userId: request.params.id, body: { teamId: teamId === '' ? null : teamId } });
      return backToUser(request, reply);
    },
  );

  app.post<{ Params: { id: string; tokenId: string } }>(
    '/beheer/gebruikers/:id/tokens/:tokenId/intrekken',
    { config: { access: { action: 'user.manage', event: 'api-token.revoke', area: 'users' } } },
    async (request, reply) => {
      await execute(contextOf(request), revokeUserApiToken, { userId: request.params.id, tokenId: request.params.tokenId });
      return reply.redirect(`/beheer/gebruikers/${request.params.id}`, 303);
    },
  );

  const showTeams = async (request: FastifyRequest, reply: FastifyReply, extra: { name?: string; error?: string } = {}, status = 200) => {
    const teams = await execute(contextOf(request), listTeams, undefined);
    return html(reply, teamsPage({ user: request.pageUser as PageUser, csrfToken: reply.generateCsrf(), teams, ...extra }), status);
  };

  app.get('/beheer/teams', { config: { access: { action: 'team.list', event: 'team.list', area: 'teams' } } }, (request, reply) => showTeams(request, reply));

  app.post<{ Body: FormValues }>('/beheer/teams', { config: { access: { action: 'team.manage', event: 'team.create', area: 'teams' } } }, async (request, reply) => {
    const name = text(request.body, 'name');
    try {
      await execute(contextOf(request), createTeam, { name });
    } catch (error) {
      if (!(error instanceof InvalidInputError || error instanceof ConflictError)) throw error;
      return showTeams(request, reply, { name, error: error.issues[0]?.message ?? 'ongeldig' }, error instanceof ConflictError ? 409 : 400);
    }
    return reply.redirect('/beheer/teams', 303);
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuthSettings } from '../../auth/settings.ts';
import { changeOrganisationContact } from '../../commands/organisations/change-organisation-contact.ts';
import { readOrganisationContact } from '../../commands/organisations/read-organisation-contact.ts';
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
import { ConflictError, InvalidInputError, type ValidationIssue } from '../../domain/errors.ts';
import { mayEnter } from '../../policy/areas.ts';
import { contextOf } from '../../requests/context.ts';
import type { Html } from '../html.ts';
import type { FormValues } from '../entry-forms.ts';
import { html } from '../errors.ts';
import { teamsPage } from '../pages/teams.ts';
import { invitationNotice, userPage, usersPage } from '../pages/users.ts';
import { particularsPage, type ParticularField } from '../pages/particulars.ts';
import type { PageUser } from '../presenters.ts';
import { text } from './form-values.ts';

// The beheerder's pages for the organisation's users and (a provider's) teams.

type UserParams = { Params: { id: string } };

/** What every letter of the organisation prints about whom to call and where to complain (decision 0025). */
const CONTACT_FIELDS: readonly ParticularField[] = [
  { kind: 'text', name: 'phone', label: 'Telefoonnummer', help: 'Het nummer dat een cliënt belt met een vraag over een brief, zoals 050 123 45 67. Leeg: brieven noemen geen nummer.', optional: true },
  {
    kind: 'text',
    name: 'complaintsContact',
    label: 'Contact voor klachten',
    help: 'Bij wie en hoe een cliënt terecht kan met een klacht. Brieven zeggen: ‘Neem daarvoor contact op met’ en dan deze tekst. Bijvoorbeeld: onze klachtenfunctionaris, mevrouw De Vries: bel 050 123 45 68.',
    optional: true,
  },
];

const fieldOf = (path: string) => path.replace(/^\$\./, '');

export function userPages(app: FastifyInstance, settings: AuthSettings): void {
  const contactForm = (request: FastifyRequest, reply: FastifyReply, name: string, values: FormValues, issues: readonly ValidationIssue[] = [], saved = false) =>
    html(
      reply,
      particularsPage({
        user: request.pageUser as PageUser,
        csrfToken: reply.generateCsrf(),
        title: 'Gegevens voor brieven',
        intro: saved
          ? 'Opgeslagen. Brieven die u hierna opstelt gebruiken deze gegevens; goedgekeurde brieven blijven zoals ze zijn.'
          : `Elke brief van ${name} zegt wie de cliënt kan bellen en bij wie hij terecht kan met een klacht. Wijzigingen gelden voor brieven die daarna worden opgesteld.`,
        back: { href: '/beheer/gebruikers', label: 'Naar de gebruikers' },
        action: '/beheer/organisatie',
        fields: CONTACT_FIELDS,
        values,
        issues,
        current: 'organisation',
      }),
      issues.length > 0 ? 400 : 200,
    );

  app.get<{ Querystring: { opgeslagen?: string } }>('/beheer/organisatie', { config: { access: { action: 'organisation.update', event: 'area.enter', area: 'organisation' } } }, async (request, reply) => {
    const found = await execute(contextOf(request), readOrganisationContact, undefined);
    return contactForm(request, reply, found.name, { phone: found.phone ?? '', complaintsContact: found.complaintsContact ?? '' }, [], request.query.opgeslagen !== undefined);
  });

  app.post<{ Body: FormValues }>('/beheer/organisatie', { config: { access: { action: 'organisation.update', event: 'organisation.update', area: 'organisation' } } }, async (request, reply) => {
    const values = { phone: text(request.body, 'phone').trim(), complaintsContact: text(request.body, 'complaintsContact').trim() };
    try {
      await execute(contextOf(request), changeOrganisationContact, values);
      return reply.redirect('/beheer/organisatie?opgeslagen', 303);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      const found = await execute(contextOf(request), readOrganisationContact, undefined);
      return contactForm(request, reply, found.name, values, error.issues);
    }
  });

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

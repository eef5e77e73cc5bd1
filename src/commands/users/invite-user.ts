import type { AuthSettings } from '../../auth/settings.ts';
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import { findTeamOrganisation } from '../../store/case-routing.ts';
import { isUuid } from '../../store/ids.ts';
import type { OrganisationKind } from '../../store/schema.ts';
import { emailTaken, insertUser } from '../../store/users.ts';
import { nowOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { organisationResource, ownOrganisation } from '../pipeline/resources.ts';
import { createInvitation, type Invitation } from './invitation.ts';
import { newUserFields } from './user-fields.ts';

export interface InviteUser {
  /** The organisation, for the operator (a beheerder invites into their own). */
  organisationId?: string;
  body: unknown;
  settings: AuthSettings;
}

/**
 * A new user of the organisation, without a password: the invitation link lets them set one and
 * enrol their second factor. The beheerder passes the link on; it works once, until it expires.
 */
export const inviteUser = command({
  action: 'user.manage',
  event: 'user.invite',
  load: (tx, input: InviteUser, ctx) =>
    ctx.actor.kind === 'user' || input.organisationId === undefined ? ownOrganisation(tx, input, ctx) : organisationResource(tx, input.organisationId),
  notFound: 'Deze organisatie bestaat niet.',
  async run(tx, organisation, input, ctx): Promise<{ userId: string } & Invitation> {
    if (organisation.kind !== 'organisation') throw new InvalidInputError([{ path: '--org', message: 'kies de organisatie van de nieuwe gebruiker' }]);
    const { kind } = await tx.selectFrom('organisations').select('kind').where('id', '=', organisation.organisationId).executeTakeFirstOrThrow();
    const fields = newUserFields(input.body, kind as OrganisationKind);
    const teamId = (input.body as { teamId?: unknown }).teamId ?? null;
    if (teamId !== null && (!isUuid(teamId) || (await findTeamOrganisation(tx, teamId)) !== organisation.organisationId)) {
      throw new InvalidInputError([{ path: '$.teamId', message: 'dit team bestaat niet in de organisatie' }]);
    }
    if (await emailTaken(tx, fields.email)) throw new ConflictError([{ path: '$.email', message: 'er is al een gebruiker met dit e-mailadres' }]);
    const userId = await insertUser(tx, { organisationId: organisation.organisationId, ...fields, passwordHash: null });
    if (teamId !== null) await tx.updateTable('users').set({ team_id: teamId }).where('id', '=', userId).execute();
    return { userId, ...(await createInvitation(tx, userId, ctx.actor, input.settings, nowOf(ctx))) };
  },
});

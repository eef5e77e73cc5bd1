import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../domain/errors.ts';
import { authorize, type Actor, type Action } from '../policy/policy.ts';
import { findTeamOrganisation } from '../store/case-routing.ts';
import { insertTeam, listTeams, setUserTeam } from '../store/teams.ts';
import type { CommandContext } from './context.ts';
import { isUuid } from '../store/ids.ts';


function organisationOf(actor: Actor, action: Action): string {
  if (actor.kind !== 'user') throw new ForbiddenError();
  authorize(actor, action, { organisationId: actor.organisationId });
  return actor.organisationId;
}

export async function teamsOfMyOrganisation(ctx: CommandContext) {
  return listTeams(ctx.store.db, organisationOf(ctx.actor, 'team.list'));
}

export async function createTeam(ctx: CommandContext, input: unknown): Promise<string> {
  const organisationId = organisationOf(ctx.actor, 'team.manage');
  const name = (input as { name?: unknown } | null)?.name;
  if (typeof name !== 'string' || name.trim() === '' || name.length > 100) {
    throw new InvalidInputError([{ path: '$.name', message: 'verplicht: de naam van het team, 1 tot 100 tekens' }]);
  }
  const id = await insertTeam(ctx.store.db, organisationId, name.trim());
  if (id === undefined) throw new ConflictError([{ path: '$.name', message: 'er is al een team met deze naam' }]);
  return id;
}

export async function assignUserTeam(ctx: CommandContext, userId: string, input: unknown): Promise<void> {
  const organisationId = organisationOf(ctx.actor, 'team.manage');
  const teamId = (input as { teamId?: unknown } | null)?.teamId;
  if (teamId !== null && !isUuid(teamId)) {
    throw new InvalidInputError([{ path: '$.teamId', message: 'verplicht: het id van een team (een UUID), of null voor geen team' }]);
  }
  if (teamId !== null && (await findTeamOrganisation(ctx.store.db, teamId)) !== organisationId) {
    throw new InvalidInputError([{ path: '$.teamId', message: 'dit team bestaat niet in uw organisatie' }]);
  }
  if (!isUuid(userId) || !(await setUserTeam(ctx.store.db, organisationId, userId, teamId))) {
    throw new NotFoundError('Deze gebruiker bestaat niet in uw organisatie.');
  }
}

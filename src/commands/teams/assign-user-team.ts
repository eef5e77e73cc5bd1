import { InvalidInputError, NotFoundError } from '../../domain/errors.ts';
import { findTeamOrganisation } from '../../store/case-routing.ts';
import { isUuid } from '../../store/ids.ts';
import { setUserTeam } from '../../store/teams.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

/** Puts a user of the beheerder's organisation in one of its teams (`{ teamId }`, null: no team). */
export const assignUserTeam = command({
  action: 'team.manage',
  event: 'team.assign',
  load: ownOrganisation,
  async run(tx, _organisation, { userId, body }: { userId: string; body: unknown }, ctx): Promise<void> {
    const { organisationId } = userOf(ctx.actor);
    const teamId = (body as { teamId?: unknown } | null)?.teamId;
    if (teamId !== null && !isUuid(teamId)) {
      throw new InvalidInputError([{ path: '$.teamId', message: 'verplicht: het id van een team (een UUID), of null voor geen team' }]);
    }
    if (teamId !== null && (await findTeamOrganisation(tx, teamId)) !== organisationId) {
      throw new InvalidInputError([{ path: '$.teamId', message: 'dit team bestaat niet in uw organisatie' }]);
    }
    if (!isUuid(userId) || !(await setUserTeam(tx, organisationId, userId, teamId))) {
      throw new NotFoundError('Deze gebruiker bestaat niet in uw organisatie.');
    }
  },
});

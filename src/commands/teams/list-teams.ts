import { listTeams as selectTeams } from '../../store/teams.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

export const listTeams = command({
  action: 'team.list',
  event: 'team.list',
  load: ownOrganisation,
  run: (tx, _organisation, _input: void, ctx) => selectTeams(tx, userOf(ctx.actor).organisationId),
});

import { careStaff } from '../../store/teams.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

/** Who the one opening a case may make responsible for it: the organisation's care staff (the new-case form). */
export const listResponsibleChoices = command({
  action: 'case.create',
  event: 'area.enter',
  load: ownOrganisation,
  run: (tx, _organisation, _input: void, ctx) => careStaff(tx, userOf(ctx.actor).organisationId),
});

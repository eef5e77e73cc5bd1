import { listOrganisationUsers } from '../../store/users.ts';
import { nowOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

/** The beheerder's list of the organisation's users: role, team, whether they can sign in. */
export const listUsers = command({
  action: 'user.list',
  event: 'user.list',
  load: ownOrganisation,
  run: (tx, _organisation, _input: void, ctx) => listOrganisationUsers(tx, userOf(ctx.actor).organisationId, nowOf(ctx)),
});

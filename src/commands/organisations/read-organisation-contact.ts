import { organisationContact } from '../../store/users.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

/** The own organisation's name and the contact its letters print, for the beheerder who changes them. */
export const readOrganisationContact = command({
  action: 'organisation.update',
  event: 'area.enter',
  load: ownOrganisation,
  run: (tx, _organisation, _input: undefined, ctx) => organisationContact(tx, userOf(ctx.actor).organisationId),
});

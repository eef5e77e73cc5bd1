import { parseOrganisationContact } from '../../domain/letters/contact.ts';
import { organisationContact, updateOrganisationContact } from '../../store/users.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

/**
 * Changes the beheerder's own organisation's phone number and complaints contact (decision 0025):
 * letters drafted from then on print them; an approved letter keeps what it was approved with.
 */
export const changeOrganisationContact = command({
  action: 'organisation.update',
  event: 'organisation.update',
  load: ownOrganisation,
  async run(tx, _organisation, body: unknown, ctx) {
    const organisationId = userOf(ctx.actor).organisationId;
    await updateOrganisationContact(tx, organisationId, parseOrganisationContact(body));
    const { phone, complaintsContact } = await organisationContact(tx, organisationId);
    return { phone, complaintsContact };
  },
});

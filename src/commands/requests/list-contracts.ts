import { contractCounterparts, listContracts as selectContracts, type ContractRecord } from '../../store/funder-requests.ts';
import type { OrganisationKind } from '../../store/schema.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

/** The contracts the beheerder's organisation is a party to, and the organisations it could have one with. */
export const listContracts = command({
  action: 'contract.manage',
  event: 'contract.list',
  load: ownOrganisation,
  async run(tx, _organisation, _input: void, ctx): Promise<{ organisationId: string; contracts: ContractRecord[]; counterparts: { id: string; name: string; kind: OrganisationKind }[] }> {
    const actor = userOf(ctx.actor);
    return { organisationId: actor.organisationId, contracts: await selectContracts(tx, actor.organisationId), counterparts: await contractCounterparts(tx, actor.organisationKind) };
  },
});

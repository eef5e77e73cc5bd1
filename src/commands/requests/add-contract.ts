import { insertContract } from '../../store/funder-requests.ts';
import { authorOf } from '../cases/dossier.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';
import { contractKey, type ContractKey } from './contracts.ts';

/** The beheerder records a contract between a provider and a funder for a regime (either party's beheerder). */
export const addContract = command({
  action: 'contract.manage',
  event: 'contract.change',
  load: ownOrganisation,
  async run(tx, _organisation, input: unknown, ctx): Promise<ContractKey> {
    const key = await contractKey(tx, userOf(ctx.actor), input);
    await insertContract(tx, { ...key, by: authorOf(ctx.actor) });
    return key;
  },
});

import { NotFoundError } from '../../domain/errors.ts';
import { deleteContract } from '../../store/funder-requests.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';
import { contractKey, type ContractKey } from './contracts.ts';

/** The beheerder ends a contract: new requests under it are refused; requests already sent go on. */
export const endContract = command({
  action: 'contract.manage',
  event: 'contract.change',
  load: ownOrganisation,
  async run(tx, _organisation, input: unknown, ctx): Promise<ContractKey> {
    const key = await contractKey(tx, userOf(ctx.actor), input);
    if ((await deleteContract(tx, key)) === 0) throw new NotFoundError('Dit contract bestaat niet.');
    return key;
  },
});

import { newRecoveryCodes, recoveryCodeHash } from '../../auth/recovery-codes.ts';
import { ConflictError } from '../../domain/errors.ts';
import { findAccountById, replaceRecoveryCodes } from '../../store/accounts.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

/** Ten new recovery codes, shown once; the old ones stop working. */
export const renewRecoveryCodes = command({
  action: 'account.manage',
  event: 'account.recovery-codes',
  load: ownOrganisation,
  async run(tx, _organisation, _input: void, ctx): Promise<string[]> {
    const account = await findAccountById(tx, userOf(ctx.actor).userId);
    if (account?.totp_enrolled_at == null) throw new ConflictError([{ path: '$', message: 'Dit account heeft geen tweede factor, dus ook geen herstelcodes.' }]);
    const codes = newRecoveryCodes();
    await replaceRecoveryCodes(tx, account.id, codes.map(recoveryCodeHash));
    return codes;
  },
});

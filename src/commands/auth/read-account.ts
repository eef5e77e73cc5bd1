import { findAccountById, unusedRecoveryCodes } from '../../store/accounts.ts';
import { listApiTokens, type ApiTokenRow } from '../../store/api-tokens.ts';
import { nowOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

export interface AccountSummary {
  email: string;
  secondFactor: boolean;
  recoveryCodesLeft: number;
  tokens: ApiTokenRow[];
}

/** Mijn account: one's own second factor, recovery codes left and live API tokens. */
export const readAccount = command({
  action: 'account.manage',
  event: 'api-token.list',
  load: ownOrganisation,
  async run(tx, _organisation, _input: void, ctx): Promise<AccountSummary> {
    const { userId } = userOf(ctx.actor);
    const account = await findAccountById(tx, userId);
    return {
      email: account?.email ?? '',
      secondFactor: account?.totp_enrolled_at != null,
      recoveryCodesLeft: await unusedRecoveryCodes(tx, userId),
      tokens: await listApiTokens(tx, userId, nowOf(ctx)),
    };
  },
});

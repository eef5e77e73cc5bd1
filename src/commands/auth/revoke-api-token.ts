import { NotFoundError } from '../../domain/errors.ts';
import { revokeApiToken as revoke } from '../../store/api-tokens.ts';
import { isUuid } from '../../store/ids.ts';
import { nowOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

const TOKEN_NOT_FOUND = 'Dit API-token bestaat niet of is al ingetrokken of verlopen.';

/** Revokes one of one's own API tokens. */
export const revokeApiToken = command({
  action: 'account.manage',
  event: 'api-token.revoke',
  load: ownOrganisation,
  async run(tx, _organisation, tokenId: string, ctx): Promise<void> {
    if (!isUuid(tokenId) || !(await revoke(tx, userOf(ctx.actor).userId, tokenId, nowOf(ctx)))) throw new NotFoundError(TOKEN_NOT_FOUND);
  },
});

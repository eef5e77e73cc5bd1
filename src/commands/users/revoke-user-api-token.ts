import { NotFoundError } from '../../domain/errors.ts';
import { revokeApiToken } from '../../store/api-tokens.ts';
import { isUuid } from '../../store/ids.ts';
import { nowOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { USER_NOT_FOUND } from './user-fields.ts';
import { userResource } from './user-resource.ts';

/** The beheerder revokes an API token of a user of the organisation. */
export const revokeUserApiToken = command({
  action: 'user.manage',
  event: 'api-token.revoke',
  load: userResource,
  notFound: USER_NOT_FOUND,
  async run(tx, _organisation, { userId, tokenId }: { userId: string; tokenId: string }, ctx): Promise<void> {
    if (!isUuid(tokenId) || !(await revokeApiToken(tx, userId, tokenId, nowOf(ctx)))) {
      throw new NotFoundError('Dit API-token bestaat niet of is al ingetrokken of verlopen.');
    }
  },
});

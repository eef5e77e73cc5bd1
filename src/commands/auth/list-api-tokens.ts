import { listApiTokens as selectApiTokens } from '../../store/api-tokens.ts';
import { nowOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

/** One's own live API tokens (never the token itself: only its id, when it was made, used and ends). */
export const listApiTokens = command({
  action: 'account.manage',
  event: 'api-token.list',
  load: ownOrganisation,
  run: (tx, _organisation, _input: void, ctx) => selectApiTokens(tx, userOf(ctx.actor).userId, nowOf(ctx)),
});

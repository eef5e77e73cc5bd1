import { endAllAccess } from '../../store/account-access.ts';
import { clearSecondFactor } from '../../store/accounts.ts';
import { nowOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { USER_NOT_FOUND } from './user-fields.ts';
import { userResource } from './user-resource.ts';

/**
 * For a user whose phone is lost and recovery codes gone: their second factor is forgotten, every
 * session, token and trusted device ends, and they enrol a new one at their next sign-in.
 */
export const resetSecondFactor = command({
  action: 'user.manage',
  event: 'user.second-factor-reset',
  load: userResource,
  notFound: USER_NOT_FOUND,
  async run(tx, _organisation, { userId }: { userId: string }, ctx): Promise<void> {
    await clearSecondFactor(tx, userId);
    await endAllAccess(tx, userId, nowOf(ctx));
  },
});

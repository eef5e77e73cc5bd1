import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import { passwordProblem } from '../../auth/password-policy.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { endAllAccess } from '../../store/account-access.ts';
import { findAccountById, setPasswordHash } from '../../store/accounts.ts';
import { nowOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

export interface PasswordChange {
  current: string;
  password: string;
  repeat: string;
  /** The session the change is made in stays; every other one, every API token and trusted device ends. */
  keepSessionHash?: string;
}

/** Changes one's own password, after the current one. */
export const changePassword = command({
  action: 'account.manage',
  event: 'account.password',
  load: ownOrganisation,
  async run(tx, _organisation, input: PasswordChange, ctx): Promise<void> {
    const actor = userOf(ctx.actor);
    const account = await findAccountById(tx, actor.userId);
    if (account?.password_hash == null || !(await verifyPassword(input.current, account.password_hash))) {
      throw new InvalidInputError([{ path: 'current', message: 'Het huidige wachtwoord klopt niet.' }]);
    }
    const problem = passwordProblem(input.password, { email: account.email, name: account.name });
    if (problem !== undefined) throw new InvalidInputError([{ path: 'password', message: `Het nieuwe wachtwoord ${problem}.` }]);
    if (input.repeat !== input.password) throw new InvalidInputError([{ path: 'repeat', message: 'De twee nieuwe wachtwoorden zijn niet gelijk.' }]);
    const now = nowOf(ctx);
    await setPasswordHash(tx, account.id, await hashPassword(input.password), now);
    await endAllAccess(tx, account.id, now, input.keepSessionHash);
  },
});

import { hashPassword } from '../../auth/passwords.ts';
import { passwordProblem } from '../../auth/password-policy.ts';
import type { AuthSettings } from '../../auth/settings.ts';
import { tokenHash } from '../../auth/tokens.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import type { Store } from '../../store/database.ts';
import { endAllAccess } from '../../store/account-access.ts';
import { findAccountById, needsSecondFactor, setPasswordHash, type Account } from '../../store/accounts.ts';
import { openInvitation, useInvitation } from '../../store/invitations.ts';
import { finishSignIn, securityEvent, startSession, trustedDeviceFor, type Attempt, type NewSession, type SignedIn } from './credentials.ts';

// An invitation link sets the account's password, once, before it expires; the second factor
// follows at once (enrolled, or asked for when it already is). The link is the account's only way
// in until then, whatever its role: staff now, a client or their representative with issue 14
// (decision 0016).

/** The account an open invitation is for; undefined for an unknown, used or expired link. */
export async function invitedAccount(store: Store, token: string, now: Date): Promise<Account | undefined> {
  const invitation = await openInvitation(store.db, tokenHash(token), now);
  return invitation === undefined ? undefined : findAccountById(store.db, invitation.userId);
}

export type AcceptResult =
  | { kind: 'expired' }
  | ({ kind: 'signed-in' } & SignedIn)
  | { kind: 'second-factor' | 'enrol'; session: NewSession };

export async function acceptInvitation(
  store: Store,
  token: string,
  passwords: { password: string; repeat: string },
  attempt: Attempt,
  settings: AuthSettings,
): Promise<AcceptResult> {
  const account = await invitedAccount(store, token, attempt.now);
  if (account === undefined) return { kind: 'expired' };
  const problem = passwordProblem(passwords.password, { email: account.email, name: account.name });
  if (problem !== undefined) throw new InvalidInputError([{ path: 'password', message: `Het wachtwoord ${problem}.` }]);
  if (passwords.repeat !== passwords.password) throw new InvalidInputError([{ path: 'repeat', message: 'De twee wachtwoorden zijn niet gelijk.' }]);
  const hash = await hashPassword(passwords.password);
  const used = await store.db.transaction().execute(async (tx) => {
    if (!(await useInvitation(tx, tokenHash(token), attempt.now))) return false;
    await setPasswordHash(tx, account.id, hash, attempt.now);
    await endAllAccess(tx, account.id, attempt.now);
    return true;
  });
  if (!used) return { kind: 'expired' };
  await securityEvent(store, account, attempt, 'auth.invitation-accept');
  if (!needsSecondFactor(account)) return { kind: 'signed-in', ...(await finishSignIn(store, account, attempt, await trustedDeviceFor(store, account, attempt), settings)) };
  const next = account.totp_enrolled_at !== null ? 'second-factor' : 'enrol';
  return { kind: next, session: await startSession(store, account, next, settings, attempt.now) };
}

import type { AuthSettings } from '../../auth/settings.ts';
import { tokenHash } from '../../auth/tokens.ts';
import type { Store } from '../../store/database.ts';
import { findAccountById } from '../../store/accounts.ts';
import { deleteSession, findPendingSession } from '../../store/sessions.ts';
import { checkSecondFactor, finishSignIn, trustedDeviceFor, type Attempt, type SignedIn } from './credentials.ts';

export type SecondFactorResult = { kind: 'expired' } | { kind: 'refused' } | { kind: 'blocked'; until: Date } | ({ kind: 'signed-in' } & SignedIn);

/** The second step of signing in: the code from the authenticator app, or a recovery code. */
export async function verifySecondFactor(store: Store, pendingId: string, code: string, attempt: Attempt, settings: AuthSettings): Promise<SecondFactorResult> {
  const pending = await findPendingSession(store.db, tokenHash(pendingId), attempt.now);
  const account = pending?.stage === 'second-factor' ? await findAccountById(store.db, pending.userId) : undefined;
  if (account === undefined || !account.active) return { kind: 'expired' };
  const checked = await checkSecondFactor(store, account, code, attempt, 'auth.sign-in');
  if (checked === 'refused') return { kind: 'refused' };
  if (checked !== 'accepted') return { kind: 'blocked', until: checked.blocked };
  await deleteSession(store.db, tokenHash(pendingId));
  return { kind: 'signed-in', ...(await finishSignIn(store, account, attempt, await trustedDeviceFor(store, account, attempt), settings)) };
}

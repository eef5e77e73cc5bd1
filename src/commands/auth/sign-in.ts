import type { AuthSettings } from '../../auth/settings.ts';
import type { Store } from '../../store/database.ts';
import { needsSecondFactor } from '../../store/accounts.ts';
import { checkPassword, finishSignIn, startSession, type Attempt, type NewSession, type SignedIn } from './credentials.ts';

export type SignInResult =
  | { kind: 'refused' | 'deactivated' }
  | { kind: 'blocked'; until: Date }
  /** A demo account: signed in with the password alone. */
  | ({ kind: 'signed-in' } & SignedIn)
  /** The second factor comes next (its code, or enrolling it the first time), in this pending session. */
  | { kind: 'second-factor' | 'enrol'; session: NewSession };

/** The first step of signing in to the pages: e-mail and password. */
export async function signIn(store: Store, email: string, password: string, attempt: Attempt, settings: AuthSettings): Promise<SignInResult> {
  const checked = await checkPassword(store, email, password, attempt, 'auth.sign-in');
  if (checked.kind !== 'accepted') return checked;
  const { account, trustedDevice } = checked;
  if (!needsSecondFactor(account)) return { kind: 'signed-in', ...(await finishSignIn(store, account, attempt, trustedDevice, settings)) };
  const next = account.totp_enrolled_at !== null ? 'second-factor' : 'enrol';
  return { kind: next, session: await startSession(store, account, next, settings, attempt.now) };
}

import { newRecoveryCodes, recoveryCodeHash } from '../../auth/recovery-codes.ts';
import type { AuthSettings } from '../../auth/settings.ts';
import { tokenHash } from '../../auth/tokens.ts';
import { acceptTotp, newTotpSecret, totpUri } from '../../auth/totp.ts';
import type { Store } from '../../store/database.ts';
import { acceptTotpStep, findAccountById, replaceRecoveryCodes, startTotpEnrolment, type Account } from '../../store/accounts.ts';
import { deleteSession, findPendingSession } from '../../store/sessions.ts';
import { finishSignIn, securityEvent, trustedDeviceFor, type Attempt, type SignedIn } from './credentials.ts';

// Enrolling the second factor, at the first sign-in (or after the beheerder reset it): the app scans
// the secret, the person types a code it shows, and gets ten recovery codes, shown once. Works on a
// pending session of any account, so the client's and representative's accounts of issue 14 enrol
// the same way (decision 0016).

async function enrolling(store: Store, pendingId: string, now: Date): Promise<Account | undefined> {
  const pending = await findPendingSession(store.db, tokenHash(pendingId), now);
  const account = pending?.stage === 'enrol' ? await findAccountById(store.db, pending.userId) : undefined;
  return account?.active === true ? account : undefined;
}

export interface Enrolment {
  secret: string;
  uri: string;
  email: string;
}

/** The secret to scan: made once per enrolment, the same one on every reload until a code confirms it. */
export async function beginEnrolment(store: Store, pendingId: string, now: Date): Promise<Enrolment | undefined> {
  const account = await enrolling(store, pendingId, now);
  if (account === undefined) return undefined;
  let secret = account.totp_secret;
  if (secret === null) {
    secret = newTotpSecret();
    await startTotpEnrolment(store.db, account.id, secret);
  }
  return { secret, uri: totpUri(secret, account.email), email: account.email };
}

export type EnrolResult = { kind: 'expired' } | { kind: 'refused' } | ({ kind: 'signed-in'; recoveryCodes: string[] } & SignedIn);

/** Confirms the enrolment with a code from the app: the account now has its second factor. */
export async function confirmEnrolment(store: Store, pendingId: string, code: string, attempt: Attempt, settings: AuthSettings): Promise<EnrolResult> {
  const account = await enrolling(store, pendingId, attempt.now);
  if (account === undefined || account.totp_secret === null) return { kind: 'expired' };
  const step = acceptTotp(account.totp_secret, code, null, attempt.now);
  if (step === undefined) return { kind: 'refused' };
  await acceptTotpStep(store.db, account.id, step, attempt.now);
  const recoveryCodes = newRecoveryCodes();
  await replaceRecoveryCodes(store.db, account.id, recoveryCodes.map(recoveryCodeHash));
  await securityEvent(store, account, attempt, 'auth.second-factor-enrol');
  await deleteSession(store.db, tokenHash(pendingId));
  const signedIn = await finishSignIn(store, account, attempt, await trustedDeviceFor(store, account, attempt), settings);
  return { kind: 'signed-in', recoveryCodes, ...signedIn };
}

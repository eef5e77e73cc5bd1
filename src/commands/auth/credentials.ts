import { decoyHash, hashPassword, needsRehash, verifyPassword } from '../../auth/passwords.ts';
import { looksLikeRecoveryCode, recoveryCodeHash } from '../../auth/recovery-codes.ts';
import { PENDING_SESSION_MS, TRUSTED_DEVICE_MS, type AuthSettings } from '../../auth/settings.ts';
import { ACCOUNT_RULE, accountKey, ADDRESS_RULE, addressKey } from '../../auth/throttle.ts';
import { newToken, tokenHash } from '../../auth/tokens.ts';
import { acceptTotp } from '../../auth/totp.ts';
import type { EventType } from '../../access-log/events.ts';
import type { Store } from '../../store/database.ts';
import { accountActor, acceptTotpStep, findAccountByEmail, setPasswordHash, useRecoveryCode, type Account } from '../../store/accounts.ts';
import type { SessionStage } from '../../store/schema.ts';
import { deleteEndedSessions, insertSession } from '../../store/sessions.ts';
import {
  blockedUntil,
  clearFailures,
  insertTrustedDevice,
  recordDeviceFailure,
  recordFailure,
  resetDeviceFailures,
  trustedDeviceOf,
} from '../../store/sign-in-failures.ts';
import type { SecurityReason } from '../pipeline/access-log-rows.ts';
import { recordEvent } from '../pipeline/execute.ts';

// What every way of signing in shares (the pages, the API token, an invitation): the throttle, the
// password, the second factor, the security events in the access log, and the new session. Signing
// in happens before anyone is known, so it is not a command of the pipeline; its outcomes are still
// rows in the access log of the account's organisation (decision 0015). Passwords are never logged.

/** Who is trying, from where, and when. */
export interface Attempt {
  origin: string;
  /** The ids of the trusted devices this browser holds (its device cookie); none for the API. */
  deviceIds: readonly string[];
  now: Date;
}

export type PasswordCheck =
  | { kind: 'refused' }
  | { kind: 'deactivated' }
  | { kind: 'blocked'; until: Date }
  | { kind: 'accepted'; account: Account; trustedDevice: string | undefined };

/** The account's organisation's chain records the event; the operator's context is never used here. */
export function securityEvent(store: Store, account: Account, attempt: Attempt, event: EventType, refused?: SecurityReason): Promise<void> {
  const actor = accountActor(account);
  const purpose = 'administration' as const;
  return recordEvent(
    { store, actor, origin: attempt.origin, now: () => attempt.now },
    event,
    refused === undefined ? { allowed: true, relation: 'own-organisation', purpose } : { allowed: false, relation: 'own-organisation', purpose, reason: refused },
  );
}

async function trustedDevice(store: Store, account: Account | undefined, attempt: Attempt): Promise<string | undefined> {
  if (account === undefined) return undefined;
  return trustedDeviceOf(store.db, attempt.deviceIds.map(tokenHash), account.id, attempt.now);
}

/** Whether the throttle holds this attempt back (a trusted device never is; decision 0015). */
async function heldBack(store: Store, emailHash: string, trusted: string | undefined, attempt: Attempt): Promise<Date | undefined> {
  if (trusted !== undefined) return undefined;
  return blockedUntil(store.db, [accountKey(emailHash), addressKey(attempt.origin)], attempt.now);
}

async function countFailure(store: Store, emailHash: string, trusted: string | undefined, attempt: Attempt): Promise<void> {
  if (trusted !== undefined) return recordDeviceFailure(store.db, trusted);
  await recordFailure(store.db, accountKey(emailHash), ACCOUNT_RULE, attempt.now);
  await recordFailure(store.db, addressKey(attempt.origin), ADDRESS_RULE, attempt.now);
}

const emailHashOf = (email: string) => tokenHash(email.trim().toLowerCase());

/** Checks e-mail and password, within the throttle; a failure is counted and, for an account, logged. */
export async function checkPassword(store: Store, email: string, password: string, attempt: Attempt, event: EventType): Promise<PasswordCheck> {
  const emailHash = emailHashOf(email);
  const account = await findAccountByEmail(store.db, email.trim());
  const trusted = await trustedDevice(store, account, attempt);
  const until = await heldBack(store, emailHash, trusted, attempt);
  if (until !== undefined) {
    if (account !== undefined) await securityEvent(store, account, attempt, event, 'blocked');
    return { kind: 'blocked', until };
  }
  // Spent on unknown addresses too, so the time the answer takes does not tell which exist.
  const valid = await verifyPassword(password, account?.password_hash ?? (await decoyHash));
  if (account === undefined || account.password_hash === null || !valid) {
    await countFailure(store, emailHash, trusted, attempt);
    if (account !== undefined) await securityEvent(store, account, attempt, event, 'wrong-password');
    return { kind: 'refused' };
  }
  if (!account.active) {
    await securityEvent(store, account, attempt, event, 'deactivated');
    return { kind: 'deactivated' };
  }
  if (needsRehash(account.password_hash)) await setPasswordHash(store.db, account.id, await hashPassword(password), null);
  return { kind: 'accepted', account, trustedDevice: trusted };
}

/**
 * Checks a code of the second factor (or a recovery code) within the throttle, and uses it up;
 * counts and logs a failure. The event is not logged when it succeeds: finishing the sign-in does.
 */
export async function checkSecondFactor(
  store: Store,
  account: Account,
  code: string,
  attempt: Attempt,
  event: EventType,
): Promise<'accepted' | 'refused' | { blocked: Date }> {
  const emailHash = emailHashOf(account.email);
  const trusted = await trustedDevice(store, account, attempt);
  const until = await heldBack(store, emailHash, trusted, attempt);
  if (until !== undefined) {
    await securityEvent(store, account, attempt, event, 'blocked');
    return { blocked: until };
  }
  if (account.totp_secret !== null && account.totp_enrolled_at !== null) {
    const lastStep = account.totp_last_step === null ? null : Number(account.totp_last_step);
    const step = acceptTotp(account.totp_secret, code, lastStep, attempt.now);
    if (step !== undefined) {
      await acceptTotpStep(store.db, account.id, step);
      return 'accepted';
    }
    if (looksLikeRecoveryCode(code) && (await useRecoveryCode(store.db, account.id, recoveryCodeHash(code), attempt.now))) return 'accepted';
  }
  await countFailure(store, emailHash, trusted, attempt);
  await securityEvent(store, account, attempt, event, 'wrong-code');
  return 'refused';
}

export interface NewSession {
  /** The secret for the browser's cookie; the database keeps only its hash. */
  id: string;
  expiresAt: Date;
  stage: SessionStage;
}

/** A new session (never an old one reused: a new id at every step of signing in). */
export async function startSession(store: Store, account: Account, stage: SessionStage, settings: AuthSettings, now: Date): Promise<NewSession> {
  const id = newToken();
  const expiresAt = new Date(now.getTime() + (stage === 'signed-in' ? settings.sessionMaxMs : PENDING_SESSION_MS));
  await deleteEndedSessions(store.db, account.id, now, settings.sessionIdleMs);
  await insertSession(store.db, { idHash: tokenHash(id), userId: account.id, expiresAt, stage, now });
  return { id, expiresAt, stage };
}

export interface SignedIn {
  session: NewSession;
  /** A new trusted device's id for the browser's device cookie (decision 0015). */
  device: { id: string; expiresAt: Date } | undefined;
}

/** The end of a successful sign-in: the event, the failures forgotten, the browser trusted. */
export async function finishSignIn(
  store: Store,
  account: Account,
  attempt: Attempt,
  trusted: string | undefined,
  settings: AuthSettings,
): Promise<SignedIn> {
  await securityEvent(store, account, attempt, 'auth.sign-in');
  await clearFailures(store.db, accountKey(emailHashOf(account.email)));
  const session = await startSession(store, account, 'signed-in', settings, attempt.now);
  if (trusted !== undefined) {
    await resetDeviceFailures(store.db, trusted);
    return { session, device: undefined };
  }
  const device = { id: newToken(), expiresAt: new Date(attempt.now.getTime() + TRUSTED_DEVICE_MS) };
  await insertTrustedDevice(store.db, { idHash: tokenHash(device.id), userId: account.id, expiresAt: device.expiresAt });
  return { session, device };
}

/** Whether this browser is a trusted device of the account (it skips the throttle). */
export function trustedDeviceFor(store: Store, account: Account, attempt: Attempt): Promise<string | undefined> {
  return trustedDevice(store, account, attempt);
}

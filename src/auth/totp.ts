import { Secret, TOTP } from 'otpauth';

// The second factor: TOTP (RFC 6238) as every authenticator app reads it: SHA-1, 6 digits, 30
// seconds, through otpauth. A code of the step before or after is accepted too (a phone's clock a
// little off), and each step once: the caller stores the step it accepted and passes it back.

const ISSUER = 'Zorgvuldig';

function totp(secret: string, account: string): TOTP {
  return new TOTP({ issuer: ISSUER, label: account, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** What an authenticator app scans (otpauth:// URI). */
export function totpUri(secret: string, account: string): string {
  return totp(secret, account).toString();
}

/** The time step of a valid code that is newer than `lastStep`; undefined otherwise. */
export function acceptTotp(secret: string, code: string, lastStep: number | null, now: Date): number | undefined {
  const digits = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(digits)) return undefined;
  const timestamp = now.getTime();
  const delta = totp(secret, ISSUER).validate({ token: digits, timestamp, window: 1 });
  if (delta === null) return undefined;
  const step = Math.floor(timestamp / 30_000) + delta;
  return lastStep !== null && step <= lastStep ? undefined : step;
}

import { randomInt } from 'node:crypto';
import { tokenHash } from './tokens.ts';

// Recovery codes: ten one-time codes for when the phone with the authenticator is lost. Each has 49
// bits of randomness (10 characters of a 31-letter alphabet without 0/O and 1/I/L), far beyond what
// the sign-in throttle lets anyone try, so a fast hash (SHA-256) suffices, as for tokens.

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const RECOVERY_CODE_COUNT = 10;

function code(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, code);
}

/** As typed: case, spaces and dashes do not matter. */
export function looksLikeRecoveryCode(value: string): boolean {
  return /^[A-Za-z0-9]{10}$/.test(value.replace(/[\s-]/g, ''));
}

export function recoveryCodeHash(value: string): string {
  return tokenHash(value.replace(/[\s-]/g, '').toUpperCase());
}

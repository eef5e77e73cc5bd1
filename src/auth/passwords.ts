import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';

// Passwords are hashed with argon2id at OWASP's first recommended setting (19 MiB of memory, two
// passes, one lane: Password Storage Cheat Sheet), through @node-rs/argon2, whose prebuilt binary
// comes with the npm package (no compiler, no download at install). The parameters travel in each
// hash (PHC string format), so raising them later upgrades every account at its next sign-in, as
// the scrypt hashes from before issue 13 are upgraded now (decision 0015; bench/sign-in.ts).

/** Algorithm.Argon2id (a const enum the compiler may not inline here). */
const ARGON2ID = 2 as Algorithm.Argon2id;
export const ARGON2_PARAMS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** What the PHC string of a hash made with ARGON2_PARAMS starts with. */
const CURRENT_PREFIX = `$argon2id$v=19$m=${ARGON2_PARAMS.memoryCost},t=${ARGON2_PARAMS.timeCost},p=${ARGON2_PARAMS.parallelism}$`;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFKC'), ARGON2_PARAMS);
}

/** The hashes made before argon2id: `scrypt$N$r$p$salt$key`. */
function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const [, n, r, p, salt, key] = stored.split('$');
  if (salt === undefined || key === undefined) return Promise.resolve(false);
  const options: ScryptOptions = { N: Number(n), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024 };
  const expected = Buffer.from(key, 'base64');
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), Buffer.from(salt, 'base64'), expected.length, options, (error, actual) =>
      error ? reject(error) : resolve(actual.length === expected.length && timingSafeEqual(actual, expected)),
    ),
  );
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (stored.startsWith('scrypt$')) return verifyScrypt(password, stored);
  if (!stored.startsWith('$argon2')) return false;
  try {
    return await verify(stored, password.normalize('NFKC'));
  } catch {
    // A hash the library cannot read is no match; the account needs a new password (an invitation).
    return false;
  }
}

/** Whether a hash that just verified should be replaced by one at the current setting. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(CURRENT_PREFIX);
}

/** A hash for nobody, spent on unknown addresses so the answer's timing does not tell who exists. */
export const decoyHash: Promise<string> = hashPassword(randomBytes(16).toString('hex'));

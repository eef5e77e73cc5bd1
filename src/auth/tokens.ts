import { createHash, randomBytes } from 'node:crypto';

// API tokens are bearer secrets: only their SHA-256 is stored, so a copy of the database does not
// let anyone act as a user. 32 random bytes make brute force pointless, so no slow hash is needed.

export function newToken(): string {
  return `zv_${randomBytes(32).toString('base64url')}`;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { newToken, tokenHash } from '../auth/tokens.ts';
import { UnauthenticatedError } from '../domain/errors.ts';
import { findUserByEmail, insertApiToken } from '../store/users.ts';
import type { Store } from '../store/database.ts';

// Spent on unknown e-mail addresses too, so the response time does not tell which addresses exist.
const decoy = hashPassword('decoy');

/** Exchanges e-mail and password for a bearer token for the HTTP API. */
export async function issueApiToken(store: Store, email: string, password: string): Promise<string> {
  const user = await findUserByEmail(store.db, email);
  const valid = await verifyPassword(password, user?.password_hash ?? (await decoy));
  if (user?.password_hash == null || !valid) throw new UnauthenticatedError();
  const token = newToken();
  await insertApiToken(store.db, user.id, tokenHash(token));
  return token;
}

import { newToken, tokenHash } from '../../auth/tokens.ts';
import type { Store } from '../../store/database.ts';
import { insertApiToken } from '../../store/users.ts';
import { verifyCredentials } from './credentials.ts';

/** Exchanges e-mail and password for a bearer token for the HTTP API. */
export async function issueApiToken(store: Store, email: string, password: string): Promise<string> {
  const userId = await verifyCredentials(store, email, password);
  const token = newToken();
  await insertApiToken(store.db, userId, tokenHash(token));
  return token;
}

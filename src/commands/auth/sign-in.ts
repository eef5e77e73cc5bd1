import { newToken, tokenHash } from '../../auth/tokens.ts';
import type { Store } from '../../store/database.ts';
import { deleteExpiredSessions, insertSession } from '../../store/sessions.ts';
import { verifyCredentials } from './credentials.ts';

/** A working day and a bit: a care worker signs in once per shift. */
export const SESSION_LIFETIME_MS = 10 * 60 * 60 * 1000;

export interface NewSession {
  /** The secret for the browser's cookie; the database keeps only its hash. */
  id: string;
  expiresAt: Date;
}

/** Signs a user in to the web pages with e-mail and password: a new server-side session. */
export async function signIn(store: Store, email: string, password: string, now = new Date()): Promise<NewSession> {
  const userId = await verifyCredentials(store, email, password);
  const id = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await deleteExpiredSessions(store.db, userId, now);
  await insertSession(store.db, { idHash: tokenHash(id), userId, expiresAt });
  return { id, expiresAt };
}

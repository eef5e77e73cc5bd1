import { tokenHash } from '../../auth/tokens.ts';
import type { Store } from '../../store/database.ts';
import { deleteSession } from '../../store/sessions.ts';

/** Ends a web session: its id no longer opens anything, in any process. */
export async function signOut(store: Store, sessionId: string): Promise<void> {
  await deleteSession(store.db, tokenHash(sessionId));
}

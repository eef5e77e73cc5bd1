import type { Kysely } from 'kysely';
import { revokeAllApiTokens } from './api-tokens.ts';
import { closeInvitations } from './invitations.ts';
import type { Database } from './schema.ts';
import { forgetTrustedDevices } from './sign-in-failures.ts';

/**
 * Everything that lets the user in without signing in again ends: sessions (but the one kept, when
 * the user changes their own password in it), API tokens, trusted devices, open invitations. After
 * a new password, a deactivation, a reset second factor.
 */
export async function endAllAccess(db: Kysely<Database>, userId: string, now: Date, keepSessionHash?: string): Promise<void> {
  let sessions = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepSessionHash !== undefined) sessions = sessions.where('id_hash', '<>', keepSessionHash);
  await sessions.execute();
  await revokeAllApiTokens(db, userId, now);
  await forgetTrustedDevices(db, userId);
  await closeInvitations(db, userId, now);
}

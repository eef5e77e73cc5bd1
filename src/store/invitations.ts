import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

// One-time links to set a password: a new account's first, or a new one when it was forgotten.

export async function insertInvitation(
  db: Kysely<Database>,
  input: { hash: string; userId: string; createdBy: string; expiresAt: Date },
): Promise<void> {
  // A new link replaces the open ones: only the last one given works.
  await db.updateTable('invitations').set({ used_at: new Date(0) }).where('user_id', '=', input.userId).where('used_at', 'is', null).execute();
  await db
    .insertInto('invitations')
    .values({ token_hash: input.hash, user_id: input.userId, created_by: input.createdBy, expires_at: input.expiresAt, used_at: null })
    .execute();
}

/** The user an open, unexpired invitation is for. */
export async function openInvitation(db: Kysely<Database>, hash: string, now: Date): Promise<{ userId: string; expiresAt: Date } | undefined> {
  const row = await db
    .selectFrom('invitations as i')
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .select(['i.user_id', 'i.expires_at'])
    .where('i.token_hash', '=', hash)
    .where('i.used_at', 'is', null)
    .where('i.expires_at', '>', now)
    .where('u.active', '=', true)
    .executeTakeFirst();
  return row === undefined ? undefined : { userId: row.user_id, expiresAt: row.expires_at };
}

/** Uses the invitation up, once: whether this call was the one that did. */
export async function useInvitation(db: Kysely<Database>, hash: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ used_at: now })
    .where('token_hash', '=', hash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function closeInvitations(db: Kysely<Database>, userId: string, now: Date): Promise<void> {
  await db.updateTable('invitations').set({ used_at: now }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
}

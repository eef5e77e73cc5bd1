import type { Kysely } from 'kysely';
import type { Actor } from '../policy/policy.ts';
import type { Database } from './schema.ts';

// Personal calendar feeds. Only the SHA-256 of a feed's secret is stored; a user has at most one
// live feed, so issuing a new one revokes the old in the same transaction.

export async function replaceCalendarFeed(db: Kysely<Database>, userId: string, secretHash: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await revokeCalendarFeeds(trx, userId);
    await trx.insertInto('calendar_feeds').values({ secret_hash: secretHash, user_id: userId, revoked_at: null }).execute();
  });
}

/** Revokes the user's live feed; returns whether there was one. */
export async function revokeCalendarFeeds(db: Kysely<Database>, userId: string): Promise<boolean> {
  const result = await db
    .updateTable('calendar_feeds')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The user a live feed secret belongs to, as an actor, with the team whose deadlines the feed shows. */
export async function feedOwner(
  db: Kysely<Database>,
  secretHash: string,
): Promise<{ actor: Actor; teamId: string | null } | undefined> {
  const row = await db
    .selectFrom('calendar_feeds as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.organisation_id', 'u.role', 'u.team_id', 'o.kind'])
    .where('f.secret_hash', '=', secretHash)
    .where('f.revoked_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    actor: { kind: 'user', userId: row.id, organisationId: row.organisation_id, organisationKind: row.kind, role: row.role },
    teamId: row.team_id,
  };
}

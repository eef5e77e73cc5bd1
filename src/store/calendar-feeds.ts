import type { Kysely, Transaction } from 'kysely';
import type { UserActor } from '../policy/actors.ts';
import type { Database } from './schema.ts';
import { ACTOR_COLUMNS, toActor } from './users.ts';

// Personal calendar feeds. Only the SHA-256 of a feed's secret is stored; a user has at most one
// live feed, so issuing a new one revokes the old (in the caller's transaction).

export async function replaceCalendarFeed(trx: Transaction<Database>, userId: string, secretHash: string): Promise<void> {
  await revokeCalendarFeeds(trx, userId);
  await trx.insertInto('calendar_feeds').values({ secret_hash: secretHash, user_id: userId, revoked_at: null }).execute();
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

/** The user a live feed secret belongs to, as an actor (whose team's deadlines the feed shows). */
export async function feedOwner(db: Kysely<Database>, secretHash: string): Promise<UserActor | undefined> {
  const row = await db
    .selectFrom('calendar_feeds as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(ACTOR_COLUMNS)
    .where('f.secret_hash', '=', secretHash)
    .where('f.revoked_at', 'is', null)
    .executeTakeFirst();
  return row === undefined ? undefined : toActor(row);
}

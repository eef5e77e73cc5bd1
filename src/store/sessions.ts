import type { Kysely } from 'kysely';
import type { UserActor } from '../policy/actors.ts';
import type { Database, SessionStage } from './schema.ts';
import { ACTOR_COLUMNS, toActor } from './users.ts';

export interface SessionUser {
  actor: UserActor;
  organisationName: string;
  /** A demo account of the seed, signed in without a second factor: the pages say so. */
  demo: boolean;
}

export async function insertSession(
  db: Kysely<Database>,
  input: { idHash: string; userId: string; expiresAt: Date; stage: SessionStage; now: Date },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id_hash: input.idHash, user_id: input.userId, expires_at: input.expiresAt, stage: input.stage, last_seen_at: input.now })
    .execute();
}

/** Moments of use closer together than this are not written down (one write per minute at most). */
const TOUCH_MS = 60_000;

/**
 * The user of a signed-in session that is neither past its end nor idle too long; notes the use.
 * A session halfway through signing in (the second factor still to come) opens nothing here.
 */
export async function findSessionUser(db: Kysely<Database>, idHash: string, now: Date, idleMs: number): Promise<SessionUser | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([...ACTOR_COLUMNS, 'o.name as organisation_name', 'u.demo', 's.last_seen_at'])
    .where('s.id_hash', '=', idHash)
    .where('s.stage', '=', 'signed-in')
    .where('s.expires_at', '>', now)
    .where('s.last_seen_at', '>', new Date(now.getTime() - idleMs))
    .where('u.active', '=', true)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  if (now.getTime() - row.last_seen_at.getTime() > TOUCH_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
  }
  return { actor: toActor(row), organisationName: row.organisation_name, demo: row.demo };
}

/** A session halfway through signing in: whose, and which step is next. */
export async function findPendingSession(
  db: Kysely<Database>,
  idHash: string,
  now: Date,
): Promise<{ userId: string; stage: Exclude<SessionStage, 'signed-in'> } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .select(['user_id', 'stage'])
    .where('id_hash', '=', idHash)
    .where('stage', '<>', 'signed-in')
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row === undefined || row.stage === 'signed-in' ? undefined : { userId: row.user_id, stage: row.stage };
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of the user: 'sign out everywhere', a new password, a deactivation. */
export async function deleteUserSessions(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Removes a user's ended sessions, so the table does not grow with every sign-in. */
export async function deleteEndedSessions(db: Kysely<Database>, userId: string, now: Date, idleMs: number): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', new Date(now.getTime() - idleMs))]))
    .execute();
}

import type { Kysely } from 'kysely';
import type { UserActor } from '../policy/actors.ts';
import type { Database } from './schema.ts';
import { ACTOR_COLUMNS, toActor } from './users.ts';

export interface SessionUser {
  actor: UserActor;
  organisationName: string;
}

export async function insertSession(db: Kysely<Database>, input: { idHash: string; userId: string; expiresAt: Date }): Promise<void> {
  await db.insertInto('sessions').values({ id_hash: input.idHash, user_id: input.userId, expires_at: input.expiresAt }).execute();
}

/** The user of an unexpired session. */
export async function findSessionUser(db: Kysely<Database>, idHash: string, now: Date): Promise<SessionUser | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([...ACTOR_COLUMNS, 'o.name as organisation_name'])
    .where('s.id_hash', '=', idHash)
    .where('s.expires_at', '>', now)
    .executeTakeFirst();
  return row === undefined ? undefined : { actor: toActor(row), organisationName: row.organisation_name };
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Removes a user's expired sessions, so the table does not grow with every sign-in. */
export async function deleteExpiredSessions(db: Kysely<Database>, userId: string, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('expires_at', '<=', now).execute();
}

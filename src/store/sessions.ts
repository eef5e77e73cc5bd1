import type { Kysely } from 'kysely';
import type { Actor } from '../policy/policy.ts';
import type { Database } from './schema.ts';

export interface SessionUser {
  actor: Extract<Actor, { kind: 'user' }>;
  name: string;
  organisationName: string;
}

export async function insertSession(db: Kysely<Database>, input: { idHash: string; userId: string; expiresAt: Date }): Promise<void> {
  await db.insertInto('sessions').values({ id_hash: input.idHash, user_id: input.userId, expires_at: input.expiresAt }).execute();
}

/** The user of an unexpired session. */
export async function findSessionUser(db: Kysely<Database>, idHash: string, now: Date): Promise<SessionUser | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(['users.id', 'users.name', 'users.organisation_id', 'users.role', 'organisations.kind', 'organisations.name as organisation_name'])
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : {
        actor: { kind: 'user', userId: row.id, organisationId: row.organisation_id, organisationKind: row.kind, role: row.role },
        name: row.name,
        organisationName: row.organisation_name,
      };
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Removes a user's expired sessions, so the table does not grow with every sign-in. */
export async function deleteExpiredSessions(db: Kysely<Database>, userId: string, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('expires_at', '<=', now).execute();
}

import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { UserActor } from '../policy/actors.ts';
import type { Database, OrganisationKind, Role } from './schema.ts';

/** What a user is, as the policy and the access log need it: select these from users `u` joined with organisations `o`. */
export const ACTOR_COLUMNS = ['u.id', 'u.name', 'u.organisation_id', 'u.role', 'u.team_id', 'o.kind'] as const;

export function toActor(row: { id: string; name: string; organisation_id: string; role: Role; team_id: string | null; kind: OrganisationKind }): UserActor {
  return { kind: 'user', userId: row.id, name: row.name, organisationId: row.organisation_id, organisationKind: row.kind, role: row.role, teamId: row.team_id };
}

export async function insertOrganisation(
  db: Kysely<Database>,
  input: { slug: string; name: string; kind: OrganisationKind; address: string | null },
): Promise<string> {
  const id = randomUUID();
  await db.insertInto('organisations').values({ id, ...input }).execute();
  return id;
}

export async function insertUser(
  db: Kysely<Database>,
  input: { organisationId: string; email: string; name: string; role: Role; passwordHash: string | null },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('users')
    .values({
      id,
      organisation_id: input.organisationId,
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      password_hash: input.passwordHash,
    })
    .execute();
  return id;
}

export async function findOrganisationBySlug(db: Kysely<Database>, slug: string) {
  return db.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function countOrganisations(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('organisations').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findUserByEmail(db: Kysely<Database>, email: string) {
  return db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(['users.id', 'users.organisation_id', 'users.role', 'users.password_hash', 'organisations.kind'])
    .where('users.email', '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function insertApiToken(db: Kysely<Database>, userId: string, hash: string): Promise<void> {
  await db.insertInto('api_tokens').values({ token_hash: hash, user_id: userId, revoked_at: null }).execute();
}

/** The actor a valid, unrevoked token stands for. */
export async function actorForToken(db: Kysely<Database>, hash: string): Promise<UserActor | undefined> {
  const row = await db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(ACTOR_COLUMNS)
    .where('t.token_hash', '=', hash)
    .where('t.revoked_at', 'is', null)
    .executeTakeFirst();
  return row === undefined ? undefined : toActor(row);
}

/** Names of users by id, for showing who recorded what. */
export async function findUserNames(db: Kysely<Database> | Transaction<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../policy/policy.ts';
import type { Database, OrganisationKind, Role } from './schema.ts';

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
export async function actorForToken(db: Kysely<Database>, hash: string): Promise<Actor | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(['users.id', 'users.organisation_id', 'users.role', 'organisations.kind'])
    .where('api_tokens.token_hash', '=', hash)
    .where('api_tokens.revoked_at', 'is', null)
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : { kind: 'user', userId: row.id, organisationId: row.organisation_id, organisationKind: row.kind, role: row.role };
}

/** Names of users by id, for showing who recorded what. */
export async function findUserNames(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

import type { Kysely } from 'kysely';
import type { UserActor } from '../policy/actors.ts';
import type { Database } from './schema.ts';
import { actorGeneration, forgetTokenActors } from './actor-generation.ts';
import { ACTOR_COLUMNS, toActor } from './users.ts';

// API tokens: stored as their SHA-256, named by an id to list and revoke them, with an end.

// Every API request starts by turning its token into an actor. That answer is kept for a few seconds
// in this process (decision 0022): a burst of reads then costs one query for the token, not one each.
// Whatever in this process can change the answer (a revocation, a deactivation, a new role or team)
// forgets every kept answer at once, so within a process a revoked token is refused at its next use.
// Another process learns of it when its copy expires: after at most TOKEN_CACHE_MS.
const TOKEN_CACHE_MS = 5_000;
const TOKEN_CACHE_LIMIT = 10_000;

interface KeptActor {
  actor: UserActor;
  keptUntil: number;
  tokenExpiresAt: number;
  generation: number;
}

/** Per database (tests open several in one process), what its tokens stood for. */
const kept = new WeakMap<Kysely<Database>, Map<string, KeptActor>>();

export interface ApiTokenRow {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
}

export async function insertApiToken(db: Kysely<Database>, input: { userId: string; hash: string; expiresAt: Date }): Promise<string> {
  const row = await db
    .insertInto('api_tokens')
    .values({ token_hash: input.hash, user_id: input.userId, revoked_at: null, expires_at: input.expiresAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The user's tokens that still open something, newest first. */
export async function listApiTokens(db: Kysely<Database>, userId: string, now: Date): Promise<ApiTokenRow[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'created_at', 'expires_at', 'last_used_at'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, createdAt: r.created_at, expiresAt: r.expires_at, lastUsedAt: r.last_used_at }));
}

/** Revokes one of the user's live tokens; whether there was one. */
export async function revokeApiToken(db: Kysely<Database>, userId: string, tokenId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', tokenId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  forgetTokenActors();
  return result.numUpdatedRows > 0n;
}

/** Revokes every token of the user: a new password, a deactivation. */
export async function revokeAllApiTokens(db: Kysely<Database>, userId: string, now: Date): Promise<void> {
  forgetTokenActors();
  await db.updateTable('api_tokens').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}

/**
 * The actor a live token of an active user stands for, as kept for a few seconds; notes when it was
 * last used (to the minute).
 */
export async function actorForToken(db: Kysely<Database>, hash: string, now: Date): Promise<UserActor | undefined> {
  let byHash = kept.get(db);
  if (byHash === undefined) kept.set(db, (byHash = new Map()));
  const hit = byHash.get(hash);
  const at = now.getTime();
  if (hit !== undefined && hit.generation === actorGeneration() && at < hit.keptUntil && at < hit.tokenExpiresAt) return hit.actor;
  const asked = actorGeneration();
  const found = await lookUpToken(db, hash, now);
  if (found === undefined) {
    byHash.delete(hash);
    return undefined;
  }
  if (byHash.size >= TOKEN_CACHE_LIMIT) byHash.clear();
  byHash.set(hash, { actor: found.actor, keptUntil: at + TOKEN_CACHE_MS, tokenExpiresAt: found.expiresAt.getTime(), generation: asked });
  return found.actor;
}

async function lookUpToken(db: Kysely<Database>, hash: string, now: Date): Promise<{ actor: UserActor; expiresAt: Date } | undefined> {
  const row = await db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([...ACTOR_COLUMNS, 't.last_used_at', 't.expires_at'])
    .where('t.token_hash', '=', hash)
    .where('t.revoked_at', 'is', null)
    .where('t.expires_at', '>', now)
    .where('u.active', '=', true)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  if (row.last_used_at === null || now.getTime() - row.last_used_at.getTime() > 60_000) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('token_hash', '=', hash).execute();
  }
  return { actor: toActor(row), expiresAt: row.expires_at };
}

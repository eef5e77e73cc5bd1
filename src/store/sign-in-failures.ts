import { sql, type Kysely } from 'kysely';
import { blockAfter, DEVICE_FAILURES_ALLOWED, FORGET_FAILURES_MS, type ThrottleRule } from '../auth/throttle.ts';
import type { Database } from './schema.ts';

// The counters behind the sign-in throttle (auth/throttle.ts), in the database so that every
// process sees the same counts and a restart forgets nothing.

/** The latest moment any of the keys is blocked until, if later than now. */
export async function blockedUntil(db: Kysely<Database>, keys: readonly string[], now: Date): Promise<Date | undefined> {
  if (keys.length === 0) return undefined;
  const row = await db
    .selectFrom('sign_in_failures')
    .select((eb) => eb.fn.max('blocked_until').as('until'))
    .where('key', 'in', keys)
    .where('blocked_until', '>', now)
    .executeTakeFirst();
  return row?.until ?? undefined;
}

/** Counts a failure under the key (starting over after a quiet day) and blocks as the rule says. */
export async function recordFailure(db: Kysely<Database>, key: string, rule: ThrottleRule, now: Date): Promise<void> {
  const forgotten = new Date(now.getTime() - FORGET_FAILURES_MS);
  const row = await db
    .insertInto('sign_in_failures')
    .values({ key, failures: 1, last_failure_at: now, blocked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql`case when sign_in_failures.last_failure_at < ${forgotten} then 1 else sign_in_failures.failures + 1 end`,
        last_failure_at: now,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  const block = blockAfter(row.failures, rule);
  if (block > 0) await db.updateTable('sign_in_failures').set({ blocked_until: new Date(now.getTime() + block) }).where('key', '=', key).execute();
}

export async function clearFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
}

// Trusted devices: a browser where the account signed in (decision 0015).

export async function insertTrustedDevice(db: Kysely<Database>, input: { idHash: string; userId: string; expiresAt: Date }): Promise<void> {
  await db.insertInto('trusted_devices').values({ id_hash: input.idHash, user_id: input.userId, expires_at: input.expiresAt }).execute();
}

/** Which of these device ids (hashed) is a live trusted device of the user. */
export async function trustedDeviceOf(db: Kysely<Database>, idHashes: readonly string[], userId: string, now: Date): Promise<string | undefined> {
  if (idHashes.length === 0) return undefined;
  const row = await db
    .selectFrom('trusted_devices')
    .select('id_hash')
    .where('id_hash', 'in', idHashes)
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row?.id_hash;
}

/** Counts a failure on a trusted device; past the allowance it is trusted no more. */
export async function recordDeviceFailure(db: Kysely<Database>, idHash: string): Promise<void> {
  const row = await db
    .updateTable('trusted_devices')
    .set((eb) => ({ failures: eb('failures', '+', 1) }))
    .where('id_hash', '=', idHash)
    .returning('failures')
    .executeTakeFirst();
  if (row !== undefined && row.failures >= DEVICE_FAILURES_ALLOWED) await db.deleteFrom('trusted_devices').where('id_hash', '=', idHash).execute();
}

export async function resetDeviceFailures(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.updateTable('trusted_devices').set({ failures: 0 }).where('id_hash', '=', idHash).execute();
}

/** A user's devices are trusted no more: a new password, a reset second factor, a deactivation. */
export async function forgetTrustedDevices(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('trusted_devices').where('user_id', '=', userId).execute();
}

import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * The key CSRF tokens are bound to their session with: one per installation, so that every process
 * serving it accepts the tokens of the others; made the first time it is needed.
 */
export async function csrfHmacKey(db: Kysely<Database>): Promise<string> {
  await db
    .insertInto('installation_secrets')
    .values({ name: 'csrf-hmac', value: randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('installation_secrets').select('value').where('name', '=', 'csrf-hmac').executeTakeFirstOrThrow();
  return row.value;
}

/** Whether the installation has demo accounts (the sign-in page says what they are). */
export async function hasDemoAccounts(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('demo', '=', true).where('active', '=', true).executeTakeFirst()) !== undefined;
}

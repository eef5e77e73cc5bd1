import { sql, type Kysely } from 'kysely';

// Accounts (issue 13, decisions 0015 and 0016): a user can be deactivated, has a TOTP second factor
// with recovery codes, is invited by a one-time link that expires; sessions go through the second
// factor and time out when idle; API tokens expire and are listed by id; failed sign-ins are counted
// per account, per address and per trusted device. Every secret (invitation, device, recovery code)
// is stored as its SHA-256 only, as sessions and tokens already are.

/** The accounts the demo seed made (seed-demo.ts): they keep signing in with their password alone. */
const DEMO_EMAILS = [
  'medewerker@delinde.example',
  'regievoerder@delinde.example',
  'beheerder@delinde.example',
  'beoordelaar@groningen.example',
  'zorgadviseur@vgz.example',
  'medisch.adviseur@vgz.example',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('totp_secret', 'text')
    .addColumn('totp_enrolled_at', 'timestamptz')
    // The last time step a code was accepted for: a code is good once (RFC 6238 §5.2).
    .addColumn('totp_last_step', 'bigint')
    .addColumn('password_changed_at', 'timestamptz')
    .execute();
  await sql`update users set demo = true where email in (${sql.join(DEMO_EMAILS)}) and password_hash is not null`.execute(db);

  await db.schema
    .createTable('recovery_codes')
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addPrimaryKeyConstraint('recovery_codes_pkey', ['user_id', 'code_hash'])
    .execute();

  await db.schema
    .createTable('invitations')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    // Who made it, as the access log names them (a user id, or os:… for the operator).
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('invitations_user_idx').on('invitations').column('user_id').execute();

  // A browser where the account signed in before: its attempts are not held back by a flood of
  // failures on the account or from its address (decision 0015).
  await db.schema
    .createTable('trusted_devices')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('trusted_devices_user_idx').on('trusted_devices').column('user_id').execute();

  await db.schema
    .createTable('sign_in_failures')
    // 'account:<sha-256 of the e-mail address>' or 'address:<ip>'; no personal data in the key.
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'timestamptz', (c) => c.notNull())
    .addColumn('blocked_until', 'timestamptz')
    .execute();

  await db.schema
    .alterTable('sessions')
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // A session is only signed in after the second factor; before that it may only finish signing in.
    .addColumn('stage', 'text', (c) => c.notNull().defaultTo('signed-in').check(sql`stage in ('second-factor', 'enrol', 'signed-in')`))
    .execute();

  await db.schema
    .alterTable('api_tokens')
    .addColumn('id', 'uuid', (c) => c.defaultTo(sql`gen_random_uuid()`))
    .addColumn('expires_at', 'timestamptz')
    .addColumn('last_used_at', 'timestamptz')
    .execute();
  // Tokens from before had no end: they get the default lifetime from now.
  await sql`update api_tokens set id = gen_random_uuid() where id is null`.execute(db);
  await sql`update api_tokens set expires_at = now() + interval '30 days' where expires_at is null`.execute(db);
  await sql`alter table api_tokens alter column id set not null, alter column expires_at set not null`.execute(db);
  await sql`create unique index api_tokens_id_idx on api_tokens (id)`.execute(db);
  await db.schema.createIndex('api_tokens_user_idx').on('api_tokens').column('user_id').execute();

  // Secrets of the installation itself, made on first use (store/installation-secrets.ts), so that a
  // database that has only been migrated stays empty (a restore goes into it without --force).
  await db.schema
    .createTable('installation_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

import { sql, type Kysely } from 'kysely';

// Sign-in sessions of the web pages, kept in the database so that any application process can
// serve any request. Only the SHA-256 of the session id is stored: a copy of the database does not
// let anyone take over a session. Also the index in the exact order of 'Mijn casussen' (most urgent
// deadline first), so a page deep into thousands of cases is read off the index instead of sorted.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
  await sql`create index cases_list_order_idx on cases (organisation_id, next_deadline, created_at desc, id)`.execute(db);
}

import { sql, type Kysely } from 'kysely';

// Issue 15: the care agreement of seed 004 around the procedure.
//
// First, tasks (decision 0017): something a provider's staff must do, made by the application
// (the second no-show: 'neem contact op met de gemeente', seed 004 §7) or, later, by a funder's
// question (issue 11) or a client's request (issue 14). A task that must exist once whatever
// happens twice (two processes recording the same no-show, a retried request) carries a dedupe
// key: its unique index makes the second insert a no-op, on PGlite and PostgreSQL alike.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tasks')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('case_id', 'uuid', (c) => c.references('cases.id'))
    .addColumn('client_id', 'uuid', (c) => c.references('clients.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_on', 'date')
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('open').check(sql`state in ('open', 'done')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('done_at', 'timestamptz')
    .addColumn('done_by', 'uuid', (c) => c.references('users.id'))
    // Done means done by someone at some moment; open means neither.
    .addCheckConstraint('tasks_done_check', sql`(state = 'done') = (done_at is not null)`)
    .execute();
  await sql`create index tasks_open_idx on tasks (organisation_id, due_on, created_at) where state = 'open'`.execute(db);
  await sql`create index tasks_client_idx on tasks (client_id) where client_id is not null`.execute(db);
}

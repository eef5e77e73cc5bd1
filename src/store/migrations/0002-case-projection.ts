import { sql, type Kysely } from 'kysely';

// What lists and overviews need of the assessment, kept beside the case so they never assess
// thousands of dossiers per request: whether the case may be submitted, its next open deadline,
// and every deadline as a row. Rewritten from `assess` in the same transaction as each append or
// import (commands/refresh-projection.ts), so it can never disagree with a committed dossier.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('cases')
    .addColumn('can_submit', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('next_deadline', 'date')
    .addColumn('assessed_on', 'date')
    .execute();

  await db.schema
    .createTable('case_deadlines')
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('deadline_id', 'text', (c) => c.notNull())
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('met', 'boolean', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('start_event', 'text', (c) => c.notNull())
    .addColumn('counting', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('source_seed', 'text', (c) => c.notNull())
    .addColumn('source_quote', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_deadlines_case_idx').on('case_deadlines').column('case_id').execute();
  await sql`create index case_deadlines_open_idx on case_deadlines (organisation_id, due_date) where not met`.execute(db);
  await sql`create index cases_next_deadline_idx on cases (organisation_id, next_deadline)`.execute(db);
}

import { sql, type Kysely } from 'kysely';

// Issue 16 (performance and scale, decision 0022). The case list reads its page from an index in
// its own order. The projection job finds the cases whose
// projection was assessed before today by an index, and knows which version of the regimes' rules
// the projections were made with, so a change of the rules makes every projection stale once.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index cases_assessed_on_idx on cases (assessed_on)`.execute(db);
  // The case list in its own order (store/cases.ts, LIST_ORDER): a page is a range of this index,
  // not a sort of every case of the organisation.
  await sql`create index cases_list_idx on cases (organisation_id, next_deadline asc nulls last, created_at desc, id)`.execute(db);
  await db.schema
    .createTable('projection_state')
    .addColumn('id', 'boolean', (c) => c.primaryKey().defaultTo(true).check(sql`id`))
    .addColumn('rules_version', 'text', (c) => c.notNull())
    .execute();
  // Unknown until the job first runs: it then marks every projection stale once and records the version.
  await sql`insert into projection_state (id, rules_version) values (true, '')`.execute(db);
}

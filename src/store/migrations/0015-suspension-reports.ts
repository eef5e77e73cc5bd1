import { sql, type Kysely } from 'kysely';

// Suspension reports (issue 11, point 8; seed 002 'Zorgopschorting' step 4): a provider reports a
// suspension of a VGZ case to the insurer it is addressed to; the insurer's zorgadviseur may pass
// it on, anonymised, to Zorginkoop. The report keeps what was reported as it was (the dossier's
// facts and the provider's words at that moment); passing it on stores exactly what Zorginkoop
// sees. The database refuses to change what was reported, to pass a report on twice, or to remove
// a report, whatever code runs against it.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('suspension_reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('funder_organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('reported_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('reported_at', 'timestamptz', (c) => c.notNull())
    .addColumn('anonymised', 'jsonb')
    .addColumn('passed_on_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('passed_on_at', 'timestamptz')
    .addCheckConstraint('suspension_reports_passed_on', sql`(anonymised is null) = (passed_on_at is null)`)
    .execute();
  await db.schema.createIndex('suspension_reports_funder_idx').on('suspension_reports').columns(['funder_organisation_id', 'reported_at']).execute();
  await db.schema.createIndex('suspension_reports_case_idx').on('suspension_reports').columns(['case_id', 'reported_at']).execute();

  await sql`
    create function suspension_reports_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'a suspension report is kept: DELETE is not allowed';
      end if;
      if old.passed_on_at is not null then
        raise exception 'a suspension report that was passed on is immutable';
      end if;
      if (new.id, new.case_id, new.organisation_id, new.funder_organisation_id, new.content, new.reported_by, new.reported_at)
         is distinct from (old.id, old.case_id, old.organisation_id, old.funder_organisation_id, old.content, old.reported_by, old.reported_at) then
        raise exception 'what was reported does not change';
      end if;
      return new;
    end;
    $$`.execute(db);
  await sql`create trigger suspension_reports_guard before update or delete on suspension_reports for each row execute function suspension_reports_guard()`.execute(db);
}

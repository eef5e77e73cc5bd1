import { sql, type Kysely } from 'kysely';

// A destruction (decision 0023) must reach a case's suspension reports too: the guard of
// migrations/0015 refused every DELETE, so a file with a report could never be destroyed. The guard
// now lets a DELETE through only for the case named in `zorgvuldig.destroying` (migrations/0012),
// as the other append-only tables do; what was reported still never changes otherwise.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function suspension_reports_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        if destroying_case(old.case_id) then return old; end if;
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
}

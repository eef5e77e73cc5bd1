import { sql, type Kysely } from 'kysely';

// Issue 14 (decisions 0020 and 0023): the client's own account and their legal representatives',
// entries the provider withholds from the client (seed 004 §3), the client's requests (a
// correction, destruction) with their deadlines, the recorded exceptions to retention and
// destruction, and the record a destruction leaves.
//
// Destruction is the one thing allowed to delete what is otherwise append-only (entries, sent
// letters, withholdings, exceptions): the triggers let a DELETE through only inside a transaction
// that set `zorgvuldig.destroying` to the case being destroyed (commands/retention), and only rows
// of that case. An UPDATE stays refused always.

export async function up(db: Kysely<unknown>): Promise<void> {
  // A client's account: role 'client' with the client it belongs to. A legal representative has an
  // account of their own with the client they act for and the ground (curator, mentor, parent …).
  await db.schema
    .alterTable('users')
    .addColumn('client_id', 'uuid', (c) => c.references('clients.id'))
    .addColumn('representation_ground', 'text')
    .execute();
  await sql`alter table users add constraint users_client_account check ((role = 'client') = (client_id is not null))`.execute(db);
  await sql`alter table users add constraint users_representative_is_client check (representation_ground is null or role = 'client')`.execute(db);
  await sql`create index users_client_idx on users (client_id) where client_id is not null`.execute(db);

  // The destruction guard, shared by every append-only table of a case.
  await sql`
    create function destroying_case(target uuid) returns boolean language sql stable as $$
      select coalesce(current_setting('zorgvuldig.destroying', true), '') = target::text
    $$`.execute(db);
  await sql`drop trigger entries_append_only on entries`.execute(db);
  await sql`
    create function entries_destroyable() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' and destroying_case(old.case_id) then return old; end if;
      raise exception 'dossier entries are append-only: % is not allowed', tg_op;
    end;
    $$`.execute(db);
  await sql`create trigger entries_append_only before update or delete on entries for each row execute function entries_destroyable()`.execute(db);
  await sql`create trigger entries_no_truncate before truncate on entries for each statement execute function entries_are_append_only()`.execute(db);
  await sql`drop trigger sent_letters_immutable on letters`.execute(db);
  await sql`
    create function sent_letters_destroyable() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' and destroying_case(old.case_id) then return old; end if;
      raise exception 'a sent letter is immutable: % is not allowed', tg_op;
    end;
    $$`.execute(db);
  await sql`
    create trigger sent_letters_immutable before update or delete on letters
    for each row when (old.status = 'sent') execute function sent_letters_destroyable()`.execute(db);

  // The requests to the funder (0010) and their records: never deleted, except by a destruction of
  // their case. Their triggers keep refusing changes; a DELETE now meets a trigger of its own.
  // One function per table shape: plpgsql cannot name a column another table lacks.
  await sql`
    create function funder_request_destroyable() returns trigger language plpgsql as $$
    begin
      if destroying_case(old.case_id) then return old; end if;
      raise exception 'a request to the funder is never deleted';
    end;
    $$`.execute(db);
  await sql`
    create function funder_request_record_destroyable() returns trigger language plpgsql as $$
    begin
      if destroying_case((select case_id from funder_requests where id = old.request_id)) then return old; end if;
      raise exception 'a record of a request to the funder is never deleted';
    end;
    $$`.execute(db);
  const requestTriggers: [string, string, string][] = [
    ['funder_requests', 'funder_requests_frozen', 'funder_request_frozen'],
    ['funder_request_questions', 'funder_request_questions_fixed', 'funder_request_question_answered_once'],
    ['funder_request_objections', 'funder_request_objections_fixed', 'funder_request_objection_decided_once'],
    ['funder_request_hearings', 'funder_request_hearings_fixed', 'funder_request_record_fixed'],
    ['funder_request_advice', 'funder_request_advice_fixed', 'funder_request_record_fixed'],
  ];
  for (const [table, trigger, fn] of requestTriggers) {
    await sql`drop trigger ${sql.id(trigger)} on ${sql.table(table)}`.execute(db);
    await sql`create trigger ${sql.id(trigger)} before update on ${sql.table(table)} for each row execute function ${sql.id(fn)}()`.execute(db);
    const guard = table === 'funder_requests' ? 'funder_request_destroyable' : 'funder_request_record_destroyable';
    await sql`create trigger ${sql.id(`${table}_destroyable`)} before delete on ${sql.table(table)} for each row execute function ${sql.id(guard)}()`.execute(db);
  }

  await sql`
    create function case_records_destroyable() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' and destroying_case(old.case_id) then return old; end if;
      raise exception '% is append-only: % is not allowed', tg_table_name, tg_op;
    end;
    $$`.execute(db);

  // An entry the client does not get to see, with the reason of seed 004 §3. Recorded once, never
  // changed: the client sees that something was withheld and why, not what.
  await db.schema
    .createTable('withheld_entries')
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('entry_key', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`reason in ('privacy-other', 'domestic-violence', 'child-abuse')`))
    .addColumn('recorded_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('withheld_entries_pkey', ['case_id', 'entry_key'])
    .execute();
  await sql`create trigger withheld_entries_append_only before update or delete on withheld_entries for each row execute function case_records_destroyable()`.execute(db);

  // A request of the client's (or their representative's): a correction of an entry, or the
  // destruction of the file. The provider answers by its due date; the answer is what the client reads.
  await db.schema
    .createTable('client_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('correction', 'destruction')`))
    .addColumn('entry_key', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull())
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome in ('granted', 'refused')`))
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('answered_at', 'timestamptz')
    .addCheckConstraint('client_requests_answered', sql`(outcome is null) = (answer is null and answered_at is null)`)
    .addCheckConstraint('client_requests_correction_names_entry', sql`(kind = 'correction') = (entry_key is not null)`)
    .execute();
  await sql`create index client_requests_open_idx on client_requests (organisation_id, due_on) where outcome is null`.execute(db);
  await sql`create index client_requests_case_idx on client_requests (case_id, requested_at)`.execute(db);

  // Why a file is kept longer than 15 years, or not destroyed on request (seed 004 §3): recorded,
  // never changed; the client is told which applies.
  await db.schema
    .createTable('retention_exceptions')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('longer-retention', 'important-to-other', 'wmo-obligation', 'legal-hold')`),
    )
    .addColumn('reason', 'text', (c) => c.notNull())
    /** Until when the file is kept; null: until recorded otherwise. */
    .addColumn('until', 'date')
    .addColumn('recorded_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`create trigger retention_exceptions_append_only before update or delete on retention_exceptions for each row execute function case_records_destroyable()`.execute(db);

  // What is left of a destroyed file: that it was, when, on whose request, under which clause. The
  // case and client ids are the pseudonyms the access log's rows carry; nothing here names anyone.
  await db.schema
    .createTable('destructions')
    .addColumn('case_id', 'uuid', (c) => c.primaryKey())
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('client_pseudonym', 'uuid', (c) => c.notNull())
    .addColumn('destroyed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ground', 'text', (c) => c.notNull().check(sql`ground in ('request', 'retention-ended')`))
    .addColumn('requested_at', 'timestamptz')
    .addColumn('clause', 'text', (c) => c.notNull())
    .execute();
  await sql`
    create function destructions_are_final() returns trigger language plpgsql as $$
    begin
      raise exception 'a destruction record is final: % is not allowed', tg_op;
    end;
    $$`.execute(db);
  await sql`create trigger destructions_final before update or delete on destructions for each statement execute function destructions_are_final()`.execute(db);
}

import { sql, type Kysely } from 'kysely';

// The request to the funder as the funder handles it (issue 11, decision record 0013): the request
// with a frozen copy of the dossier and assessment as they were when it was submitted (and the
// request PDF with its hash), the questions and answers, the hearings, the medical advice, the
// decision (its letter PDF with its hash) and the objection; and which funders a provider has a
// contract with per regime, which a submission is checked against. What was frozen or sent never
// changes: the database refuses it, whatever code runs against it.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('funder_contracts')
    .addColumn('provider_organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('funder_organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('regime', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('funder_contracts_pk', ['provider_organisation_id', 'funder_organisation_id', 'regime'])
    .execute();
  await db.schema.createIndex('funder_contracts_funder_idx').on('funder_contracts').columns(['funder_organisation_id']).execute();

  await db.schema
    .createTable('funder_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('provider_organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('funder_organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id'))
    .addColumn('team_id', 'uuid', (c) => c.references('teams.id'))
    .addColumn('regime', 'text', (c) => c.notNull())
    .addColumn('procedure', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('submitted', 'information-requested', 'under-review', 'decided', 'objection', 'closed', 'withdrawn')`),
    )
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('received_on', 'date', (c) => c.notNull())
    .addColumn('submitted_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('continuity_proposal', 'text', (c) => c.notNull())
    .addColumn('no_other_provider', 'boolean', (c) => c.notNull())
    .addColumn('override_reason', 'text')
    .addColumn('snapshot', 'jsonb', (c) => c.notNull())
    .addColumn('request_pdf', 'bytea', (c) => c.notNull())
    .addColumn('request_sha256', 'text', (c) => c.notNull())
    .addColumn('decision_deadline', 'date', (c) => c.notNull())
    .addColumn('deadline_explanation', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decided_on', 'date')
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('decision', 'text', (c) => c.check(sql`decision in ('accepted', 'accepted-with-conditions', 'rejected')`))
    .addColumn('decision_detail', 'jsonb')
    .addColumn('decision_pdf', 'bytea')
    .addColumn('decision_sha256', 'text')
    .addColumn('objection_deadline', 'date')
    .addColumn('closed_at', 'timestamptz')
    .addCheckConstraint(
      'funder_requests_decision_complete',
      sql`(decision is null) = (decided_at is null) and (decision is null) = (decision_pdf is null) and (decision is null) = (decision_sha256 is null)`,
    )
    .execute();
  await db.schema.createIndex('funder_requests_funder_idx').on('funder_requests').columns(['funder_organisation_id', 'decision_deadline']).execute();
  await db.schema.createIndex('funder_requests_case_idx').on('funder_requests').columns(['case_id', 'submitted_at']).execute();
  // One request awaiting a decision per case at a time.
  await sql`create unique index funder_requests_one_pending on funder_requests (case_id) where state in ('submitted', 'information-requested', 'under-review')`.execute(db);

  await sql`
    create function funder_request_frozen() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'a request to the funder is never deleted';
      end if;
      if new.snapshot is distinct from old.snapshot or new.request_pdf is distinct from old.request_pdf
         or new.request_sha256 is distinct from old.request_sha256 or new.submitted_at is distinct from old.submitted_at
         or new.case_id is distinct from old.case_id or new.funder_organisation_id is distinct from old.funder_organisation_id then
        raise exception 'the frozen copy of a request to the funder never changes';
      end if;
      if old.decision is not null and (new.decision is distinct from old.decision or new.decision_pdf is distinct from old.decision_pdf
         or new.decision_sha256 is distinct from old.decision_sha256 or new.decided_at is distinct from old.decided_at
         or new.decision_detail is distinct from old.decision_detail) then
        raise exception 'a decision that was sent never changes';
      end if;
      return new;
    end;
    $$`.execute(db);
  await sql`create trigger funder_requests_frozen before update or delete on funder_requests for each row execute function funder_request_frozen()`.execute(db);

  const child = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('request_id', 'uuid', (c) => c.notNull().references('funder_requests.id'))
      .addColumn('recorded_by', 'uuid', (c) => c.references('users.id'))
      .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`));

  await child('funder_request_questions')
    .addColumn('asked_on', 'date', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    /** The information-request entry the question made in the provider's dossier; the answer corrects it. */
    .addColumn('entry_key', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_on', 'date')
    .addColumn('answered_by', 'uuid', (c) => c.references('users.id'))
    .addCheckConstraint('funder_request_questions_answered', sql`(answer is null) = (answered_on is null)`)
    .execute();
  await child('funder_request_hearings')
    .addColumn('held_on', 'date', (c) => c.notNull())
    .addColumn('heard', 'text', (c) => c.notNull().check(sql`heard in ('client', 'representative')`))
    .addColumn('summary', 'text', (c) => c.notNull())
    .execute();
  await child('funder_request_advice')
    .addColumn('advised_on', 'date', (c) => c.notNull())
    .addColumn('well_founded', 'boolean', (c) => c.notNull())
    .addColumn('reasoning', 'text', (c) => c.notNull())
    .execute();
  // The funder decides on an objection with a new decision, which replaces the first (the Awb's
  // reconsideration as the model); its letter is stored with its hash like the first one's.
  await child('funder_request_objections')
    .addColumn('filed_on', 'date', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('decision', 'text', (c) => c.check(sql`decision in ('accepted', 'accepted-with-conditions', 'rejected')`))
    .addColumn('decision_detail', 'jsonb')
    .addColumn('decision_pdf', 'bytea')
    .addColumn('decision_sha256', 'text')
    .addCheckConstraint(
      'funder_request_objections_decision_complete',
      sql`(decision is null) = (decided_at is null) and (decision is null) = (decision_pdf is null) and (decision is null) = (decision_sha256 is null)`,
    )
    .execute();
  for (const name of ['funder_request_questions', 'funder_request_hearings', 'funder_request_advice', 'funder_request_objections']) {
    await db.schema.createIndex(`${name}_request_idx`).on(name).columns(['request_id']).execute();
  }
  // What the funder heard and advised, and what the provider objected, is a record: never changed
  // or removed. A question gets its answer once and an objection its decision once: only those
  // updates are allowed (one function per table: plpgsql cannot name a column another table lacks).
  const fixed = async (name: string, table: string, allowed: string) => {
    await sql`
      create function ${sql.id(name)}() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and ${sql.raw(allowed)} then
          return new;
        end if;
        raise exception 'a record of a request to the funder is never changed: % is not allowed', tg_op;
      end;
      $$`.execute(db);
    await sql`create trigger ${sql.id(`${table}_fixed`)} before update or delete on ${sql.table(table)} for each row execute function ${sql.id(name)}()`.execute(db);
  };
  await fixed(
    'funder_request_question_answered_once',
    'funder_request_questions',
    'old.answer is null and new.question = old.question and new.asked_on = old.asked_on and new.request_id = old.request_id and new.entry_key = old.entry_key',
  );
  await fixed(
    'funder_request_objection_decided_once',
    'funder_request_objections',
    'old.decision is null and new.reasons = old.reasons and new.filed_on = old.filed_on and new.request_id = old.request_id',
  );
  await fixed('funder_request_record_fixed', 'funder_request_hearings', 'false');
  await sql`create trigger funder_request_advice_fixed before update or delete on funder_request_advice for each row execute function funder_request_record_fixed()`.execute(db);
}

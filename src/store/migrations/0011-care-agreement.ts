import { sql, type Kysely } from 'kysely';

// Issue 15: the care agreement of seed 004 around the procedure.
//
// First, tasks (decision 0017): something a provider's staff must do, made by the application
// (the second no-show: 'neem contact op met de gemeente', seed 004 §7) or, later, by a funder's
// question (issue 11) or a client's request (issue 14). A task that must exist once whatever
// happens twice (two processes recording the same no-show, a retried request) carries a dedupe
// key: its unique index makes the second insert a no-op, on PGlite and PostgreSQL alike.
//
// Then the agreement itself (decision 0018), per client of a provider: its start, the municipality
// whose rules apply and its ordinary end; the appointments (support moments) with what became of
// them; the self-paid invoices with their reminder and payment; the support plan's versions and its
// evaluations. What is recorded is the fact as it happened (the moment a cancellation reached the
// provider, the day a reminder was received); what follows from it (a no-show, what is owed, the
// next evaluation) is computed by src/domain/agreement/ whenever it is shown.

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

  await db.schema
    .createTable('care_agreements')
    .addColumn('client_id', 'uuid', (c) => c.primaryKey().references('clients.id'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('started_on', 'date', (c) => c.notNull())
    // CBS gemeentecode of the municipality whose rules apply (MUNICIPAL_RULES); null: none of its own.
    .addColumn('municipality_code', 'text', (c) => c.check(sql`municipality_code ~ '^[0-9]{4}$'`))
    // The ordinary end (004 §1): the facts as given, and the effect computed when it was recorded.
    .addColumn('end_facts', 'jsonb')
    .addColumn('end_effect', 'jsonb')
    .addColumn('ended_on', 'date')
    .addColumn('end_recorded_at', 'timestamptz')
    .addColumn('end_recorded_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('appointments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('care_agreements.client_id'))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull().check(sql`duration_minutes between 1 and 1440`))
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('rate_cents_per_hour', 'integer', (c) => c.notNull().check(sql`rate_cents_per_hour >= 0`))
    .addColumn('funding', 'text', (c) => c.notNull().check(sql`funding in ('municipality', 'client')`))
    // The moment the cancellation reached the provider, and by whom; 'agreement-end': cancelled
    // without charge because the agreement ended before it.
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('cancelled_by', 'text', (c) => c.check(sql`cancelled_by in ('client', 'provider', 'agreement-end')`))
    .addColumn('attendance', 'text', (c) => c.check(sql`attendance in ('attended', 'absent')`))
    .addColumn('force_majeure', 'text')
    .addColumn('sick_since', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addCheckConstraint('appointments_cancellation_check', sql`(cancelled_at is null) = (cancelled_by is null)`)
    .execute();
  await sql`create index appointments_client_idx on appointments (client_id, starts_at)`.execute(db);

  await db.schema
    .createTable('invoices')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('care_agreements.client_id'))
    .addColumn('month', 'text', (c) => c.notNull().check(sql`month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`))
    .addColumn('invoice_date', 'date', (c) => c.notNull())
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('total_cents', 'integer', (c) => c.notNull().check(sql`total_cents > 0`))
    // One line per support moment as invoiced (what, minutes, rate, amount): never recomputed.
    .addColumn('lines', 'jsonb', (c) => c.notNull())
    .addColumn('reminder_sent_on', 'date')
    .addColumn('reminder_received_on', 'date')
    .addColumn('reminder_states_costs', 'boolean')
    .addColumn('paid_on', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    // A month is invoiced once.
    .addUniqueConstraint('invoices_client_month_key', ['client_id', 'month'])
    .execute();

  await db.schema
    .createTable('support_plan_versions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('care_agreements.client_id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('agreed_on', 'date', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    // Versions follow each other: two colleagues saving at once cannot both make version n.
    .addUniqueConstraint('support_plan_versions_client_version_key', ['client_id', 'version'])
    .execute();

  await db.schema
    .createTable('support_plan_evaluations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('care_agreements.client_id'))
    .addColumn('evaluated_on', 'date', (c) => c.notNull())
    .addColumn('with_client', 'boolean', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .execute();
}

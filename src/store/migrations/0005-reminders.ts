import { sql, type Kysely } from 'kysely';

// Issue 4: who a request is addressed to, teams, personal calendar feeds, and reminders that go out
// exactly once. A reminder is one row per (recipient, case, deadline, due date): the unique
// key is what makes a second claim impossible, however many processes scan at once; the row is
// also the in-app notification and, when SMTP is configured, the outbox entry of its e-mail.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('teams')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('teams_organisation_name_key', ['organisation_id', 'name'])
    .execute();
  await db.schema.alterTable('users').addColumn('team_id', 'uuid', (c) => c.references('teams.id')).execute();
  await db.schema
    .alterTable('cases')
    .addColumn('team_id', 'uuid', (c) => c.references('teams.id'))
    .addColumn('funder_organisation_id', 'uuid', (c) => c.references('organisations.id'))
    .execute();
  await sql`create index cases_funder_idx on cases (funder_organisation_id) where funder_organisation_id is not null`.execute(db);

  // The overview filters deadlines by team and, for a funder, by the funder a request goes to. Kept
  // on each deadline row (a trigger copies them from the case when the projection writes the row;
  // store/case-routing.ts updates them when the case is rerouted) so that counting and paging
  // 60,000 open deadlines is an index-only scan instead of a join with every case.
  await db.schema
    .alterTable('case_deadlines')
    .addColumn('team_id', 'uuid')
    .addColumn('funder_organisation_id', 'uuid')
    // Set once the reminder job has made this deadline's reminders, so its scan only reads what is
    // new. A row the projection rewrites starts unreminded again; the reminders' unique key keeps
    // that from reminding anyone twice.
    .addColumn('reminded', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await sql`create index case_deadlines_to_remind_idx on case_deadlines (due_date) where not met and not reminded`.execute(db);
  await sql`
    create function case_deadlines_routing() returns trigger language plpgsql as $$
    begin
      select team_id, funder_organisation_id into new.team_id, new.funder_organisation_id from cases where id = new.case_id;
      return new;
    end;
    $$`.execute(db);
  await sql`
    create trigger case_deadlines_routing before insert on case_deadlines
    for each row execute function case_deadlines_routing()`.execute(db);
  await sql`
    create index case_deadlines_open_org_idx on case_deadlines (organisation_id, due_date)
    include (deadline_id, team_id) where not met`.execute(db);
  await sql`
    create index case_deadlines_open_funder_idx on case_deadlines (funder_organisation_id, due_date)
    include (deadline_id) where not met and funder_organisation_id is not null`.execute(db);

  // Only the hash of a feed secret is kept: the URL is the credential, shown once.
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('secret_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await sql`create index calendar_feeds_user_idx on calendar_feeds (user_id) where revoked_at is null`.execute(db);

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('deadline_id', 'text', (c) => c.notNull())
    .addColumn('start_event', 'text', (c) => c.notNull())
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('upcoming', 'overdue')`))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('source_seed', 'text', (c) => c.notNull())
    .addColumn('source_quote', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('read_at', 'timestamptz')
    // The e-mail: null when no SMTP server was configured at the time of the reminder.
    .addColumn('mail_status', 'text', (c) =>
      c.check(sql`mail_status in ('pending', 'sending', 'sent', 'retrying', 'failed', 'unconfirmed')`),
    )
    .addColumn('mail_to', 'text')
    .addColumn('mail_message_id', 'text', (c) => c.unique())
    .addColumn('mail_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('mail_next_attempt_at', 'timestamptz')
    .addColumn('mail_sending_since', 'timestamptz')
    .addColumn('mail_sent_at', 'timestamptz')
    .addColumn('mail_last_error', 'text')
    // One reminder per deadline and recipient; a deadline that moves (a new request) is a new one.
    .addUniqueConstraint('notifications_reminder_key', ['user_id', 'case_id', 'deadline_id', 'start_event', 'due_date'])
    .execute();
  await sql`create index notifications_user_idx on notifications (user_id, created_at desc)`.execute(db);
  await sql`create index notifications_mail_due_idx on notifications (mail_next_attempt_at) where mail_status in ('pending', 'retrying')`.execute(
    db,
  );
  await sql`create index notifications_mail_sending_idx on notifications (mail_sending_since) where mail_status = 'sending'`.execute(db);
}

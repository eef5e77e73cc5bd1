import { sql, type Kysely } from 'kysely';

// Letters and the data the documents need: the client's postal address and representative, and the
// municipality's allocation that a 307 stop message copies. A letter is a draft until the
// regievoerder approves it; from then on it is what was sent: its PDF bytes and their SHA-256 are
// stored and the database refuses any change or removal of the row, whatever code runs against it.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('clients').addColumn('address', 'text').execute();
  await db.schema.alterTable('clients').addColumn('representative', 'jsonb').execute();
  await db.schema.alterTable('cases').addColumn('allocation', 'jsonb').execute();

  await db.schema
    .createTable('letters')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'sent')`))
    .addColumn('params', 'jsonb', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('drafted_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('drafted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('approved_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('sent_at', 'timestamptz')
    .addColumn('pdf', 'bytea')
    .addColumn('sha256', 'text')
    .addColumn('entry_key', 'text')
    .addCheckConstraint(
      'letters_sent_has_pdf',
      sql`(status = 'sent') = (pdf is not null and sha256 is not null and sent_at is not null)`,
    )
    .execute();
  await db.schema.createIndex('letters_case_idx').on('letters').columns(['case_id', 'drafted_at']).execute();

  await sql`
    create function sent_letters_are_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'a sent letter is immutable: % is not allowed', tg_op;
    end;
    $$`.execute(db);
  await sql`
    create trigger sent_letters_immutable before update or delete on letters
    for each row when (old.status = 'sent') execute function sent_letters_are_immutable()`.execute(db);
}

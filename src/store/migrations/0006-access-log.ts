import { sql, type Kysely } from 'kysely';

// The access log (NEN 7513, issue 10): one row per client touched by every read and write of client
// data, and by every denied attempt, in a hash chain per organisation (the one that holds the
// data). The table is append-only in the database itself, as the dossier is. The chain's head (its
// last seq and hash) lives in a row of its own: appending locks that row, so appends to one
// organisation's chain queue there while other organisations' chains never wait.
//
// append_access_log(chain, docs) appends rows in one statement: each doc is the RFC 8785 canonical
// JSON of a row's fields (access-log/chain.ts makes it); the function links each to the one before,
// hashes '{"fields":<doc>,"prevHash":"<prev>"}' (the canonical form of that object, so any JCS
// implementation can recompute it) and fills the columns from the very doc it hashed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('access_log')
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('event_time', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('action_code', 'text', (c) => c.notNull().check(sql`action_code in ('C', 'R', 'U', 'D', 'E')`))
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('user_name', 'text', (c) => c.notNull())
    .addColumn('user_role', 'text', (c) => c.notNull())
    .addColumn('user_organisation_id', 'uuid')
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('network_address', 'text', (c) => c.notNull())
    // No foreign keys: the log outlives the dossier (a destroyed client's rows stay, pseudonymous).
    .addColumn('client_id', 'uuid')
    .addColumn('case_id', 'uuid')
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('allowed', 'denied')`))
    .addColumn('reason', 'text')
    .addPrimaryKeyConstraint('access_log_pkey', ['organisation_id', 'seq'])
    .execute();
  // The Toegangslog's filters, newest first within each; a period is a range of occurred_at.
  await sql`create index access_log_client_idx on access_log (organisation_id, client_id, seq) where client_id is not null`.execute(db);
  await sql`create index access_log_case_idx on access_log (organisation_id, case_id, seq) where case_id is not null`.execute(db);
  await sql`create index access_log_user_idx on access_log (organisation_id, user_id, seq)`.execute(db);
  await sql`create index access_log_time_idx on access_log using brin (occurred_at)`.execute(db);

  await sql`
    create function access_log_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'the access log is append-only: % is not allowed', tg_op;
    end;
    $$`.execute(db);
  await sql`
    create trigger access_log_append_only before update or delete on access_log
    for each statement execute function access_log_is_append_only()`.execute(db);
  await sql`
    create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_is_append_only()`.execute(db);

  await db.schema
    .createTable('access_log_heads')
    .addColumn('organisation_id', 'uuid', (c) => c.primaryKey().references('organisations.id'))
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();

  await sql`
    create function append_access_log(chain uuid, docs text[]) returns void language plpgsql as $$
    declare
      head_seq bigint;
      head_hash text;
      seqs bigint[] := '{}';
      prevs text[] := '{}';
      hashes text[] := '{}';
      doc text;
    begin
      insert into access_log_heads (organisation_id, seq, hash) values (chain, 0, repeat('0', 64))
        on conflict (organisation_id) do nothing;
      select seq, hash into head_seq, head_hash from access_log_heads where organisation_id = chain for update;
      foreach doc in array docs loop
        if (doc::jsonb ->> 'organisationId')::uuid is distinct from chain then
          raise exception 'access log row of organisation % appended to the chain of %', doc::jsonb ->> 'organisationId', chain;
        end if;
        head_seq := head_seq + 1;
        seqs := seqs || head_seq;
        prevs := prevs || head_hash;
        head_hash := encode(sha256(convert_to('{"fields":' || doc || ',"prevHash":"' || head_hash || '"}', 'UTF8')), 'hex');
        hashes := hashes || head_hash;
      end loop;
      insert into access_log (organisation_id, seq, prev_hash, hash, event_time, occurred_at, action_code, event_type,
                              user_id, user_name, user_role, user_organisation_id, purpose, relation, network_address,
                              client_id, case_id, outcome, reason)
      select chain, r.seq, r.prev, r.hash, f ->> 'time', (f ->> 'time')::timestamptz, f ->> 'actionCode', f ->> 'eventType',
             f ->> 'userId', f ->> 'userName', f ->> 'userRole', (f ->> 'userOrganisationId')::uuid, f ->> 'purpose',
             f ->> 'relation', f ->> 'networkAddress', (f ->> 'clientId')::uuid, (f ->> 'caseId')::uuid, f ->> 'outcome',
             f ->> 'reason'
      from unnest(docs, seqs, prevs, hashes) as r(doc, seq, prev, hash), lateral (select r.doc::jsonb as f) d;
      update access_log_heads set seq = head_seq, hash = head_hash where organisation_id = chain;
    end;
    $$`.execute(db);
}

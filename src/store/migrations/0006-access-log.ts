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
//
// A transaction that has written nothing else (a read) commits its log rows without waiting for the
// disk (synchronous_commit off for that transaction only): waiting would cost a read one fsync, more
// than the read itself (decision 0007 has the figures). The rows are still committed with the read,
// all or nothing, and on disk within a fraction of a second, or at once with the next write that
// commits. A database that must have every read's row on disk before the answer sets
// zorgvuldig.access_log_sync = on (ALTER DATABASE … SET).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('access_log')
    // The chain: its head (below) belongs to an organisation; no foreign key here, whose check would
    // lock the organisation's row with every row appended.
    .addColumn('organisation_id', 'uuid', (c) => c.notNull())
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
  // The Toegangslog's filters by client (also "who read my file", issue 14) and case, newest first
  // within each; a period is a range of occurred_at (a BRIN index: rows arrive in time order). Every
  // index costs each read its insert, so a user is found by name or id along the chain instead.
  await sql`create index access_log_client_idx on access_log (organisation_id, client_id, seq) where client_id is not null`.execute(db);
  await sql`create index access_log_case_idx on access_log (organisation_id, case_id, seq) where case_id is not null`.execute(db);
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

  // One row per organisation, made with it, so appending never has to create one.
  await db.schema
    .createTable('access_log_heads')
    .addColumn('organisation_id', 'uuid', (c) => c.primaryKey().references('organisations.id'))
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    // The hash before the last append: what a single append's row links to (update … returning gives new values only).
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into access_log_heads (organisation_id, seq, hash, prev_hash) select id, 0, repeat('0', 64), repeat('0', 64) from organisations`.execute(db);
  await sql`
    create function access_log_head_of_organisation() returns trigger language plpgsql as $$
    begin
      insert into access_log_heads (organisation_id, seq, hash, prev_hash) values (new.id, 0, repeat('0', 64), repeat('0', 64));
      return new;
    end;
    $$`.execute(db);
  await sql`
    create trigger organisations_access_log_head after insert on organisations
    for each row execute function access_log_head_of_organisation()`.execute(db);

  // Each doc is hashed after the one before it. One row (a read) takes one statement on the head: its
  // update both locks it until the transaction ends and gives the hash the row links to (prev_hash).
  // More rows (a list) lock the head, link in a loop, and go in with one insert.
  await sql`
    create function append_access_log(chain uuid, docs text[]) returns void language plpgsql as $$
    declare
      head access_log_heads%rowtype;
      doc text;
      fields jsonb[] := '{}';
      seqs bigint[] := '{}';
      prevs text[] := '{}';
      hashes text[] := '{}';
      inserted integer;
    begin
      if pg_current_xact_id_if_assigned() is null and coalesce(current_setting('zorgvuldig.access_log_sync', true), '') <> 'on' then
        perform set_config('synchronous_commit', 'off', true);
      end if;
      if cardinality(docs) = 1 then
        update access_log_heads
          set seq = seq + 1, prev_hash = hash,
              hash = encode(sha256(convert_to('{"fields":' || docs[1] || ',"prevHash":"' || hash || '"}', 'UTF8')), 'hex')
          where organisation_id = chain
          returning * into head;
        fields := array[docs[1]::jsonb];
        seqs := array[head.seq];
        prevs := array[head.prev_hash];
        hashes := array[head.hash];
      else
        select * into head from access_log_heads where organisation_id = chain for update;
        foreach doc in array docs loop
          head.seq := head.seq + 1;
          head.prev_hash := head.hash;
          head.hash := encode(sha256(convert_to('{"fields":' || doc || ',"prevHash":"' || head.hash || '"}', 'UTF8')), 'hex');
          fields := fields || doc::jsonb;
          seqs := seqs || head.seq;
          prevs := prevs || head.prev_hash;
          hashes := hashes || head.hash;
        end loop;
        update access_log_heads set seq = head.seq, prev_hash = head.prev_hash, hash = head.hash where organisation_id = chain;
      end if;
      if head.organisation_id is null then raise exception 'organisation % has no access log', chain; end if;
      insert into access_log (organisation_id, seq, prev_hash, hash, event_time, occurred_at, action_code, event_type,
                              user_id, user_name, user_role, user_organisation_id, purpose, relation, network_address,
                              client_id, case_id, outcome, reason)
      select chain, r.seq, r.prev, r.hash, r.f ->> 'time', (r.f ->> 'time')::timestamptz, r.f ->> 'actionCode', r.f ->> 'eventType',
             r.f ->> 'userId', r.f ->> 'userName', r.f ->> 'userRole', (r.f ->> 'userOrganisationId')::uuid, r.f ->> 'purpose',
             r.f ->> 'relation', r.f ->> 'networkAddress', (r.f ->> 'clientId')::uuid, (r.f ->> 'caseId')::uuid, r.f ->> 'outcome',
             r.f ->> 'reason'
      from unnest(fields, seqs, prevs, hashes) as r(f, seq, prev, hash)
      where (r.f ->> 'organisationId')::uuid = chain;
      get diagnostics inserted = row_count;
      if inserted <> cardinality(docs) then
        raise exception 'an access log row of another organisation was appended to the chain of %', chain;
      end if;
    end;
    $$`.execute(db);
}

import { boundedCount, type BoundedTotal } from './bounded-count.ts';
import { randomBytes } from 'node:crypto';
import { CompiledQuery, sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { AccessLogFields, StoredRow } from '../access-log/chain.ts';
import type { ActionCode } from '../access-log/events.ts';
import { WITH_COMMIT } from './commit-tail.ts';
import { isUuid } from './ids.ts';
import type { AccessLogTable, Database } from './schema.ts';

// The access log's queries. Rows are only ever added by the database function append_access_log
// (migrations/0006-access-log.ts), which chains them; nothing here can change or remove one.

type Db = Kysely<Database> | Transaction<Database>;

/** A string as a dollar-quoted literal, with a tag it does not contain (immune to quotes and backslashes). */
function dollarQuoted(text: string): string {
  let tag = '$zlog$';
  while (text.includes(tag)) tag = `$z${randomBytes(4).toString('hex')}$`;
  return `${tag}${text}${tag}`;
}

/**
 * Appends rows, each given as the canonical JSON of its fields, to their organisations' chains: one
 * statement per chain, chains in a fixed order (so two transactions that both touch the same two
 * chains cannot deadlock), sent with the transaction's COMMIT (commit-tail.ts). Each chain's head
 * stays locked until the commit, so call this as the last thing the transaction does.
 */
export async function appendAccessLog(trx: Transaction<Database>, docs: readonly { organisationId: string; doc: string }[]): Promise<void> {
  const byChain = new Map<string, string[]>();
  for (const { organisationId, doc } of docs) byChain.set(organisationId, [...(byChain.get(organisationId) ?? []), doc]);
  for (const chain of [...byChain.keys()].sort()) {
    if (!isUuid(chain)) throw new Error(`access log: ${chain} is no organisation id`);
    const rows = (byChain.get(chain) as string[]).map(dollarQuoted).join(', ');
    // Literals, no parameters: so it can travel in one message with the COMMIT.
    await trx.executeQuery(CompiledQuery.raw(`${WITH_COMMIT}select append_access_log('${chain}'::uuid, array[${rows}]::text[])`));
  }
}

type FieldColumns = Omit<Selectable<AccessLogTable>, 'seq' | 'prev_hash' | 'hash' | 'occurred_at'>;

function fieldsOf(row: FieldColumns): AccessLogFields {
  return {
    organisationId: row.organisation_id,
    time: row.event_time,
    actionCode: row.action_code as ActionCode,
    eventType: row.event_type,
    userId: row.user_id,
    userName: row.user_name,
    userRole: row.user_role,
    userOrganisationId: row.user_organisation_id,
    purpose: row.purpose,
    relation: row.relation,
    networkAddress: row.network_address,
    clientId: row.client_id,
    caseId: row.case_id,
    outcome: row.outcome,
    reason: row.reason,
  };
}

const FIELD_COLUMNS = [
  'l.organisation_id',
  'l.event_time',
  'l.action_code',
  'l.event_type',
  'l.user_id',
  'l.user_name',
  'l.user_role',
  'l.user_organisation_id',
  'l.purpose',
  'l.relation',
  'l.network_address',
  'l.client_id',
  'l.case_id',
  'l.outcome',
  'l.reason',
] as const;

/** A page of a chain in seq order, after `afterSeq`: what verification walks. */
export async function chainRows(db: Db, organisationId: string, afterSeq: number, limit: number): Promise<StoredRow[]> {
  const rows = await db
    .selectFrom('access_log as l')
    .select([...FIELD_COLUMNS, sql<string>`l.seq::text`.as('seq'), 'l.prev_hash', 'l.hash', 'l.occurred_at'])
    .where('l.organisation_id', '=', organisationId)
    .where(sql<boolean>`l.seq > ${afterSeq}`)
    .orderBy('l.seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ seq: Number(r.seq), prevHash: r.prev_hash, hash: r.hash, occurredAt: r.occurred_at, fields: fieldsOf(r) }));
}

export async function chainHead(db: Db, organisationId: string): Promise<{ seq: number; hash: string } | undefined> {
  const row = await db
    .selectFrom('access_log_heads')
    .select([sql<string>`seq::text`.as('seq'), 'hash'])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row === undefined ? undefined : { seq: Number(row.seq), hash: row.hash };
}

/** The highest seq stored for the chain (0 when it has none). */
export async function lastSeq(db: Db, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('access_log')
    .select(sql<string>`coalesce(max(seq), 0)::text`.as('seq'))
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return Number(row.seq);
}

/** The seq of the chain's row with this hash, if any: only asked where a link is broken. */
export async function seqOfHash(db: Db, organisationId: string, hash: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('access_log')
    .select(sql<string>`seq::text`.as('seq'))
    .where('organisation_id', '=', organisationId)
    .where('hash', '=', hash)
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.seq);
}

export interface AccessLogFilter {
  organisationId: string;
  /** From this moment on, and before that one. */
  from?: Date;
  before?: Date;
  /** Part of the user's name, or their exact id. */
  user?: string;
  /** Part of the client's name, or their exact id. */
  client?: string;
  /** Exactly this client (their own file's "who looked": decision 0020). */
  clientId?: string;
  caseId?: string;
  eventType?: string;
}

export interface AccessLogRow extends AccessLogFields {
  seq: number;
  hash: string;
  /** The client's name as it is now; null once the client no longer exists here. */
  clientName: string | null;
  userOrganisationName: string | null;
}

/** A LIKE pattern that matches `text` literally anywhere. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filtered(db: Db, filter: AccessLogFilter) {
  let query = db.selectFrom('access_log as l').where('l.organisation_id', '=', filter.organisationId);
  if (filter.from !== undefined) query = query.where('l.occurred_at', '>=', filter.from);
  if (filter.before !== undefined) query = query.where('l.occurred_at', '<', filter.before);
  if (filter.eventType !== undefined) query = query.where('l.event_type', '=', filter.eventType);
  if (filter.caseId !== undefined) query = query.where('l.case_id', '=', filter.caseId);
  if (filter.clientId !== undefined) query = query.where('l.client_id', '=', filter.clientId);
  const user = filter.user;
  if (user !== undefined) query = query.where((eb) => eb.or([eb('l.user_id', '=', user), eb('l.user_name', 'ilike', containing(user))]));
  const client = filter.client;
  if (client !== undefined) {
    const named = db
      .selectFrom('clients')
      .select('clients.id')
      .where('clients.organisation_id', '=', filter.organisationId)
      .where((eb) => eb.or([eb(sql`clients.id::text`, '=', client), eb('clients.name', 'ilike', containing(client))]));
    query = query.where('l.client_id', 'in', named);
  }
  return query;
}

/** Where a row stands in the log's order (newest first): its place in its chain. */
export type AccessLogKey = readonly [seq: number];

/** A key as a cursor gives it back, checked: undefined unless it could have come from a row. */
export function readAccessLogKey(values: readonly unknown[]): AccessLogKey | undefined {
  const [seq] = values;
  return values.length === 1 && Number.isSafeInteger(seq) && (seq as number) > 0 ? [seq as number] : undefined;
}

/**
 * The organisation's rows that match, newest first, with the total (bounded); a page at an offset,
 * or (keyset, decision 0022) after the row of `after`, entering the chain's index right there.
 */
export async function accessLogPage(
  db: Db,
  filter: AccessLogFilter,
  limit: number,
  offset: number,
  after?: AccessLogKey,
): Promise<BoundedTotal & { rows: AccessLogRow[]; next: AccessLogKey | null }> {
  const from = after === undefined ? offset : 0;
  const paged = after === undefined ? filtered(db, filter) : filtered(db, filter).where('l.seq', '<', after[0]);
  const [count, rows] = await Promise.all([
    boundedCount(db, filtered(db, filter), from),
    paged
      .leftJoin('clients as c', 'c.id', 'l.client_id')
      .leftJoin('organisations as o', 'o.id', 'l.user_organisation_id')
      .select([...FIELD_COLUMNS, sql<string>`l.seq::text`.as('seq'), 'l.hash', 'c.name as client_name', 'o.name as user_organisation_name'])
      .orderBy('l.seq', 'desc')
      .limit(limit + 1)
      .offset(from)
      .execute(),
  ]);
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    ...count,
    rows: shown.map((r) => ({ ...fieldsOf(r), seq: Number(r.seq), hash: r.hash, clientName: r.client_name, userOrganisationName: r.user_organisation_name })),
    next: rows.length > limit && last !== undefined ? [Number(last.seq)] : null,
  };
}

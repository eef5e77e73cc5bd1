import { randomUUID } from 'node:crypto';
import { sql, type CompiledQuery, type Kysely, type RawBuilder, type Selectable, type SqlBool, type Transaction } from 'kysely';
import type { CaseStatus } from '../domain/dossier/status.ts';
import type { Allocation, CareLaw, Client, Entry, Procedure, RegimeId } from '../domain/dossier/types.ts';
import { boundedCount, type BoundedTotal } from './bounded-count.ts';
import { entryBody, entryFromRow } from './entry-rows.ts';
import { preparedQuery } from './commit-tail.ts';
import { isUuid } from './ids.ts';
import { isMicrosecondUtc, microsecondUtc } from './keyset.ts';
import { isValidIsoDate } from '../domain/calendar/dates.ts';
import type { CaseRow, ClientsTable, Database } from './schema.ts';

// Queries for clients, cases and their dossiers. Callers pass a transaction where several
// statements must stand or fall together; these functions never open one themselves.

type Db = Kysely<Database> | Transaction<Database>;

export interface CaseRecord {
  id: string;
  organisationId: string;
  clientId: string;
  client: Client;
  regime: RegimeId;
  procedure: Procedure;
  status: CaseStatus;
  careStarted: string | null;
  entryCount: number;
  createdAt: Date;
  /** From the assessment as of the last change (migrations/0002-case-projection.ts). */
  canSubmit: boolean;
  nextDeadline: string | null;
  /** The municipality's allocation (optional in the interchange format). */
  allocation?: Allocation;
  /** Migrations/0022: the law a Bijlage 6 case's care falls under, as stated when it was opened. */
  careLaw: CareLaw | null;
  /** Migrations/0005: the funder organisation the request goes to, and the provider's team. */
  funderOrganisationId: string | null;
  teamId: string | null;
  /** Migrations/0020: who is responsible for the case, and the names of that person and the team. */
  responsibleUserId: string | null;
  teamName: string | null;
  responsibleName: string | null;
}

export interface StoredEntry {
  entry: Entry;
  seq: number;
  authorId: string | null;
  recordedAt: Date;
}

const INSERT_CHUNK = 500;


const CASE_COLUMNS = [
  'cases.id',
  'cases.organisation_id',
  'cases.client_id',
  'cases.regime',
  'cases.procedure',
  'cases.status',
  'cases.care_started',
  'cases.entry_count',
  'cases.created_at',
  'cases.can_submit',
  'cases.next_deadline',
  'clients.name',
  'clients.birth_date',
  'clients.has_representative',
  'clients.address',
  'clients.salutation',
  'clients.representative',
  'cases.allocation',
  'cases.care_law',
  'cases.funder_organisation_id',
  'cases.team_id',
  'cases.responsible_user_id',
  // The names beside the ids, for the case list and the case's summary (one index lookup each).
  sql<string | null>`(select teams.name from teams where teams.id = cases.team_id)`.as('team_name'),
  sql<string | null>`(select users.name from users where users.id = cases.responsible_user_id)`.as('responsible_name'),
] as const;

/** A client of the provider, under the id given (a case's or a care agreement's client). */
export async function insertClient(db: Db, clientId: string, organisationId: string, client: Client): Promise<void> {
  await db
    .insertInto('clients')
    .values({
      id: clientId,
      organisation_id: organisationId,
      name: client.name,
      birth_date: client.birthDate,
      has_representative: client.hasRepresentative,
      address: client.address ?? null,
      salutation: client.salutation ?? null,
      representative: client.representative === undefined ? null : JSON.stringify(client.representative),
    })
    .execute();
}

/** Changes the client's particulars for letters; a field left out stays as it is. */
export async function updateClientParticulars(db: Db, clientId: string, change: Partial<Record<'address' | 'salutation', string | null>>): Promise<void> {
  if (Object.keys(change).length === 0) return;
  await db.updateTable('clients').set(change).where('id', '=', clientId).execute();
}

export async function insertCase(
  db: Db,
  input: {
    organisationId: string;
    client: Client;
    regime: RegimeId;
    procedure: Procedure;
    careStarted: string | null;
    status: CaseStatus;
    createdBy: string | null;
    /** By default whoever opened the case. */
    responsibleUserId?: string | null;
    allocation?: Allocation;
    /** Asked when a Bijlage 6 case is opened (decision 0031). */
    careLaw?: CareLaw | null;
    /** A client the provider already has (one with a care agreement); by default a new one. */
    existingClientId?: string;
  },
): Promise<string> {
  const clientId = input.existingClientId ?? randomUUID();
  const caseId = randomUUID();
  if (input.existingClientId === undefined) await insertClient(db, clientId, input.organisationId, input.client);
  await db
    .insertInto('cases')
    .values({
      id: caseId,
      organisation_id: input.organisationId,
      client_id: clientId,
      regime: input.regime,
      procedure: input.procedure,
      status: input.status,
      care_started: input.careStarted,
      created_by: input.createdBy,
      responsible_user_id: input.responsibleUserId === undefined ? input.createdBy : input.responsibleUserId,
      allocation: input.allocation === undefined ? null : JSON.stringify(input.allocation),
      care_law: input.careLaw ?? null,
    })
    .execute();
  return caseId;
}

/**
 * Appends entries after the case's current last one. Takes the case row's lock first, so
 * concurrent appends to one case queue up and each gets the next position; the caller's
 * transaction holds the lock until it commits.
 */
export async function appendEntries(
  trx: Transaction<Database>,
  caseId: string,
  organisationId: string,
  entries: readonly Entry[],
  authorId: string | null,
  status: CaseStatus,
): Promise<void> {
  const { entry_count: before } = await trx
    .updateTable('cases')
    .set({ entry_count: sql`entry_count + ${entries.length}`, status })
    .where('id', '=', caseId)
    .returning(sql<number>`entry_count - ${entries.length}`.as('entry_count'))
    .executeTakeFirstOrThrow();
  for (let start = 0; start < entries.length; start += INSERT_CHUNK) {
    const chunk = entries.slice(start, start + INSERT_CHUNK);
    await trx
      .insertInto('entries')
      .values(
        chunk.map((entry, i) => ({
          id: randomUUID(),
          case_id: caseId,
          organisation_id: organisationId,
          seq: before + start + i + 1,
          entry_key: entry.id,
          type: entry.type,
          date: entry.date,
          corrects: entry.corrects ?? null,
          body: JSON.stringify(entryBody(entry)),
          author_id: authorId,
        })),
      )
      .execute();
  }
}

export async function findCase(db: Db, caseId: string, forUpdate = false): Promise<CaseRecord | undefined> {
  if (!isUuid(caseId)) return undefined;
  let query = db
    .selectFrom('cases')
    .innerJoin('clients', 'clients.id', 'cases.client_id')
    .select(CASE_COLUMNS)
    .where('cases.id', '=', caseId);
  if (forUpdate) query = query.forUpdate('cases');
  const row = await query.executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

type CaseJoinRow = Pick<
  CaseRow,
  | 'id'
  | 'organisation_id'
  | 'client_id'
  | 'regime'
  | 'procedure'
  | 'status'
  | 'care_started'
  | 'entry_count'
  | 'created_at'
  | 'can_submit'
  | 'next_deadline'
  | 'allocation'
  | 'care_law'
  | 'funder_organisation_id'
  | 'team_id'
  | 'responsible_user_id'
> &
  Pick<Selectable<ClientsTable>, 'name' | 'birth_date' | 'has_representative' | 'address' | 'salutation' | 'representative'> & { team_name: string | null; responsible_name: string | null };

function toRecord(row: CaseJoinRow): CaseRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    clientId: row.client_id,
    // Optional fields appear only when set, so an export gives back exactly what was imported.
    client: {
      name: row.name,
      birthDate: row.birth_date,
      hasRepresentative: row.has_representative,
      ...(row.address !== null ? { address: row.address } : {}),
      ...(row.salutation !== null ? { salutation: row.salutation } : {}),
      ...(row.representative !== null ? { representative: row.representative } : {}),
    },
    regime: row.regime as RegimeId,
    procedure: row.procedure as Procedure,
    status: row.status,
    careStarted: row.care_started,
    entryCount: row.entry_count,
    createdAt: row.created_at,
    canSubmit: row.can_submit,
    nextDeadline: row.next_deadline,
    ...(row.allocation !== null ? { allocation: row.allocation } : {}),
    careLaw: row.care_law,
    funderOrganisationId: row.funder_organisation_id,
    teamId: row.team_id,
    responsibleUserId: row.responsible_user_id,
    teamName: row.team_name,
    responsibleName: row.responsible_name,
  };
}

type EntryTuple = [string, string, string, string | null, Record<string, unknown>, number, string | null, string, string | null];

/**
 * Cases with their whole dossiers in one query (the hot read: one round trip, not two), each case's
 * entries as one JSON text the database builds, which the driver hands over without parsing a row
 * each; none for a case whose dossier the caller holds at the number of entries it gives (-1: none).
 * The cases come as two arrays (ids, known counts), so one prepared statement serves one case or many.
 */
function casesWithEntriesQuery(db: Db, ids: string, knownEntryCounts: string) {
  return db
    .selectFrom(sql<{ id: string; known: number }>`(select unnest(${ids}::uuid[]) as id, unnest(${knownEntryCounts}::int[]) as known)`.as('wanted'))
    .innerJoin('cases', 'cases.id', 'wanted.id')
    .innerJoin('clients', 'clients.id', 'cases.client_id')
    .select(CASE_COLUMNS)
    .select(
      sql<string | null>`case when cases.entry_count = wanted.known then null else
        (select json_agg(json_build_array(e.entry_key, e.type, e.date, e.corrects, e.body, e.seq, e.author_id, e.recorded_at, u.name) order by e.seq)
        from entries e left join users u on u.id = e.author_id where e.case_id = cases.id)::text end`.as('entries_json'),
    );
}

/**
 * Every read of a case starts here, so its SQL is built and compiled once (the same for PGlite and
 * PostgreSQL, both compiled by Kysely's PostgreSQL compiler) and prepared in each database session
 * (decisions 0022, 0027); each call gives only its cases' ids and known counts.
 */
const withParameters = <R>(query: CompiledQuery<R>, parameters: unknown[]): CompiledQuery<R> => ({ ...query, parameters });

let casesWithEntries: ReturnType<ReturnType<typeof casesWithEntriesQuery>['compile']> | undefined;

/** Wanted cases (unknown ids left out) as the database has them, each once, in no particular order. */
async function caseRowsWithEntries(db: Db, wanted: readonly { caseId: string; knownEntryCount: number }[]) {
  const known = new Map<string, number>();
  for (const w of wanted) if (isUuid(w.caseId) && Number.isInteger(w.knownEntryCount)) known.set(w.caseId.toLowerCase(), w.knownEntryCount);
  if (known.size === 0) return [];
  const query = (casesWithEntries ??= preparedQuery('cases_with_entries', casesWithEntriesQuery(db, '{}', '{}').compile()));
  // Array literals of checked uuids and integers: nothing in them needs quoting.
  const parameters = [`{${[...known.keys()].join(',')}}`, `{${[...known.values()].join(',')}}`];
  return (await db.executeQuery(withParameters(query, parameters))).rows;
}

function entriesOf(entriesJson: string | null): { entries: StoredEntry[]; authors: Map<string, string> } {
  const tuples = entriesJson === null ? [] : (JSON.parse(entriesJson) as EntryTuple[]);
  const authors = new Map<string, string>();
  const entries = tuples.map(([entry_key, type, date, corrects, body, seq, authorId, recordedAt, authorName]) => {
    if (authorId !== null && authorName !== null) authors.set(authorId, authorName);
    return { entry: entryFromRow({ entry_key, type, date, corrects, body }), seq, authorId, recordedAt: new Date(recordedAt) };
  });
  return { entries, authors };
}

export async function findCaseWithEntries(
  db: Db,
  caseId: string,
): Promise<{ record: CaseRecord; entries: StoredEntry[]; authors: Map<string, string> } | undefined> {
  const [row] = await caseRowsWithEntries(db, [{ caseId, knownEntryCount: -1 }]);
  return row === undefined ? undefined : { record: toRecord(row), ...entriesOf(row.entries_json) };
}

export type CaseWithChangedEntries = { record: CaseRecord; changed: false } | { record: CaseRecord; changed: true; entries: StoredEntry[]; authors: Map<string, string> };

/**
 * The cases, each with its dossier only when it has other than the known number of entries
 * (`changed`), by case id in lower case (an unknown case is missing): entries are only ever added, each counted in
 * the case's row in the same transaction, so the same count is the same dossier. What the database
 * does not send, nobody parses (decision 0027).
 */
export async function findCasesWithChangedEntries(
  db: Db,
  wanted: readonly { caseId: string; knownEntryCount: number }[],
): Promise<Map<string, CaseWithChangedEntries>> {
  const known = new Map(wanted.map((w) => [w.caseId.toLowerCase(), w.knownEntryCount]));
  const found = new Map<string, CaseWithChangedEntries>();
  for (const row of await caseRowsWithEntries(db, wanted)) {
    const record = toRecord(row);
    found.set(record.id, record.entryCount === known.get(record.id) ? { record, changed: false } : { record, changed: true, ...entriesOf(row.entries_json) });
  }
  return found;
}

export async function loadEntries(db: Db, caseId: string): Promise<StoredEntry[]> {
  const rows = await db
    .selectFrom('entries')
    .select(['entry_key', 'type', 'date', 'corrects', 'body', 'seq', 'author_id', 'recorded_at'])
    .where('case_id', '=', caseId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => ({ entry: entryFromRow(row), seq: row.seq, authorId: row.author_id, recordedAt: row.recorded_at }));
}

/** The columns of a case a scope (policy/scopes.ts) tests. */
export interface ScopeColumns {
  organisationId: RawBuilder<unknown>;
  funderOrganisationId: RawBuilder<unknown>;
  teamId: RawBuilder<unknown>;
  clientId?: RawBuilder<unknown>;
}

/** Which cases the caller may see, as a condition on their columns (the policy's scope). */
export type CaseScope = (row: ScopeColumns) => RawBuilder<SqlBool>;

const CASE_SCOPE_COLUMNS: ScopeColumns = {
  organisationId: sql.ref('cases.organisation_id'),
  funderOrganisationId: sql.ref('cases.funder_organisation_id'),
  teamId: sql.ref('cases.team_id'),
  clientId: sql.ref('cases.client_id'),
};

export interface CaseListFilter {
  scope: CaseScope;
  status?: CaseStatus;
  regime?: RegimeId;
  procedure?: Procedure;
  canSubmit?: boolean;
  /** Part of the client's name, any case. */
  clientName?: string;
  limit: number;
  offset: number;
  /** Keyset pagination: the rows after this one (its key from `next`), instead of an offset. */
  after?: CaseListKey;
}

/** Where a row stands in the list's order: its next deadline, its creation (to the microsecond, UTC) and its id. */
export type CaseListKey = readonly [nextDeadline: string | null, createdAt: string, id: string];

/** A key as a cursor gives it back, checked value by value: undefined unless each could have come from a row. */
export function readCaseListKey(values: readonly unknown[]): CaseListKey | undefined {
  const [deadline, createdAt, id] = values;
  if (values.length !== 3 || !(deadline === null || (typeof deadline === 'string' && isValidIsoDate(deadline)))) return undefined;
  return isMicrosecondUtc(createdAt) && isUuid(id) ? [deadline, createdAt, id] : undefined;
}

/** The rows after the key in LIST_ORDER (deadline ascending with no deadline last, then newest first, then id). */
function afterCaseListKey([deadline, createdAt, id]: CaseListKey): RawBuilder<SqlBool> {
  const laterOnSameDeadline = sql`(cases.created_at < ${createdAt}::timestamptz or (cases.created_at = ${createdAt}::timestamptz and cases.id > ${id}::uuid))`;
  return deadline === null
    ? sql<SqlBool>`(cases.next_deadline is null and ${laterOnSameDeadline})`
    : sql<SqlBool>`(cases.next_deadline > ${deadline}::date or cases.next_deadline is null or (cases.next_deadline = ${deadline}::date and ${laterOnSameDeadline}))`;
}

/** A LIKE pattern that matches `text` literally anywhere. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The most urgent first: the nearest open deadline, then cases without one, newest first. */
const LIST_ORDER = sql`cases.next_deadline asc nulls last, cases.created_at desc, cases.id`;

export async function listCases(db: Db, filter: CaseListFilter): Promise<BoundedTotal & { cases: CaseRecord[]; next: CaseListKey | null }> {
  // The filters and the page are worked out on `cases` alone, where the list's index serves both the
  // order and the offset; only the page's own rows are then joined to their clients.
  let matching = db.selectFrom('cases').where(filter.scope(CASE_SCOPE_COLUMNS));
  if (filter.status !== undefined) matching = matching.where('cases.status', '=', filter.status);
  if (filter.regime !== undefined) matching = matching.where('cases.regime', '=', filter.regime);
  if (filter.procedure !== undefined) matching = matching.where('cases.procedure', '=', filter.procedure);
  if (filter.canSubmit !== undefined) matching = matching.where('cases.can_submit', '=', filter.canSubmit);
  if (filter.clientName !== undefined) {
    const named = db.selectFrom('clients').select('clients.id').where('clients.name', 'ilike', containing(filter.clientName));
    matching = matching.where('cases.client_id', 'in', named);
  }
  // One row more than the page shows tells whether there is a next page. With a key, the page starts
  // after it (the index is entered there, however deep); otherwise at the offset.
  const offset = filter.after === undefined ? filter.offset : 0;
  const paged = filter.after === undefined ? matching : matching.where(afterCaseListKey(filter.after));
  const page = paged.select('cases.id').orderBy(LIST_ORDER).limit(filter.limit + 1).offset(offset);
  const [count, rows] = await Promise.all([
    // Counted from the start, at most COUNT_AHEAD past the offset: a keyset page costs no more than the first.
    boundedCount(db, matching, offset),
    db
      .selectFrom('cases')
      .innerJoin('clients', 'clients.id', 'cases.client_id')
      .select(CASE_COLUMNS)
      .select(microsecondUtc('cases.created_at').as('created_at_key'))
      .where('cases.id', 'in', page)
      .orderBy(LIST_ORDER)
      .execute(),
  ]);
  const shown = rows.slice(0, filter.limit);
  const last = shown.at(-1);
  const next: CaseListKey | null = rows.length > filter.limit && last !== undefined ? [last.next_deadline, last.created_at_key, last.id] : null;
  return { ...count, cases: shown.map(toRecord), next };
}

/** Records the municipality's allocation of a case (the data a 307 copies). */
export async function setAllocation(db: Db, caseId: string, allocation: Allocation): Promise<void> {
  await db.updateTable('cases').set({ allocation: JSON.stringify(allocation) }).where('id', '=', caseId).execute();
}

/**
 * The organisation's running cases (not 'afgerond') of a client with this name and birth date under
 * this regime: an import that matches one is likely the same dossier a second time. Names compare
 * without case and surrounding spaces.
 */
export async function runningCasesOfClient(
  db: Db,
  organisationId: string,
  client: Pick<Client, 'name' | 'birthDate'>,
  regime: RegimeId,
): Promise<string[]> {
  const rows = await db
    .selectFrom('cases')
    .innerJoin('clients', 'clients.id', 'cases.client_id')
    .select('cases.id')
    .where('cases.organisation_id', '=', organisationId)
    .where('cases.regime', '=', regime)
    .where('cases.status', '!=', 'afgerond')
    .where('clients.birth_date', '=', client.birthDate)
    .where(sql<string>`lower(trim(clients.name))`, '=', client.name.trim().toLowerCase())
    .orderBy('cases.created_at')
    .execute();
  return rows.map((r) => r.id);
}

import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { CaseScope, ScopeColumns } from './cases.ts';
import { boundedCount } from './bounded-count.ts';
import { deadlineOfTypes } from './deadline-ids.ts';
import type { Database } from './schema.ts';
import { isUuid } from './ids.ts';
import { isValidIsoDate } from '../domain/calendar/dates.ts';

// The organisation-wide deadline overview, straight from the case_deadlines projection (one row
// per deadline, rewritten with every change of a dossier), so it never assesses a dossier itself.
// Overdue first, then by date, is simply ascending due date: a deadline is overdue exactly when its
// date lies before today. That order is what the partial index (organisation_id, due_date) where
// not met already holds, so a page is an index range scan however many cases there are.

/** The columns of a deadline row a scope tests: its case's, copied onto it, and its type. */
export type DeadlineScopeColumns = ScopeColumns & { deadlineOfTypes: (types: readonly string[]) => RawBuilder<SqlBool> };

export interface OverviewFilter {
  /** Which deadlines the caller may see (the policy's scope). */
  scope: (row: DeadlineScopeColumns) => RawBuilder<SqlBool>;
  /** Of which cases the caller may see the client's name (the policy's scope for reading a case). */
  clientNameScope: CaseScope;
  today: string;
  /** Deadline types (rule ids) to include; undefined: all. */
  types?: readonly string[];
  /** Waiting terms whose date has passed are met, however old the projection row is. */
  waitingTypes: readonly string[];
  teamId?: string;
  limit: number;
  offset: number;
  /** Keyset pagination: the rows after this one (its key from `next`), instead of an offset. */
  after?: DeadlineKey;
}

/** Where a row stands in the overview's order: its date, its case, its deadline and that deadline's start. */
export type DeadlineKey = readonly [dueDate: string, caseId: string, deadlineId: string, startEvent: string];

/** A key as a cursor gives it back, checked value by value: undefined unless each could have come from a row. */
export function readDeadlineKey(values: readonly unknown[]): DeadlineKey | undefined {
  const [dueDate, caseId, deadlineId, startEvent] = values;
  const text = (v: unknown): v is string => typeof v === 'string' && v.length <= 1000 && !v.includes('\0');
  return values.length === 4 && typeof dueDate === 'string' && isValidIsoDate(dueDate) && isUuid(caseId) && text(deadlineId) && text(startEvent)
    ? [dueDate, caseId, deadlineId, startEvent]
    : undefined;
}

const ofTypes = deadlineOfTypes('cd.deadline_id');

const DEADLINE_COLUMNS: DeadlineScopeColumns = {
  organisationId: sql.ref('cd.organisation_id'),
  funderOrganisationId: sql.ref('cd.funder_organisation_id'),
  teamId: sql.ref('cd.team_id'),
  deadlineOfTypes: ofTypes,
};

const CASE_COLUMNS: ScopeColumns = {
  organisationId: sql.ref('c.organisation_id'),
  funderOrganisationId: sql.ref('c.funder_organisation_id'),
  teamId: sql.ref('c.team_id'),
  clientId: sql.ref('c.client_id'),
};

/** The open deadlines the filter selects, on case_deadlines' own columns only (an index-only scan). */
function base(db: Kysely<Database>, filter: OverviewFilter) {
  let query = db.selectFrom('case_deadlines as cd').where('cd.met', '=', false).where(filter.scope(DEADLINE_COLUMNS));
  if (filter.types !== undefined) query = query.where(ofTypes(filter.types));
  if (filter.waitingTypes.length > 0) {
    query = query.where(sql<SqlBool>`(cd.due_date >= ${filter.today} or not ${ofTypes(filter.waitingTypes)})`);
  }
  if (filter.teamId !== undefined) query = query.where('cd.team_id', '=', filter.teamId);
  return query;
}

export type OverviewRow = Awaited<ReturnType<typeof deadlineOverview>>['rows'][number];

export async function deadlineOverview(db: Kysely<Database>, filter: OverviewFilter) {
  // One row more than the page shows tells whether there is a next page. With a key, the page starts
  // right after it: the same order as a row value, entered by the index at its date (decision 0022).
  const offset = filter.after === undefined ? filter.offset : 0;
  const after = filter.after;
  const paged =
    after === undefined
      ? base(db, filter)
      : base(db, filter)
          .where('cd.due_date', '>=', after[0])
          .where(sql<SqlBool>`(cd.due_date, cd.case_id, cd.deadline_id, cd.start_event) > (${after[0]}::date, ${after[1]}::uuid, ${after[2]}::text, ${after[3]}::text)`);
  const [total, overdue, found] = await Promise.all([
    boundedCount(db, base(db, filter), offset),
    boundedCount(db, base(db, filter).where('cd.due_date', '<', filter.today), offset),
    paged
      .innerJoin('cases as c', 'c.id', 'cd.case_id')
      .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
      .innerJoin('clients as cl', 'cl.id', 'c.client_id')
      .leftJoin('teams as t', 't.id', 'cd.team_id')
      .select([
        'cd.case_id',
        'cd.deadline_id',
        'cd.due_date',
        'cd.rule',
        'cd.start_event',
        'cd.counting',
        'cd.explanation',
        'cd.source_seed',
        'cd.source_quote',
        'c.regime',
        'c.procedure',
        'c.status',
        'cd.team_id',
        't.name as team_name',
        'o.name as organisation_name',
        'c.organisation_id',
        'c.funder_organisation_id',
        'c.client_id',
        // Only where the caller may read the case: a funder sees no client data.
        sql<string | null>`case when ${filter.clientNameScope(CASE_COLUMNS)} then cl.name end`.as('client_name'),
      ])
      .orderBy('cd.due_date')
      .orderBy('cd.case_id')
      .orderBy('cd.deadline_id')
      .orderBy('cd.start_event')
      .limit(filter.limit + 1)
      .offset(offset)
      .execute(),
  ]);
  const rows = found.slice(0, filter.limit);
  const last = rows.at(-1);
  const next: DeadlineKey | null = found.length > filter.limit && last !== undefined ? [last.due_date, last.case_id, last.deadline_id, last.start_event] : null;
  return { total, overdue, rows, next };
}

import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

// The organisation-wide deadline overview, straight from the case_deadlines projection (one row
// per deadline, rewritten with every change of a dossier), so it never assesses a dossier itself.
// Overdue first, then by date, is simply ascending due date: a deadline is overdue exactly when its
// date lies before today. That order is what the partial index (organisation_id, due_date) where
// not met already holds, so a page is an index range scan however many cases there are.

export type OverviewScope =
  /** A provider: every open deadline of its own cases. */
  | { kind: 'own'; organisationId: string }
  /** A funder: the given (decision) deadlines of the requests addressed to it. */
  | { kind: 'received'; funderOrganisationId: string };

export interface OverviewFilter {
  scope: OverviewScope;
  today: string;
  /** Deadline types (rule ids) to include; undefined: all. */
  types?: readonly string[];
  /** Waiting terms whose date has passed are met, however old the projection row is. */
  waitingTypes: readonly string[];
  teamId?: string;
  limit: number;
  offset: number;
}

type Eb = ExpressionBuilder<Database & { cd: Database['case_deadlines'] }, 'cd'>;

/** Rows whose deadline_id is one of the rule ids, or an instance of one (`<rule id>-<entry id>`). */
function ofTypes(eb: Eb, types: readonly string[]) {
  return eb.or([eb('cd.deadline_id', 'in', types), ...types.map((t) => eb('cd.deadline_id', 'like', `${t}-%`))]);
}

/** The open deadlines the filter selects, on case_deadlines' own columns only (an index-only scan). */
function base(db: Kysely<Database>, filter: OverviewFilter) {
  let query = db.selectFrom('case_deadlines as cd').where('cd.met', '=', false);
  const { scope } = filter;
  query =
    scope.kind === 'own'
      ? query.where('cd.organisation_id', '=', scope.organisationId)
      : query.where('cd.funder_organisation_id', '=', scope.funderOrganisationId);
  if (filter.types !== undefined) {
    const types = filter.types;
    query = types.length === 0 ? query.where(sql<boolean>`false`) : query.where((eb) => ofTypes(eb, types));
  }
  if (filter.waitingTypes.length > 0) {
    const waiting = filter.waitingTypes;
    query = query.where((eb) => eb.or([eb('cd.due_date', '>=', filter.today), eb.not(ofTypes(eb, waiting))]));
  }
  if (filter.teamId !== undefined) query = query.where('cd.team_id', '=', filter.teamId);
  return query;
}

export type OverviewRow = Awaited<ReturnType<typeof deadlineOverview>>['rows'][number];

export async function deadlineOverview(db: Kysely<Database>, filter: OverviewFilter) {
  const own = filter.scope.kind === 'own';
  const [counts, rows] = await Promise.all([
    base(db, filter)
      .select([
        sql<number>`count(*)::int`.as('total'),
        sql<number>`(count(*) filter (where cd.due_date < ${filter.today}))::int`.as('overdue'),
      ])
      .executeTakeFirstOrThrow(),
    base(db, filter)
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
        // Only for the provider's own cases: a funder sees no client data.
        (own ? sql<string | null>`cl.name` : sql<string | null>`null`).as('client_name'),
      ])
      .orderBy('cd.due_date')
      .orderBy('cd.case_id')
      .orderBy('cd.deadline_id')
      .orderBy('cd.start_event')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
  ]);
  return { total: counts.total, overdue: counts.overdue, rows };
}

import { deadlineTypeOf, WAITING_TERM_TYPES } from '../../domain/assessment/deadline-types.ts';
import type { Actor } from '../../policy/actors.ts';
import type { CaseResource } from '../../policy/resources.ts';
import { scopeOf } from '../../policy/scopes.ts';
import { findRegime } from '../../domain/protocols/registry.ts';
import { decisionStandstill, standstillText } from '../../domain/requests/term.ts';
import { deadlineOverview, type DeadlineKey, type OverviewRow } from '../../store/deadline-overview.ts';
import { waitingForAnswer, type WaitingRequest } from '../../store/funder-requests.ts';
import type { Tx } from '../pipeline/execute.ts';

// The deadline overview as the deadline commands read it (the list and the calendar feed): the
// open deadlines the policy's scope gives the actor, with the client's name only where the actor
// may read the case (a funder sees the decisions it owes, without client data).

export interface OverviewQuery {
  /** Rule ids (see domain/assessment/deadline-types.ts); undefined: every type. */
  types?: readonly string[];
  teamId?: string;
  limit: number;
  offset: number;
  /** Keyset pagination: the rows after this one (the previous page's `next`). */
  after?: DeadlineKey;
}

export interface OverviewDeadline {
  caseId: string;
  id: string;
  type: string | null;
  date: string;
  state: 'open' | 'overdue';
  rule: string;
  startEvent: string;
  counting: string;
  explanation: string;
  /**
   * A funder's decision term that stands still while the funder's question waits for an answer
   * (decisions 0013, 0029): who asked and when, and the sentence the page shows; null when it runs.
   */
  standstill: { funder: string; askedOn: string; text: string } | null;
  source: { seed: string; place?: string; quote: string };
  case: {
    regime: string;
    procedure: string;
    status: string;
    organisation: string;
    team: { id: string; name: string } | null;
    /** Absent for a funder, which sees no client data. */
    clientName?: string;
  };
}

export interface Overview {
  today: string;
  /** Counted up to a bound (store/bounded-count.ts): `exact` false means "at least". */
  total: number;
  overdue: number;
  exact: boolean;
  deadlines: OverviewDeadline[];
}

type Waiting = ReadonlyMap<string, WaitingRequest>;

function standstillOf(row: OverviewRow, waiting: Waiting): OverviewDeadline['standstill'] {
  const request = waiting.get(row.case_id);
  if (request === undefined || deadlineTypeOf(row.deadline_id)?.funderDecision !== true) return null;
  const standstill = decisionStandstill(findRegime(row.regime), request, request.openQuestions);
  return standstill === undefined ? null : { funder: standstill.funderName, askedOn: standstill.askedOn, text: standstillText(standstill) };
}

function present(row: OverviewRow, today: string, waiting: Waiting): OverviewDeadline {
  const type = deadlineTypeOf(row.deadline_id);
  return {
    caseId: row.case_id,
    id: row.deadline_id,
    type: type?.id ?? null,
    date: row.due_date,
    state: row.due_date < today ? 'overdue' : 'open',
    rule: row.rule,
    startEvent: row.start_event,
    counting: row.counting,
    explanation: row.explanation,
    standstill: standstillOf(row, waiting),
    source: { seed: row.source_seed, ...(type?.place !== undefined ? { place: type.place } : {}), quote: row.source_quote },
    case: {
      regime: row.regime,
      procedure: row.procedure,
      status: row.status,
      organisation: row.organisation_name,
      team: row.team_id === null ? null : { id: row.team_id, name: row.team_name ?? '' },
      ...(row.client_name !== null ? { clientName: row.client_name } : {}),
    },
  };
}

/** The overview, and the cases on its page (each gets its access-log row). */
export async function readOverview(
  tx: Tx,
  actor: Actor,
  today: string,
  query: OverviewQuery,
): Promise<{ overview: Overview; cases: CaseResource[]; next: DeadlineKey | null }> {
  const result = await deadlineOverview(tx, {
    scope: (row) => scopeOf(actor, 'deadline.list', row),
    clientNameScope: (row) => scopeOf(actor, 'case.read', row),
    today,
    ...(query.types !== undefined ? { types: query.types } : {}),
    waitingTypes: WAITING_TERM_TYPES,
    ...(query.teamId !== undefined ? { teamId: query.teamId } : {}),
    limit: query.limit,
    offset: query.offset,
    ...(query.after !== undefined ? { after: query.after } : {}),
  });
  // Only the cases with a funder's decision term on this page can have one that stands still.
  const waiting = await waitingForAnswer(tx, [...new Set(result.rows.filter((r) => deadlineTypeOf(r.deadline_id)?.funderDecision === true).map((r) => r.case_id))]);
  const cases = new Map<string, CaseResource>();
  for (const row of result.rows) {
    cases.set(row.case_id, {
      kind: 'case',
      caseId: row.case_id,
      organisationId: row.organisation_id,
      funderOrganisationId: row.funder_organisation_id,
      teamId: row.team_id,
      clientId: row.client_id,
    });
  }
  return {
    overview: {
      today,
      total: result.total.total,
      overdue: result.overdue.total,
      exact: result.total.exact && result.overdue.exact,
      deadlines: result.rows.map((r) => present(r, today, waiting)) },
    cases: [...cases.values()],
    next: result.next,
  };
}

import { ForbiddenError } from '../domain/errors.ts';
import { can, type Actor } from '../policy/policy.ts';
import { deadlineOverview, type OverviewRow, type OverviewScope } from '../store/deadline-overview.ts';
import { todayOf, type CommandContext } from './context.ts';
import { deadlineTypeOf, FUNDER_DECISION_TYPES, WAITING_TERM_TYPES } from './deadline-types.ts';

export interface OverviewQuery {
  /** Rule ids (see deadline-types.ts); undefined: every type the actor may see. */
  types?: readonly string[];
  teamId?: string;
  limit: number;
  offset: number;
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
  source: { seed: string; quote: string };
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
  total: number;
  overdue: number;
  deadlines: OverviewDeadline[];
}

/**
 * Which deadlines the actor sees: a provider's staff every open deadline of their organisation's
 * cases; a funder's beoordelaar the decision deadlines of the requests addressed to it.
 */
export function overviewScope(actor: Actor): { scope: OverviewScope; types?: readonly string[] } {
  if (actor.kind !== 'user') throw new ForbiddenError();
  const own = { organisationId: actor.organisationId };
  if (can(actor, 'deadline.list', own)) return { scope: { kind: 'own', ...own } };
  if (can(actor, 'deadline.list-received', own)) {
    return { scope: { kind: 'received', funderOrganisationId: actor.organisationId }, types: FUNDER_DECISION_TYPES };
  }
  throw new ForbiddenError();
}

function present(row: OverviewRow, today: string): OverviewDeadline {
  return {
    caseId: row.case_id,
    id: row.deadline_id,
    type: deadlineTypeOf(row.deadline_id)?.id ?? null,
    date: row.due_date,
    state: row.due_date < today ? 'overdue' : 'open',
    rule: row.rule,
    startEvent: row.start_event,
    counting: row.counting,
    explanation: row.explanation,
    source: { seed: row.source_seed, quote: row.source_quote },
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

export async function listDeadlines(ctx: CommandContext, query: OverviewQuery): Promise<Overview> {
  const { scope, types: allowed } = overviewScope(ctx.actor);
  const types =
    query.types === undefined ? allowed : allowed === undefined ? query.types : query.types.filter((t) => allowed.includes(t));
  const today = todayOf(ctx);
  const result = await deadlineOverview(ctx.store.db, {
    scope,
    today,
    ...(types !== undefined ? { types } : {}),
    waitingTypes: WAITING_TERM_TYPES,
    ...(query.teamId !== undefined ? { teamId: query.teamId } : {}),
    limit: query.limit,
    offset: query.offset,
  });
  return { today, total: result.total, overdue: result.overdue, deadlines: result.rows.map((r) => present(r, today)) };
}

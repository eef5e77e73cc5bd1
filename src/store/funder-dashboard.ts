import type { Kysely, Transaction } from 'kysely';
import type { RequestSummary } from '../domain/dashboard/figures.ts';
import type { Database } from './schema.ts';

// The requests to one funder organisation as the dashboard counts them: no client, no case, only
// what the figures need.

type Db = Kysely<Database> | Transaction<Database>;

export async function requestSummaries(db: Db, funderOrganisationId: string): Promise<RequestSummary[]> {
  const rows = await db
    .selectFrom('funder_requests')
    .select(['regime', 'procedure', 'state', 'submitted_at', 'decision_deadline', 'decided_at', 'decision'])
    .where('funder_organisation_id', '=', funderOrganisationId)
    .execute();
  return rows.map((r) => ({
    regime: r.regime,
    procedure: r.procedure,
    state: r.state,
    submittedAt: r.submitted_at,
    decisionDeadline: r.decision_deadline,
    decidedAt: r.decided_at,
    decision: r.decision,
  }));
}

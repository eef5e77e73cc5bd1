import type { Transaction } from 'kysely';
import type { Assessment } from '../domain/assessment/types.ts';
import type { CaseDeadlinesTable, Database } from './schema.ts';
import { deadlineExplanation } from '../domain/assessment/deadlines.ts';

/** What lists and overviews keep of a case's assessment (migrations/0002): the case's columns and its deadline rows. */
export interface CaseProjection {
  canSubmit: boolean;
  nextDeadline: string | null;
  assessedOn: string;
  deadlines: Omit<CaseDeadlinesTable, 'case_id' | 'organisation_id' | 'team_id' | 'funder_organisation_id' | 'reminded'>[];
}

export function projectionOf(assessment: Assessment): CaseProjection {
  const open = assessment.deadlines.filter((d) => d.state !== 'met').map((d) => d.date).sort();
  return {
    canSubmit: assessment.canSubmit,
    nextDeadline: open[0] ?? null,
    assessedOn: assessment.asOf,
    deadlines: assessment.deadlines.map((d) => ({
      deadline_id: d.id,
      due_date: d.date,
      met: d.state === 'met',
      rule: d.rule,
      start_event: d.startEvent,
      counting: d.counting,
      explanation: deadlineExplanation(d),
      source_seed: d.source.seed,
      source_quote: d.source.quote,
    })),
  };
}

/** Rewrites what lists and overviews keep of a case's assessment (migrations/0002). */
export async function writeCaseProjection(
  trx: Transaction<Database>,
  caseId: string,
  organisationId: string,
  assessment: Assessment,
): Promise<void> {
  const projection = projectionOf(assessment);
  await trx
    .updateTable('cases')
    .set({ can_submit: projection.canSubmit, next_deadline: projection.nextDeadline, assessed_on: projection.assessedOn })
    .where('id', '=', caseId)
    .execute();
  await trx.deleteFrom('case_deadlines').where('case_id', '=', caseId).execute();
  if (projection.deadlines.length === 0) return;
  await trx
    .insertInto('case_deadlines')
    .values(projection.deadlines.map((d) => ({ case_id: caseId, organisation_id: organisationId, ...d })))
    .execute();
}

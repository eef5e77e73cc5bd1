import type { Transaction } from 'kysely';
import type { Assessment } from '../domain/assessment/types.ts';
import type { Database } from './schema.ts';

/** Rewrites what lists and overviews keep of a case's assessment (migrations/0002). */
export async function writeCaseProjection(
  trx: Transaction<Database>,
  caseId: string,
  organisationId: string,
  assessment: Assessment,
): Promise<void> {
  const open = assessment.deadlines.filter((d) => d.state !== 'met').map((d) => d.date).sort();
  await trx
    .updateTable('cases')
    .set({ can_submit: assessment.canSubmit, next_deadline: open[0] ?? null, assessed_on: assessment.asOf })
    .where('id', '=', caseId)
    .execute();
  await trx.deleteFrom('case_deadlines').where('case_id', '=', caseId).execute();
  if (assessment.deadlines.length === 0) return;
  await trx
    .insertInto('case_deadlines')
    .values(
      assessment.deadlines.map((d) => ({
        case_id: caseId,
        organisation_id: organisationId,
        deadline_id: d.id,
        due_date: d.date,
        met: d.state === 'met',
        rule: d.rule,
        start_event: d.startEvent,
        counting: d.counting,
        // The overview shows one explanation: the date's, then why it is counted so.
        explanation: `${d.explanation} ${d.countingReason}`,
        source_seed: d.source.seed,
        source_quote: d.source.quote,
      })),
    )
    .execute();
}

import { randomUUID } from 'node:crypto';
import { isRetentionExceptionKind } from '../../domain/client-file/rights.ts';
import { isValidIsoDate } from '../../domain/calendar/dates.ts';
import { InvalidInputError, type ValidationIssue } from '../../domain/errors.ts';
import { loadCase } from '../cases/case-resource.ts';
import { nowOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';

export interface RecordRetentionException {
  caseId: string;
  kind: unknown;
  reason: unknown;
  /** Until when (YYYY-MM-DD); absent: until recorded otherwise. */
  until?: unknown;
}

/**
 * Why the file is kept longer than 15 years, or not destroyed on the client's request (seed 004 §3:
 * important to someone else, the Wmo 2015, a legal hold). Recorded once, never changed; the
 * retention job respects it and the client is told (decision 0023).
 */
export const recordRetentionException = command({
  action: 'retention.manage',
  event: 'retention.record',
  load: (tx, input: RecordRetentionException) => loadCase(tx, input.caseId, true),
  async run(tx, found, input, ctx): Promise<void> {
    const issues: ValidationIssue[] = [];
    if (!isRetentionExceptionKind(input.kind)) {
      issues.push({ path: '$.kind', message: 'kies longer-retention, important-to-other, wmo-obligation of legal-hold' });
    }
    const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
    if (reason === '' || reason.length > 1000) issues.push({ path: '$.reason', message: 'verplicht: waarom, tot 1000 tekens' });
    const until = input.until === undefined || input.until === '' ? null : input.until;
    if (until !== null && (typeof until !== 'string' || !isValidIsoDate(until))) issues.push({ path: '$.until', message: 'geen geldige datum; gebruik JJJJ-MM-DD' });
    if (issues.length > 0) throw new InvalidInputError(issues);
    await tx
      .insertInto('retention_exceptions')
      .values({
        id: randomUUID(),
        case_id: found.caseId,
        kind: input.kind as never,
        reason,
        until: until as string | null,
        recorded_by: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        recorded_at: nowOf(ctx),
      })
      .execute();
  },
});

import { RETENTION_EXCEPTIONS } from '../../domain/client-file/rights.ts';
import { ConflictError, InvalidInputError, NotFoundError, type ValidationIssue } from '../../domain/errors.ts';
import { answerClientRequest, findClientRequest } from '../../store/client-file.ts';
import { isUuid } from '../../store/ids.ts';
import { loadCase } from '../cases/case-resource.ts';
import { nowOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';

export interface AnswerClientRequest {
  caseId: string;
  requestId: string;
  outcome: unknown;
  answer: unknown;
}

const MAX_ANSWER = 2000;

/**
 * The provider's answer to a client's request; the client reads it on their own pages. A granted
 * correction must already be in the dossier as a correcting entry (the original stays); a refused
 * destruction must rest on an exception recorded for the case (seed 004 §3), which the client is
 * told. A granted destruction is carried out by the retention job (decision 0023).
 */
export const answerRequest = command({
  action: 'client-request.answer',
  event: 'client-request.answer',
  load: (tx, input: AnswerClientRequest) => loadCase(tx, input.caseId, true),
  async run(tx, found, input, ctx): Promise<void> {
    const request = isUuid(input.requestId) ? await findClientRequest(tx, found.caseId, input.requestId) : undefined;
    if (request === undefined) throw new NotFoundError('Dit verzoek bestaat niet bij deze casus.');
    if (request.outcome !== null) throw new ConflictError([{ path: '$', message: 'dit verzoek is al beantwoord' }]);
    const issues: ValidationIssue[] = [];
    const outcome = input.outcome === 'granted' || input.outcome === 'refused' ? input.outcome : undefined;
    if (outcome === undefined) issues.push({ path: '$.outcome', message: 'kies granted (toegekend) of refused (afgewezen)' });
    const answer = typeof input.answer === 'string' ? input.answer.trim() : '';
    if (answer === '' || answer.length > MAX_ANSWER) issues.push({ path: '$.answer', message: `verplicht: het antwoord aan de cliënt, tot ${MAX_ANSWER} tekens` });
    if (issues.length > 0) throw new InvalidInputError(issues);
    if (request.kind === 'correction' && outcome === 'granted') {
      const corrected = await tx
        .selectFrom('entries')
        .select('id')
        .where('case_id', '=', found.caseId)
        .where('corrects', '=', request.entryKey)
        .where('recorded_at', '>=', request.requestedAt)
        .executeTakeFirst();
      if (corrected === undefined) {
        throw new ConflictError([{ path: '$.outcome', message: `voeg eerst het verbeterde item toe, dat item ${request.entryKey} verbetert; het oude item blijft bewaard` }]);
      }
    }
    if (request.kind === 'destruction' && outcome === 'refused') {
      const kinds = (await tx.selectFrom('retention_exceptions').select('kind').where('case_id', '=', found.caseId).execute()).map((r) => r.kind);
      if (!kinds.some((k) => RETENTION_EXCEPTIONS[k].blocksDestruction)) {
        throw new ConflictError([{ path: '$.outcome', message: 'leg eerst de uitzondering vast waarom het dossier niet vernietigd mag worden (artikel 3)' }]);
      }
    }
    await answerClientRequest(tx, {
      id: request.id,
      outcome: outcome as 'granted' | 'refused',
      answer,
      answeredBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      answeredAt: nowOf(ctx),
    });
  },
});

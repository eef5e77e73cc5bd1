import { parseQuestion } from '../../domain/requests/input.ts';
import { next } from '../../domain/requests/states.ts';
import { insertQuestion, requestRecords, setRequestState } from '../../store/funder-requests.ts';
import { appendToDossier, authorOf } from '../cases/dossier.ts';
import { createTask } from '../tasks/tasks.ts';
import { findCase, type CaseRecord } from '../../store/cases.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { loadRequest, questionTaskKey, REQUEST_NOT_FOUND } from './request-resource.ts';
import { termOf } from './request-view.ts';

/**
 * The funder's beoordelaar asks the provider for information. The question joins the provider's
 * dossier (an information request from the funder), so it shows on the case page and in the
 * provider's list of open questions, and the provider's staff get a task; while it is open the
 * decision term stands still.
 */
export const askQuestion = command({
  action: 'request.review',
  event: 'request.question',
  notFound: REQUEST_NOT_FOUND,
  load: (tx, input: { requestId: string; body: unknown }) => loadRequest(tx, input.requestId, true),
  async run(tx, found, { body }, ctx): Promise<{ questionId: string }> {
    const { question } = parseQuestion(body);
    const state = next(found.request.state, { kind: 'ask' });
    const today = todayOf(ctx);
    const record = (await findCase(tx, found.caseId, true)) as CaseRecord;
    const entry = await appendToDossier(ctx, tx, record, { type: 'information-request', date: today, from: 'funder', note: question });
    const questionId = await insertQuestion(tx, found.request.id, { askedOn: today, question, entryKey: entry.id, by: authorOf(ctx.actor) });
    const term = termOf(found.request, await requestRecords(tx, found.request.id), today);
    await setRequestState(tx, found.request.id, state, { date: term.deadline, explanation: term.explanation });
    // The provider's staff get a task; answering the question in the request completes it.
    await createTask(tx, ctx, {
      organisationId: found.organisationId,
      caseId: found.caseId,
      kind: 'funder.question',
      title: `Beantwoord de vraag van ${found.request.funderName} over het verzoek (de beslistermijn staat stil tot uw antwoord)`,
      dedupeKey: questionTaskKey(questionId),
      questionId,
    });
    return { questionId };
  },
});

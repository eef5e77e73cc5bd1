import { formatDutchDate } from '../../domain/calendar/dates.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { parseAnswer } from '../../domain/requests/input.ts';
import { next } from '../../domain/requests/states.ts';
import { findCase, type CaseRecord } from '../../store/cases.ts';
import { answerQuestion as storeAnswer, requestRecords, setRequestState } from '../../store/funder-requests.ts';
import { appendToDossier, authorOf } from '../cases/dossier.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { completeTaskByKey } from '../tasks/tasks.ts';
import { loadRequest, questionTaskKey, REQUEST_NOT_FOUND } from './request-resource.ts';
import { termOf } from './request-view.ts';

/**
 * The provider's regievoerder answers the funder's question in the request: the answer goes to the
 * funder with the request (the frozen copy stays as it was), the answer joins the dossier as an
 * entry of its own (entries are append-only; a correction is for a mistake, and the question was
 * none), with the question and the answer's text, and the decision term runs again from today with
 * the days it stood still added.
 */
export const answerQuestion = command({
  action: 'request.respond',
  event: 'request.answer',
  notFound: REQUEST_NOT_FOUND,
  load: (tx, input: { requestId: string; questionId: string; body: unknown }) => loadRequest(tx, input.requestId, true),
  async run(tx, found, { questionId, body }, ctx): Promise<void> {
    const { answer } = parseAnswer(body);
    const records = await requestRecords(tx, found.request.id);
    const question = records.questions.find((q) => q.id === questionId);
    if (question === undefined) throw new NotFoundError('Deze vraag bestaat niet.');
    if (question.answer !== null) throw new ConflictError([{ path: '$.answer', message: 'deze vraag is al beantwoord' }]);
    const stillOpen = records.questions.some((q) => q.answer === null && q.id !== questionId);
    const state = next(found.request.state, { kind: 'answer', stillOpen });
    const today = todayOf(ctx);
    await storeAnswer(tx, questionId, { answer, answeredOn: today, by: authorOf(ctx.actor) });
    const record = (await findCase(tx, found.caseId, true)) as CaseRecord;
    await appendToDossier(ctx, tx, record, {
      type: 'information-request',
      date: today,
      from: 'funder',
      answered: today,
      note: `Antwoord op de vraag van ${formatDutchDate(question.askedOn)} (${question.question}): ${answer}`,
    });
    const term = termOf(found.request, await requestRecords(tx, found.request.id), today);
    await setRequestState(tx, found.request.id, state, { date: term.deadline, explanation: term.explanation });
    await completeTaskByKey(tx, ctx, questionTaskKey(questionId));
  },
});

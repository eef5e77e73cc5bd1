import { currentEntries } from '../../domain/dossier/corrections.ts';
import type { FunderRequestEntry } from '../../domain/dossier/types.ts';
import { parseWithdrawal } from '../../domain/requests/input.ts';
import { findCase, loadEntries, type CaseRecord } from '../../store/cases.ts';
import { next } from '../../domain/requests/states.ts';
import { recordWithdrawal, requestRecords } from '../../store/funder-requests.ts';
import { appendToDossier, authorOf } from '../cases/dossier.ts';
import { nowOf, todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { completeTaskByKey } from '../tasks/tasks.ts';
import { loadRequest, questionTaskKey, REQUEST_NOT_FOUND } from './request-resource.ts';

/**
 * The provider's regievoerder withdraws a request the funder has not yet decided, with a reason.
 * The funder's inbox shows it as withdrawn and its deadline no longer runs; the provider may then
 * submit again. The funder's open questions go with it: their tasks are done. The frozen copy
 * and what was recorded on the request stay as they were.
 */
export const withdrawRequest = command({
  action: 'request.respond',
  event: 'request.withdraw',
  notFound: REQUEST_NOT_FOUND,
  load: (tx, input: { requestId: string; body: unknown }) => loadRequest(tx, input.requestId, true),
  async run(tx, found, { body }, ctx): Promise<void> {
    const { reason } = parseWithdrawal(body);
    next(found.request.state, { kind: 'withdraw' });
    const today = todayOf(ctx);
    await recordWithdrawal(tx, found.request.id, { at: nowOf(ctx), on: today, by: authorOf(ctx.actor), reason });
    // The provider's dossier says so too: its request entry corrected to withdrawn, so the case's
    // own deadline for the funder's decision (and the funder's reminders of it) ends with it. The
    // request's entry is the dossier's last one not withdrawn: one request awaits a decision at a time.
    const record = (await findCase(tx, found.caseId, true)) as CaseRecord;
    const entry = currentEntries((await loadEntries(tx, found.caseId)).map((e) => e.entry))
      .filter((e): e is FunderRequestEntry => e.type === 'funder-request' && e.withdrawn === undefined)
      .at(-1);
    if (entry !== undefined) {
      const { id, ...kept } = entry;
      await appendToDossier(ctx, tx, record, { ...kept, corrects: id, withdrawn: today, note: `Ingetrokken: ${reason}` });
    }
    for (const question of (await requestRecords(tx, found.request.id)).questions) {
      if (question.answer === null) await completeTaskByKey(tx, ctx, questionTaskKey(question.id));
    }
  },
});

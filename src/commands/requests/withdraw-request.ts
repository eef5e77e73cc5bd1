import { parseWithdrawal } from '../../domain/requests/input.ts';
import { next } from '../../domain/requests/states.ts';
import { recordWithdrawal, requestRecords } from '../../store/funder-requests.ts';
import { authorOf } from '../cases/dossier.ts';
import { nowOf, todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { completeTaskByKey } from '../tasks/tasks.ts';
import { loadRequest, questionTaskKey } from './request-resource.ts';

/**
 * The provider's regievoerder withdraws a request the funder has not yet decided, with a reason.
 * The funder's inbox shows it as withdrawn and its deadline no longer runs; the provider may then
 * submit again. The funder's open questions go with it: their tasks are done. The frozen copy
 * and what was recorded on the request stay as they were.
 */
export const withdrawRequest = command({
  action: 'request.respond',
  event: 'request.withdraw',
  load: (tx, input: { requestId: string; body: unknown }) => loadRequest(tx, input.requestId, true),
  async run(tx, found, { body }, ctx): Promise<void> {
    const { reason } = parseWithdrawal(body);
    next(found.request.state, { kind: 'withdraw' });
    await recordWithdrawal(tx, found.request.id, { at: nowOf(ctx), on: todayOf(ctx), by: authorOf(ctx.actor), reason });
    for (const question of (await requestRecords(tx, found.request.id)).questions) {
      if (question.answer === null) await completeTaskByKey(tx, ctx, questionTaskKey(question.id));
    }
  },
});

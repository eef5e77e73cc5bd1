import { compareDates } from '../../domain/calendar/dates.ts';
import { ConflictError } from '../../domain/errors.ts';
import { parseObjection } from '../../domain/requests/input.ts';
import { next } from '../../domain/requests/states.ts';
import { findCase, type CaseRecord } from '../../store/cases.ts';
import { insertObjection, setRequestState } from '../../store/funder-requests.ts';
import { appendToDossier, authorOf } from '../cases/dossier.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { loadRequest, REQUEST_NOT_FOUND } from './request-resource.ts';

/**
 * The provider's regievoerder objects to the funder's decision, within the regime's term (6 weeks
 * after the formal decision in 001 and 002). The objection goes to the funder, which decides on it,
 * and joins the dossier. A regime without an objection term (000) has no objection here.
 */
export const fileObjection = command({
  action: 'request.respond',
  event: 'request.objection',
  notFound: REQUEST_NOT_FOUND,
  load: (tx, input: { requestId: string; body: unknown }) => loadRequest(tx, input.requestId, true),
  async run(tx, found, { body }, ctx): Promise<{ objectionId: string }> {
    const { reasons } = parseObjection(body);
    const request = found.request;
    const state = next(request.state, { kind: 'object' });
    const today = todayOf(ctx);
    if (request.objectionDeadline === null) throw new ConflictError([{ path: '$', message: 'het protocol van deze financier kent geen bezwaar tegen het besluit' }]);
    if (compareDates(today, request.objectionDeadline) > 0) {
      throw new ConflictError([{ path: '$', message: `de bezwaartermijn is verstreken (tot en met ${request.objectionDeadline})` }]);
    }
    const objectionId = await insertObjection(tx, request.id, { filedOn: today, reasons, by: authorOf(ctx.actor) });
    await setRequestState(tx, request.id, state);
    const record = (await findCase(tx, found.caseId, true)) as CaseRecord;
    await appendToDossier(ctx, tx, record, { type: 'objection', date: today, reasons });
    return { objectionId };
  },
});

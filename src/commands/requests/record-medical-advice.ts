import { parseAdvice } from '../../domain/requests/input.ts';
import { next } from '../../domain/requests/states.ts';
import { insertAdvice, setRequestState } from '../../store/funder-requests.ts';
import { authorOf } from '../cases/dossier.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { loadRequest, REQUEST_NOT_FOUND } from './request-resource.ts';

/**
 * A health insurer's medisch adviseur judges whether the reason for ending care is well-founded,
 * with the reasoning. It stays with the funder's record of the request (medical judgment is not
 * the provider's dossier); the latest judgment counts for the checklist.
 */
export const recordMedicalAdvice = command({
  action: 'request.advise',
  event: 'request.medical-advice',
  notFound: REQUEST_NOT_FOUND,
  load: (tx, input: { requestId: string; body: unknown }) => loadRequest(tx, input.requestId, true),
  async run(tx, found, { body }, ctx): Promise<{ adviceId: string }> {
    const advice = parseAdvice(body);
    const state = next(found.request.state, { kind: 'advise' });
    const adviceId = await insertAdvice(tx, found.request.id, { advisedOn: todayOf(ctx), ...advice, by: authorOf(ctx.actor) });
    await setRequestState(tx, found.request.id, state);
    return { adviceId };
  },
});

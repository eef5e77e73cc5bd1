import { ConflictError } from '../../domain/errors.ts';
import { parseHearing } from '../../domain/requests/input.ts';
import { next } from '../../domain/requests/states.ts';
import { findCase, type CaseRecord } from '../../store/cases.ts';
import { insertHearing, setRequestState } from '../../store/funder-requests.ts';
import { appendToDossier, authorOf } from '../cases/dossier.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { loadRequest, REQUEST_NOT_FOUND } from './request-resource.ts';

/**
 * The funder's beoordelaar records the wederhoor: with whom, when and what was said. The dossier
 * gets its wederhoor entry (the provider's requirements ask for the funder's hearing), without
 * what was said: that stays with the funder's record of the request.
 */
export const recordHearing = command({
  action: 'request.review',
  event: 'request.hearing',
  notFound: REQUEST_NOT_FOUND,
  load: (tx, input: { requestId: string; body: unknown }) => loadRequest(tx, input.requestId, true),
  async run(tx, found, { body }, ctx): Promise<{ hearingId: string }> {
    const today = todayOf(ctx);
    const hearing = parseHearing(body, today);
    if (hearing.heldOn < found.request.receivedOn) {
      throw new ConflictError([{ path: '$.heldOn', message: 'het wederhoor gaat over dit verzoek en ligt dus niet vóór de ontvangst ervan' }]);
    }
    const state = next(found.request.state, { kind: 'hear' });
    const hearingId = await insertHearing(tx, found.request.id, { heldOn: hearing.heldOn, heard: hearing.with, summary: hearing.summary, by: authorOf(ctx.actor) });
    const record = (await findCase(tx, found.caseId, true)) as CaseRecord;
    await appendToDossier(ctx, tx, record, { type: 'wederhoor', date: hearing.heldOn, with: hearing.with });
    await setRequestState(tx, found.request.id, state);
    return { hearingId };
  },
});

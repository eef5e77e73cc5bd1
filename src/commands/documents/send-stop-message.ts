import { currentEntries } from '../../domain/dossier/corrections.ts';
import { ConflictError } from '../../domain/errors.ts';
import { requireAcceptance } from '../../domain/requests/follow-up.ts';
import { next } from '../../domain/requests/states.ts';
import { buildStopMessage } from '../../domain/stop-message/stop-message.ts';
import { stopMessageXml } from '../../documents/stop-message-xml.ts';
import { requestsOfCase, setRequestState } from '../../store/funder-requests.ts';
import { loadCase } from '../cases/case-resource.ts';
import { appendToDossier } from '../cases/dossier.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { caseDocument } from './case-document.ts';
import { QUERY_NAMES, type StopMessageOptions } from './stop-message-options.ts';

/**
 * Produces the case's 307 and records it in the dossier as its `stop-message` entry (with the
 * message's id and date), in one transaction, so the case is closed and the same message can be
 * produced again from the dossier. A case has one definitive stop: a second is refused, and so is
 * one before the funder accepted (a rejection keeps the case open).
 */
export const sendStopMessage = command({
  action: 'stop-message.manage',
  event: 'stop-message.send',
  load: (tx, input: { caseId: string; options: StopMessageOptions }) => loadCase(tx, input.caseId, true),
  async run(tx, found, { options }, ctx): Promise<string> {
    const { doc } = await caseDocument(tx, found);
    const sent = currentEntries(doc.entries).find((e) => e.type === 'stop-message');
    if (sent !== undefined) {
      throw new ConflictError([{ path: '$.entries', message: `er is al een 307-bericht vastgelegd (${sent.id}); een beëindiging heeft één definitieve stop` }]);
    }
    requireAcceptance(doc, 'stop-message');
    const message = buildStopMessage(doc, { ...options, today: todayOf(ctx), optionNames: QUERY_NAMES });
    await appendToDossier(ctx, tx, found.record, { type: 'stop-message', date: message.header.date, messageId: message.header.id });
    // The 307 is the last step after an acceptance: the request is done with.
    const [latest] = await requestsOfCase(tx, found.caseId);
    if (latest?.state === 'decided') await setRequestState(tx, latest.id, next(latest.state, { kind: 'close' }));
    return stopMessageXml(message);
  },
});

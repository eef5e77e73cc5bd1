import { currentEntries } from '../domain/dossier/corrections.ts';
import { ConflictError, NotFoundError } from '../domain/errors.ts';
import { buildStopMessage } from '../domain/stop-message/stop-message.ts';
import { stopMessageXml } from '../documents/stop-message-xml.ts';
import { authorize } from '../policy/policy.ts';
import { loadEntries, lockCase } from '../store/cases.ts';
import { appendToLockedCase } from './append-entry.ts';
import { todayOf, type CommandContext } from './context.ts';
import { QUERY_NAMES } from './stop-message.ts';
import { toDocument } from './read-case.ts';

/**
 * Produces the case's 307 and records it in the dossier as its `stop-message` entry (with the
 * message's id and date), in one transaction, so the case is closed and the same message can be
 * produced again from the dossier. A case has one definitive stop: a second is refused.
 */
export async function sendStopMessage(ctx: CommandContext, caseId: string, options: { date?: string; id?: string }): Promise<string> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const record = await lockCase(trx, caseId);
    if (record === undefined) throw new NotFoundError(`Casus ${caseId} bestaat niet.`);
    authorize(ctx.actor, 'stop-message.manage', record);
    const doc = toDocument(record, (await loadEntries(trx, caseId)).map((e) => e.entry));
    const sent = currentEntries(doc.entries).find((e) => e.type === 'stop-message');
    if (sent !== undefined) {
      throw new ConflictError([{ path: '$.entries', message: `er is al een 307-bericht vastgelegd (${sent.id}); een beëindiging heeft één definitieve stop` }]);
    }
    const message = buildStopMessage(doc, { ...options, today: todayOf(ctx), optionNames: QUERY_NAMES });
    await appendToLockedCase(ctx, trx, record, { type: 'stop-message', date: message.header.date, messageId: message.header.id });
    return stopMessageXml(message);
  });
}

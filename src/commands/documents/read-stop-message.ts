import { buildStopMessage } from '../domain/stop-message/stop-message.ts';
import { stopMessageXml } from '../documents/stop-message-xml.ts';
import { loadCaseDocument } from './case-documents.ts';
import { todayOf, type CommandContext } from './context.ts';

/** How the HTTP API names the options: as query parameters. */
export const QUERY_NAMES = { date: '?date', id: '?id' };

/** The case's iWmo/iJw 307 as XML; `date` and `id` as in `zorgvuldig stop-message`. */
export async function stopMessage(ctx: CommandContext, caseId: string, options: { date?: string; id?: string }): Promise<string> {
  const { doc } = await loadCaseDocument(ctx, caseId, 'stop-message.manage');
  return stopMessageXml(buildStopMessage(doc, { ...options, today: todayOf(ctx), optionNames: QUERY_NAMES }));
}

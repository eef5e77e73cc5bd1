import { buildStopMessage } from '../../domain/stop-message/stop-message.ts';
import { stopMessageXml } from '../../documents/stop-message-xml.ts';
import { loadCase } from '../cases/case-resource.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { caseDocument } from './case-document.ts';
import { QUERY_NAMES, type StopMessageOptions } from './stop-message-options.ts';

/** The case's iWmo/iJw 307 as XML; `date` and `id` as in `zorgvuldig stop-message`. */
export const readStopMessage = command({
  action: 'stop-message.manage',
  event: 'stop-message.read',
  load: (tx, input: { caseId: string; options: StopMessageOptions }) => loadCase(tx, input.caseId),
  async run(tx, found, { options }, ctx): Promise<string> {
    const { doc } = await caseDocument(tx, found);
    return stopMessageXml(buildStopMessage(doc, { ...options, today: todayOf(ctx), optionNames: QUERY_NAMES }));
  },
});

import type { IsoDate } from '../../domain/dossier/types.ts';
import type { RenderTask } from '../../documents/render.ts';
import { loadCase } from '../cases/case-resource.ts';
import { clientCopy } from '../own-file/own-file.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';

/** The client's copy of the dossier as a PDF, without the internal notes and what was withheld from the client (rendered by the route, off the event loop). */
export const downloadClientCopy = command({
  action: 'document.read',
  event: 'document.download',
  load: (tx, input: { caseId: string; asOf?: IsoDate }) => loadCase(tx, input.caseId),
  run: (tx, found, { asOf }, ctx): Promise<RenderTask> => clientCopy(tx, found, asOf ?? todayOf(ctx)),
});

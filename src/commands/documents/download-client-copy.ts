import type { IsoDate } from '../../domain/dossier/types.ts';
import type { RenderTask } from '../../documents/render.ts';
import { loadCase } from '../cases/case-resource.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { caseDocument } from './case-document.ts';

/** The client's copy of the dossier as a PDF, without the internal notes (rendered by the route, off the event loop). */
export const downloadClientCopy = command({
  action: 'document.read',
  event: 'document.download',
  load: (tx, input: { caseId: string; asOf?: IsoDate }) => loadCase(tx, input.caseId),
  async run(tx, found, { asOf }, ctx): Promise<RenderTask> {
    const { doc, sender } = await caseDocument(tx, found);
    return { kind: 'client-copy', dossier: doc, sender, date: asOf ?? todayOf(ctx) };
  },
});

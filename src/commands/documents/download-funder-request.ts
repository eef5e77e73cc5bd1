import { assess } from '../../domain/assessment/assess.ts';
import type { IsoDate } from '../../domain/dossier/types.ts';
import { funderRequest } from '../../domain/letters/funder-request.ts';
import type { RenderTask } from '../../documents/render.ts';
import { loadCase } from '../cases/case-resource.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { caseDocument } from './case-document.ts';

/**
 * The request to the funder as one PDF: the request, the chronological dossier, the assessment. The
 * command gathers what it says; the route renders it off the event loop once the transaction is over.
 */
export const downloadFunderRequest = command({
  action: 'document.read',
  event: 'document.download',
  load: (tx, input: { caseId: string; asOf?: IsoDate }) => loadCase(tx, input.caseId),
  async run(tx, found, { asOf }, ctx): Promise<RenderTask> {
    const { doc, sender } = await caseDocument(tx, found);
    return { kind: 'funder-request', request: funderRequest(doc, sender), dossier: doc, assessment: assess(doc, asOf ?? todayOf(ctx)), sender };
  },
});

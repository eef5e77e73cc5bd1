import type { IsoDate } from '../../domain/dossier/types.ts';
import { renderClientCopyPdf } from '../../documents/client-copy-pdf.ts';
import { loadCase } from '../cases/case-resource.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { caseDocument } from './case-document.ts';

/** The client's copy of the dossier as a PDF, without the internal notes. */
export const downloadClientCopy = command({
  action: 'document.read',
  event: 'document.download',
  load: (tx, input: { caseId: string; asOf?: IsoDate }) => loadCase(tx, input.caseId),
  async run(tx, found, { asOf }, ctx): Promise<Buffer> {
    const { doc, sender } = await caseDocument(tx, found);
    return renderClientCopyPdf(doc, sender, asOf ?? todayOf(ctx));
  },
});

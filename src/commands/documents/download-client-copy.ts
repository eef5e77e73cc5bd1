import type { IsoDate } from '../domain/dossier/types.ts';
import { renderClientCopyPdf } from '../documents/client-copy-pdf.ts';
import { loadCaseDocument } from './case-documents.ts';
import { todayOf, type CommandContext } from './context.ts';

/** The client's copy of the dossier as a PDF, without the internal notes. */
export async function clientCopyPdf(ctx: CommandContext, caseId: string, asOf?: IsoDate): Promise<Buffer> {
  const { doc, sender } = await loadCaseDocument(ctx, caseId, 'document.read');
  return renderClientCopyPdf(doc, sender, asOf ?? todayOf(ctx));
}

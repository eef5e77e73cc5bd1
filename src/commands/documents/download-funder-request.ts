import { assess } from '../domain/assessment/assess.ts';
import type { IsoDate } from '../domain/dossier/types.ts';
import { funderRequest } from '../domain/letters/funder-request.ts';
import { renderFunderRequestPdf } from '../documents/funder-request-pdf.ts';
import { loadCaseDocument } from './case-documents.ts';
import { todayOf, type CommandContext } from './context.ts';

/** The request to the funder as one PDF: the request, the chronological dossier, the assessment. */
export async function funderRequestPdf(ctx: CommandContext, caseId: string, asOf?: IsoDate): Promise<Buffer> {
  const { doc, sender } = await loadCaseDocument(ctx, caseId, 'document.read');
  const date = asOf ?? todayOf(ctx);
  return renderFunderRequestPdf(funderRequest(doc, sender), doc, assess(doc, date), sender);
}

import { renderLetterPdf } from '../documents/letter-pdf.ts';
import { sentPdf } from '../store/letters.ts';
import { loadCaseDocument, loadLetter } from './case-documents.ts';
import type { CommandContext } from './context.ts';

/**
 * A letter's PDF: for a sent letter the stored bytes, exactly as sent (never rendered again, so a
 * later change of a template cannot change it); for a draft a preview marked as such.
 */
export async function letterPdf(ctx: CommandContext, caseId: string, letterId: string): Promise<{ pdf: Buffer; sent: boolean }> {
  await loadCaseDocument(ctx, caseId, 'document.read');
  const letter = await loadLetter(ctx, caseId, letterId);
  if (letter.status === 'sent') return { pdf: (await sentPdf(ctx.store.db, letterId)) as Buffer, sent: true };
  return { pdf: await renderLetterPdf(letter.letter, { draft: true }), sent: false };
}

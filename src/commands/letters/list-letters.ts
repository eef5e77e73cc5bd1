import { availableLetters } from '../domain/letters/draft.ts';
import type { LetterKind } from '../domain/letters/types.ts';
import { listLetters as list, type LetterRecord } from '../store/letters.ts';
import { loadCaseDocument, loadLetter } from './case-documents.ts';
import type { CommandContext } from './context.ts';

/** The letters the case's regime asks for, and the case's drafts and sent letters. */
export async function listLetters(
  ctx: CommandContext,
  caseId: string,
): Promise<{ available: { kind: LetterKind; title: string }[]; letters: LetterRecord[] }> {
  const { doc } = await loadCaseDocument(ctx, caseId, 'document.read');
  return { available: availableLetters(doc), letters: await list(ctx.store.db, caseId) };
}

export async function readLetter(ctx: CommandContext, caseId: string, letterId: string): Promise<LetterRecord> {
  await loadCaseDocument(ctx, caseId, 'document.read');
  return loadLetter(ctx, caseId, letterId);
}

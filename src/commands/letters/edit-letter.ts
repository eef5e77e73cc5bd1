import { editLetter as edit } from '../domain/letters/draft.ts';
import { ConflictError } from '../domain/errors.ts';
import { updateDraft, type LetterRecord } from '../store/letters.ts';
import { loadCaseDocument, loadLetter } from './case-documents.ts';
import type { CommandContext } from './context.ts';

export function refuseSent(letter: LetterRecord): void {
  if (letter.status === 'sent') {
    throw new ConflictError([{ path: '$', message: 'deze brief is verzonden en kan niet meer worden gewijzigd of verwijderd' }]);
  }
}

/** Edits a draft's subject and body (`{ subject?, body? }`); a sent letter is never changed. */
export async function editLetter(ctx: CommandContext, caseId: string, letterId: string, input: unknown): Promise<LetterRecord> {
  await loadCaseDocument(ctx, caseId, 'letter.draft');
  const letter = await loadLetter(ctx, caseId, letterId);
  refuseSent(letter);
  await updateDraft(ctx.store.db, letterId, edit(letter.letter, input));
  return loadLetter(ctx, caseId, letterId);
}

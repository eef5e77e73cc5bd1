import { deleteDraft } from '../store/letters.ts';
import { loadCaseDocument, loadLetter } from './case-documents.ts';
import type { CommandContext } from './context.ts';
import { refuseSent } from './edit-letter.ts';

/** Throws a draft away; a sent letter stays (the database refuses its removal as well). */
export async function discardLetter(ctx: CommandContext, caseId: string, letterId: string): Promise<void> {
  await loadCaseDocument(ctx, caseId, 'letter.draft');
  refuseSent(await loadLetter(ctx, caseId, letterId));
  await deleteDraft(ctx.store.db, letterId);
}

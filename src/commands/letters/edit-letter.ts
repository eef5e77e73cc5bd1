import { editLetter as edit } from '../../domain/letters/draft.ts';
import { updateDraft, type LetterRecord } from '../../store/letters.ts';
import { loadCase } from '../cases/case-resource.ts';
import { command } from '../pipeline/execute.ts';
import { letterOf, refuseSent } from './letters.ts';

/** Edits a draft's subject and body (`{ subject?, body? }`); a sent letter is never changed. */
export const editLetter = command({
  action: 'letter.draft',
  event: 'letter.edit',
  load: (tx, input: { caseId: string; letterId: string; body: unknown }) => loadCase(tx, input.caseId),
  async run(tx, found, { letterId, body }): Promise<LetterRecord> {
    const letter = await letterOf(tx, found.caseId, letterId, true);
    refuseSent(letter);
    await updateDraft(tx, letterId, edit(letter.letter, body));
    return letterOf(tx, found.caseId, letterId);
  },
});

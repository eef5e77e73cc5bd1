import { deleteDraft } from '../../store/letters.ts';
import { loadCase } from '../cases/case-resource.ts';
import { command } from '../pipeline/execute.ts';
import { letterOf, refuseSent } from './letters.ts';

/** Throws a draft away; a sent letter stays (the database refuses its removal as well). */
export const discardLetter = command({
  action: 'letter.draft',
  event: 'letter.discard',
  load: (tx, input: { caseId: string; letterId: string }) => loadCase(tx, input.caseId),
  async run(tx, found, { letterId }): Promise<void> {
    refuseSent(await letterOf(tx, found.caseId, letterId, true));
    await deleteDraft(tx, letterId);
  },
});

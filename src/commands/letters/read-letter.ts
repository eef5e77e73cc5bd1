import { can } from '../../policy/policy.ts';
import type { LetterRecord } from '../../store/letters.ts';
import { loadCase } from '../cases/case-resource.ts';
import { command } from '../pipeline/execute.ts';
import { letterOf } from './letters.ts';

/** One letter of the case, and whether the actor may edit and approve it (the edit page offers those only then). */
export const readLetter = command({
  action: 'document.read',
  event: 'letter.read',
  load: (tx, input: { caseId: string; letterId: string }) => loadCase(tx, input.caseId),
  run: async (tx, found, { letterId }, ctx): Promise<LetterRecord & { mayDraft: boolean; mayApprove: boolean }> => ({
    ...(await letterOf(tx, found.caseId, letterId)),
    mayDraft: can(ctx.actor, 'letter.draft', found),
    mayApprove: can(ctx.actor, 'letter.approve', found),
  }),
});

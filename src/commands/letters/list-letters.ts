import { can } from '../../policy/policy.ts';
import { availableLetters } from '../../domain/letters/draft.ts';
import type { LetterKind } from '../../domain/letters/types.ts';
import { listLetters as selectLetters, type LetterRecord } from '../../store/letters.ts';
import { loadCase } from '../cases/case-resource.ts';
import { caseDocument } from '../documents/case-document.ts';
import { followUpOf, type FollowUp } from '../documents/follow-up.ts';
import { command } from '../pipeline/execute.ts';

/**
 * The letters the case's regime asks for, the case's drafts and sent letters, and whether the actor
 * may draft and approve them; and the allocation and 307 after an acceptance.
 */
export const listLetters = command({
  action: 'document.read',
  event: 'letter.list',
  load: (tx, caseId: string) => loadCase(tx, caseId),
  async run(
    tx,
    found,
    _caseId,
    ctx,
  ): Promise<{
    clientName: string;
    available: { kind: LetterKind; title: string }[];
    letters: LetterRecord[];
    mayDraft: boolean;
    mayApprove: boolean;
    followUp: FollowUp;
  }> {
    const { doc } = await caseDocument(tx, found);
    return {
      clientName: doc.client.name,
      available: availableLetters(doc),
      letters: await selectLetters(tx, found.caseId),
      mayDraft: can(ctx.actor, 'letter.draft', found),
      mayApprove: can(ctx.actor, 'letter.approve', found),
      // The allocation and the 307 after an acceptance, shown on the same page.
      followUp: followUpOf(doc, found, ctx.actor),
    };
  },
});

import { availableLetters } from '../../domain/letters/draft.ts';
import type { LetterKind } from '../../domain/letters/types.ts';
import { loadCase } from '../cases/case-resource.ts';
import { caseDocument } from '../documents/case-document.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';

/**
 * What a form to draft a letter needs: the letters the case's regime offers, whose case it is, and
 * today. Decided as drafting, so only those who may draft a letter see the form.
 */
export const letterOffers = command({
  action: 'letter.draft',
  event: 'letter.list',
  load: (tx, caseId: string) => loadCase(tx, caseId),
  async run(tx, found, _caseId, ctx): Promise<{ clientName: string; available: { kind: LetterKind; title: string }[]; today: string }> {
    const { doc } = await caseDocument(tx, found);
    return { clientName: doc.client.name, available: availableLetters(doc), today: todayOf(ctx) };
  },
});

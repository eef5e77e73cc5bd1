import { availableLetters } from '../../domain/letters/draft.ts';
import type { LetterKind } from '../../domain/letters/types.ts';
import { listLetters as selectLetters, type LetterRecord } from '../../store/letters.ts';
import { loadCase } from '../cases/case-resource.ts';
import { caseDocument } from '../documents/case-document.ts';
import { command } from '../pipeline/execute.ts';

/** The letters the case's regime asks for, and the case's drafts and sent letters. */
export const listLetters = command({
  action: 'document.read',
  event: 'letter.list',
  load: (tx, caseId: string) => loadCase(tx, caseId),
  async run(tx, found): Promise<{ available: { kind: LetterKind; title: string }[]; letters: LetterRecord[] }> {
    const { doc } = await caseDocument(tx, found);
    return { available: availableLetters(doc), letters: await selectLetters(tx, found.caseId) };
  },
});

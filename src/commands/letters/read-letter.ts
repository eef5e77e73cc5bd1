import type { LetterRecord } from '../../store/letters.ts';
import { loadCase } from '../cases/case-resource.ts';
import { command } from '../pipeline/execute.ts';
import { letterOf } from './letters.ts';

export const readLetter = command({
  action: 'document.read',
  event: 'letter.read',
  load: (tx, input: { caseId: string; letterId: string }) => loadCase(tx, input.caseId),
  run: (tx, found, { letterId }): Promise<LetterRecord> => letterOf(tx, found.caseId, letterId),
});

import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { findLetter, type LetterRecord } from '../../store/letters.ts';
import type { Tx } from '../pipeline/execute.ts';

// What the letter commands share: a letter of the case the command was decided on, and the rule
// that a sent letter never changes.

/** The letter if it belongs to the case (`lock`: for the rest of the transaction); NotFoundError otherwise. */
export async function letterOf(tx: Tx, caseId: string, letterId: string, lock = false): Promise<LetterRecord> {
  const letter = await findLetter(tx, caseId, letterId, lock);
  if (letter === undefined) throw new NotFoundError(`Brief ${letterId} bestaat niet bij deze casus.`);
  return letter;
}

export function refuseSent(letter: LetterRecord): void {
  if (letter.status === 'sent') {
    throw new ConflictError([{ path: '$', message: 'deze brief is verzonden en kan niet meer worden gewijzigd of verwijderd' }]);
  }
}

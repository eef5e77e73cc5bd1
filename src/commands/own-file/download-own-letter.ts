import { NotFoundError } from '../../domain/errors.ts';
import { isUuid } from '../../store/ids.ts';
import { findLetter, sentPdf } from '../../store/letters.ts';
import { loadCase } from '../cases/case-resource.ts';
import { command } from '../pipeline/execute.ts';

/** A letter sent to the client, exactly as sent; a draft does not exist for them. */
export const downloadOwnLetter = command({
  action: 'own-file.read',
  event: 'document.download',
  load: (tx, input: { caseId: string; letterId: string }) => loadCase(tx, input.caseId),
  async run(tx, found, { letterId }): Promise<Buffer> {
    const letter = isUuid(letterId) ? await findLetter(tx, found.caseId, letterId) : undefined;
    if (letter?.status !== 'sent') throw new NotFoundError('Deze brief bestaat niet in uw dossier.');
    return (await sentPdf(tx, letterId)) as Buffer;
  },
});

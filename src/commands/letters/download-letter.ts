import type { RenderTask } from '../../documents/render.ts';
import { sentPdf } from '../../store/letters.ts';
import { loadCase } from '../cases/case-resource.ts';
import { command } from '../pipeline/execute.ts';
import { letterOf } from './letters.ts';

/**
 * A letter's PDF: for a sent letter the stored bytes, exactly as sent (never rendered again, so a
 * later change of a template cannot change it); for a draft a preview marked as such, which the
 * route renders off the event loop.
 */
export const downloadLetter = command({
  action: 'document.read',
  event: 'document.download',
  load: (tx, input: { caseId: string; letterId: string }) => loadCase(tx, input.caseId),
  async run(tx, found, { letterId }): Promise<{ pdf: Buffer; sent: true } | { render: RenderTask; sent: false }> {
    const letter = await letterOf(tx, found.caseId, letterId);
    if (letter.status === 'sent') return { pdf: (await sentPdf(tx, letterId)) as Buffer, sent: true };
    return { render: { kind: 'letter', letter: letter.letter, draft: true }, sent: false };
  },
});

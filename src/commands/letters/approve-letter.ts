import { createHash } from 'node:crypto';
import { letterEntry, signed } from '../../domain/letters/draft.ts';
import { renderOffThread } from '../../documents/render-pool.ts';
import { markSent, type LetterRecord } from '../../store/letters.ts';
import { loadCase } from '../cases/case-resource.ts';
import { appendToDossier } from '../cases/dossier.ts';
import { caseDocument } from '../documents/case-document.ts';
import { command } from '../pipeline/execute.ts';
import { letterOf, refuseSent } from './letters.ts';

/**
 * Approves a draft, in one transaction: the dossier must still support the letter's facts, the
 * approver signs it with their name and role (decision 0025), the PDF is rendered once and stored
 * with its SHA-256, and the letter is recorded in the dossier as the entry of its kind through the
 * ordinary append path, so the assessment counts it. From then on the letter is what was sent and
 * never changes.
 */
export const approveLetter = command({
  action: 'letter.approve',
  event: 'letter.approve',
  load: (tx, input: { caseId: string; letterId: string }) => loadCase(tx, input.caseId, true),
  async run(tx, found, { letterId }, ctx): Promise<LetterRecord> {
    const draft = await letterOf(tx, found.caseId, letterId, true);
    refuseSent(draft);
    // The dossier as it is now: a letter whose facts it no longer supports is refused (409).
    const { doc } = await caseDocument(tx, found);
    const entry = letterEntry(draft.letter, draft.params, doc, letterId);
    // The one who approves signs: their name and role go on the letter as sent.
    const letter = ctx.actor.kind === 'user' ? signed(draft.letter, ctx.actor) : draft.letter;
    // In the transaction (the PDF is stored with the approval), but on a worker thread.
    const pdf = await renderOffThread({ kind: 'letter', letter, draft: false });
    const appended = entry === null ? null : await appendToDossier(ctx, tx, found.record, entry);
    await markSent(tx, letterId, {
      letter,
      pdf,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      approvedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      entryId: appended?.id ?? null,
    });
    return letterOf(tx, found.caseId, letterId);
  },
});

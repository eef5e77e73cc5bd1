import { createHash } from 'node:crypto';
import { letterEntry } from '../domain/letters/draft.ts';
import { NotFoundError } from '../domain/errors.ts';
import { renderLetterPdf } from '../documents/letter-pdf.ts';
import { authorize } from '../policy/policy.ts';
import { lockCase } from '../store/cases.ts';
import { findLetter, markSent, type LetterRecord } from '../store/letters.ts';
import { appendToLockedCase } from './append-entry.ts';
import { loadLetter } from './case-documents.ts';
import type { CommandContext } from './context.ts';
import { refuseSent } from './edit-letter.ts';

/**
 * Approves a draft, in one transaction: the PDF is rendered once and stored with its SHA-256, and
 * the letter is recorded in the dossier as the entry of its kind through the ordinary append path,
 * so the assessment counts it. From then on the letter is what was sent and never changes.
 */
export async function approveLetter(ctx: CommandContext, caseId: string, letterId: string): Promise<LetterRecord> {
  await ctx.store.db.transaction().execute(async (trx) => {
    const record = await lockCase(trx, caseId);
    if (record === undefined) throw new NotFoundError(`Casus ${caseId} bestaat niet.`);
    authorize(ctx.actor, 'letter.approve', record);
    const draft = await findLetter(trx, caseId, letterId, true);
    if (draft === undefined) throw new NotFoundError(`Brief ${letterId} bestaat niet bij deze casus.`);
    refuseSent(draft);
    const pdf = await renderLetterPdf(draft.letter, { draft: false });
    const entry = letterEntry(draft.letter, draft.params, record.client, letterId);
    const appended = entry === null ? null : await appendToLockedCase(ctx, trx, record, entry);
    await markSent(trx, letterId, {
      pdf,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      approvedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      entryId: appended?.id ?? null,
    });
  });
  return loadLetter(ctx, caseId, letterId);
}

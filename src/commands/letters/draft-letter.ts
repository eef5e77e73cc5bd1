import { isValidIsoDate } from '../domain/calendar/dates.ts';
import { draftLetter as draft } from '../domain/letters/draft.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { insertLetter, type LetterRecord } from '../store/letters.ts';
import { loadCaseDocument, loadLetter } from './case-documents.ts';
import { todayOf, type CommandContext } from './context.ts';

/**
 * Drafts a letter of the case's regime from its dossier: `{ kind, params?, date? }` (the date on the
 * letter, today when absent). The draft is stored for the regievoerder to edit and approve.
 */
export async function draftLetter(ctx: CommandContext, caseId: string, input: unknown): Promise<LetterRecord> {
  const { record, doc, sender } = await loadCaseDocument(ctx, caseId, 'letter.draft');
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidInputError([{ path: '$', message: 'moet een object zijn met kind, en zo nodig params en date' }]);
  }
  const { kind, params, date = todayOf(ctx), ...rest } = input as { kind?: unknown; params?: unknown; date?: unknown };
  const unknown = Object.keys(rest);
  if (unknown.length > 0) throw new InvalidInputError(unknown.map((k) => ({ path: `$.${k}`, message: 'onbekend veld; verwacht kind, params en date' })));
  if (typeof date !== 'string' || !isValidIsoDate(date)) {
    throw new InvalidInputError([{ path: '$.date', message: 'geen geldige datum; gebruik JJJJ-MM-DD met een bestaande dag' }]);
  }
  const letter = draft(kind, { doc, sender, date }, params);
  const id = await insertLetter(ctx.store.db, {
    caseId,
    organisationId: record.organisationId,
    params: (params ?? {}) as Record<string, unknown>,
    letter,
    draftedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
  });
  return loadLetter(ctx, caseId, id);
}

import { isValidIsoDate } from '../../domain/calendar/dates.ts';
import { draftLetter as draft } from '../../domain/letters/draft.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { insertLetter, type LetterRecord } from '../../store/letters.ts';
import { loadCase } from '../cases/case-resource.ts';
import { caseDocument } from '../documents/case-document.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { letterOf } from './letters.ts';

/**
 * Drafts a letter of the case's regime from its dossier: `{ kind, params?, date? }` (the date on the
 * letter, today when absent). The draft is stored for the regievoerder to edit and approve.
 */
export const draftLetter = command({
  action: 'letter.draft',
  event: 'letter.draft',
  load: (tx, input: { caseId: string; body: unknown }) => loadCase(tx, input.caseId),
  async run(tx, found, { body }, ctx): Promise<LetterRecord> {
    const { doc, sender } = await caseDocument(tx, found);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new InvalidInputError([{ path: '$', message: 'moet een object zijn met kind, en zo nodig params en date' }]);
    }
    const { kind, params, date = todayOf(ctx), ...rest } = body as { kind?: unknown; params?: unknown; date?: unknown };
    const unknown = Object.keys(rest);
    if (unknown.length > 0) throw new InvalidInputError(unknown.map((k) => ({ path: `$.${k}`, message: 'onbekend veld; verwacht kind, params en date' })));
    if (typeof date !== 'string' || !isValidIsoDate(date)) {
      throw new InvalidInputError([{ path: '$.date', message: 'geen geldige datum; gebruik JJJJ-MM-DD met een bestaande dag' }]);
    }
    const letter = draft(kind, { doc, sender, date }, params);
    const id = await insertLetter(tx, {
      caseId: found.caseId,
      organisationId: found.organisationId,
      params: (params ?? {}) as Record<string, unknown>,
      letter,
      draftedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    return letterOf(tx, found.caseId, id);
  },
});

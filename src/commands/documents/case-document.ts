import type { DossierDocument } from '../domain/dossier/types.ts';
import type { Sender } from '../domain/letters/types.ts';
import { NotFoundError } from '../domain/errors.ts';
import type { Action } from '../policy/policy.ts';
import type { CaseRecord } from '../store/cases.ts';
import { findLetter, findSender, type LetterRecord } from '../store/letters.ts';
import type { CommandContext } from './context.ts';
import { loadAuthorized, toDocument } from './read-case.ts';

// What the document commands share: the case as an interchange document with the organisation that
// sends its documents, once the policy allows the action; and a letter of that case.

export interface CaseDocument {
  record: CaseRecord;
  doc: DossierDocument;
  sender: Sender;
}

export async function loadCaseDocument(ctx: CommandContext, caseId: string, action: Action): Promise<CaseDocument> {
  const { record, entries } = await loadAuthorized(ctx, caseId, action);
  return { record, doc: toDocument(record, entries.map((e) => e.entry)), sender: await findSender(ctx.store.db, record.organisationId) };
}

export async function loadLetter(ctx: CommandContext, caseId: string, letterId: string): Promise<LetterRecord> {
  const letter = await findLetter(ctx.store.db, caseId, letterId);
  if (letter === undefined) throw new NotFoundError(`Brief ${letterId} bestaat niet bij deze casus.`);
  return letter;
}

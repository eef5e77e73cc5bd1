import { effectiveEntries, type EffectiveEntry } from '../domain/dossier/corrections.ts';
import { DOSSIER_FORMAT, type DossierDocument, type Entry } from '../domain/dossier/types.ts';
import { NotFoundError } from '../domain/errors.ts';
import { authorize, type Action } from '../policy/policy.ts';
import { findCase, loadEntries, type CaseRecord, type StoredEntry } from '../store/cases.ts';
import type { CommandContext } from './context.ts';

export interface CaseView {
  case: CaseRecord;
  /** Every entry ever appended, in order: the history. */
  entries: StoredEntry[];
  /** The corrected state: each corrected entry replaced by its latest correction. */
  current: EffectiveEntry[];
}

/** The case and its whole dossier, once the policy allows `action` on it. */
export async function loadAuthorized(ctx: CommandContext, caseId: string, action: Action) {
  const record = await findCase(ctx.store.db, caseId);
  if (record === undefined) throw new NotFoundError(`Casus ${caseId} bestaat niet.`);
  authorize(ctx.actor, action, record);
  return { record, entries: await loadEntries(ctx.store.db, caseId) };
}

export async function readCase(ctx: CommandContext, caseId: string): Promise<CaseView> {
  const { record, entries } = await loadAuthorized(ctx, caseId, 'case.read');
  return { case: record, entries, current: effectiveEntries(entries.map((e) => e.entry)) };
}

export function toDocument(record: CaseRecord, entries: readonly Entry[]): DossierDocument {
  return {
    format: DOSSIER_FORMAT,
    regime: record.regime,
    procedure: record.procedure,
    client: record.client,
    careStarted: record.careStarted,
    entries: [...entries],
    ...(record.allocation !== undefined ? { allocation: record.allocation } : {}),
  };
}

/** The case as an interchange document; an import of it gives the same document back. */
export async function exportDossier(ctx: CommandContext, caseId: string): Promise<DossierDocument> {
  const { record, entries } = await loadAuthorized(ctx, caseId, 'case.export');
  return toDocument(record, entries.map((e) => e.entry));
}

import { assess } from '../../domain/assessment/assess.ts';
import { caseStatus } from '../../domain/dossier/status.ts';
import { effectiveEntries, type EffectiveEntry } from '../../domain/dossier/corrections.ts';
import { DOSSIER_FORMAT, type CareLaw, type DossierDocument, type Entry } from '../../domain/dossier/types.ts';
import { parseEntry, untilToday } from '../../domain/dossier/validate.ts';
import { requireAcceptance } from '../../domain/requests/follow-up.ts';
import type { Actor } from '../../policy/actors.ts';
import { writeCaseProjection } from '../../store/case-projection.ts';
import { appendEntries, findCase, insertCase, loadEntries, type CaseRecord, type StoredEntry } from '../../store/cases.ts';
import { todayOf, type CommandContext } from '../pipeline/context.ts';
import type { Tx } from '../pipeline/execute.ts';
import { caseResource, type LoadedCase } from './case-resource.ts';
import { routeCase, type RoutingInput } from './routing.ts';

// The dossier as the commands of every area read and write it: the case as an interchange document
// and as a view (history and corrected state); a new case (opened or imported); an entry appended
// (by hand, by an approved letter, by the 307). Each write keeps the case's status and what lists
// show of its assessment in step, in the command's transaction.

export function authorOf(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}

export interface CaseView {
  case: CaseRecord;
  /** Every entry ever appended, in order: the history. */
  entries: StoredEntry[];
  /** The corrected state: each corrected entry replaced by its latest correction. */
  current: EffectiveEntry[];
}

export async function readCaseView(tx: Tx, record: CaseRecord): Promise<CaseView> {
  return caseView(record, await loadEntries(tx, record.id));
}

export function caseView(record: CaseRecord, entries: StoredEntry[]): CaseView {
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

/**
 * Stores a checked interchange document as a new case, all or nothing: the client (or one the
 * provider already has, whose care agreement then gives the case its evidence), the case, its
 * entries, where its request goes, and what lists show of its assessment.
 */
export async function createCase(
  ctx: CommandContext,
  tx: Tx,
  organisationId: string,
  doc: DossierDocument,
  routing: RoutingInput,
  options: { existingClientId?: string; careLaw?: CareLaw | null } = {},
): Promise<LoadedCase> {
  const authorId = authorOf(ctx.actor);
  const status = caseStatus(doc.entries);
  const caseId = await insertCase(tx, {
    organisationId,
    client: doc.client,
    regime: doc.regime,
    procedure: doc.procedure,
    careStarted: doc.careStarted,
    status,
    createdBy: authorId,
    ...(doc.allocation !== undefined ? { allocation: doc.allocation } : {}),
    ...(options.existingClientId !== undefined ? { existingClientId: options.existingClientId } : {}),
    careLaw: options.careLaw ?? null,
  });
  if (doc.entries.length > 0) await appendEntries(tx, caseId, organisationId, doc.entries, authorId, status);
  await routeCase(tx, caseId, organisationId, doc.regime, routing, true);
  await writeCaseProjection(tx, caseId, organisationId, assess(doc, todayOf(ctx)));
  return caseResource((await findCase(tx, caseId)) as CaseRecord);
}

/** A free id for an entry that arrives without one: e1, e2, … after what the dossier uses. */
function freeId(position: number, taken: ReadonlySet<string>): string {
  for (let n = position; ; n++) if (!taken.has(`e${n}`)) return `e${n}`;
}

/**
 * Appends one entry to a case whose row the transaction has locked, so the entry is checked against
 * exactly the dossier it joins and concurrent appends each get their own position.
 */
export async function appendToDossier(ctx: CommandContext, tx: Tx, record: CaseRecord, input: unknown): Promise<Entry> {
  const existing = (await loadEntries(tx, record.id)).map((e) => e.entry);
  const existingIds = new Set(existing.map((e) => e.id));
  const withId =
    typeof input === 'object' && input !== null && !Array.isArray(input) && !('id' in input)
      ? { id: freeId(record.entryCount + 1, existingIds), ...input }
      : input;
  const entry = parseEntry(withId, { client: record.client, existingIds, latest: untilToday(todayOf(ctx)) });
  // The final notice and the 307 follow the funder's acceptance, however they are recorded.
  if (entry.type === 'client-notice' && entry.kind === 'final-notice') requireAcceptance(toDocument(record, existing), 'final-notice', '$.kind');
  if (entry.type === 'stop-message') requireAcceptance(toDocument(record, existing), 'stop-message', '$.type');
  const entries = [...existing, entry];
  await appendEntries(tx, record.id, record.organisationId, [entry], authorOf(ctx.actor), caseStatus(entries));
  await writeCaseProjection(tx, record.id, record.organisationId, assess(toDocument(record, entries), todayOf(ctx)));
  return entry;
}

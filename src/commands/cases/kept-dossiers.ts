import type { Assessment } from '../../domain/assessment/assess.ts';
import type { Store } from '../../store/database.ts';
import { findCasesWithChangedEntries, type StoredEntry } from '../../store/cases.ts';
import type { Tx } from '../pipeline/execute.ts';
import { caseResource, type LoadedDossier } from './case-resource.ts';

// What a process keeps of the dossiers it read last, so that reading an unchanged dossier again
// costs neither its transfer from the database nor its parsing, nor its assessment (decision 0027).
// Only read-only commands (Command.readOnly) use it: what a transaction that wrote nothing reads is
// committed, so nothing kept here can be undone by a rollback. Whether the kept copy is current is
// asked of the database with every read (the case's row comes anyway, with its entry count), so
// any process may append meanwhile: a count that differs brings the dossier again.

/** Dossiers kept per database, the least recently read dropped first. */
const KEPT = 2_000;

interface Kept {
  entryCount: number;
  entries: StoredEntry[];
  authors: Map<string, string>;
  /** The last assessment made of it, with what it was made of besides the entries. */
  assessment?: { key: string; value: Assessment };
}

const keptOf = new WeakMap<Store, Map<string, Kept>>();

function keptIn(store: Store): Map<string, Kept> {
  let kept = keptOf.get(store);
  if (kept === undefined) keptOf.set(store, (kept = new Map()));
  return kept;
}

/** The cases with their dossiers (in the order asked; undefined: no such case), from the process's copy where the database says it is current. */
export async function readKeptDossiers(tx: Tx, store: Store, caseIds: readonly string[]): Promise<(LoadedDossier | undefined)[]> {
  const kept = keptIn(store);
  const ids = caseIds.map((id) => id.toLowerCase());
  const found = await findCasesWithChangedEntries(tx, ids.map((caseId) => ({ caseId, knownEntryCount: kept.get(caseId)?.entryCount ?? -1 })));
  return ids.map((caseId) => {
    const now = found.get(caseId);
    if (now === undefined) {
      kept.delete(caseId);
      return undefined;
    }
    let current = kept.get(caseId);
    if (now.changed || current === undefined) {
      current = { entryCount: now.record.entryCount, entries: now.changed ? now.entries : [], authors: now.changed ? now.authors : new Map() };
    }
    // Re-inserted: a Map iterates in insertion order, so the first key is the least recently read.
    kept.delete(caseId);
    kept.set(caseId, current);
    if (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
    return { ...caseResource(now.record), entries: current.entries, authors: current.authors };
  });
}

/**
 * The assessment of a dossier read by readKeptDossiers: the kept one when it was made of the same
 * entries and the same `key` (the rest of what it depends on), else a new one, which is kept.
 */
export function keptAssessment(store: Store, dossier: LoadedDossier, key: string, make: () => Assessment): Assessment {
  const kept = keptIn(store).get(dossier.caseId);
  if (kept === undefined || kept.entryCount !== dossier.record.entryCount) return make();
  if (kept.assessment?.key !== key) kept.assessment = { key, value: make() };
  return kept.assessment.value;
}

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

/** What is kept per database at most, counted in entries (so a few long dossiers weigh as much as many short ones). */
const KEPT_ENTRIES = 250_000;

interface Kept {
  entryCount: number;
  entries: StoredEntry[];
  authors: Map<string, string>;
  /** The last assessment made of it, with what it was made of besides the entries. */
  assessment?: { key: string; value: Assessment };
}

/** Dossiers by case id, the least recently read dropped first once their entries pass the limit. */
export class KeptDossiers {
  // A Map iterates in insertion order: re-inserting on every read makes the first key the least recently read.
  readonly #byCase = new Map<string, Kept>();
  #entries = 0;

  constructor(readonly limit: number) {}

  get(caseId: string): Kept | undefined {
    return this.#byCase.get(caseId);
  }

  /** The entries kept now, over all dossiers. */
  get entries(): number {
    return this.#entries;
  }

  /** Keeps it as the most recently read; the one just read stays even when it alone passes the limit. */
  keep(caseId: string, kept: Kept): void {
    this.forget(caseId);
    this.#byCase.set(caseId, kept);
    this.#entries += kept.entries.length;
    for (const oldest of this.#byCase.keys()) {
      if (this.#entries <= this.limit || oldest === caseId) break;
      this.forget(oldest);
    }
  }

  forget(caseId: string): void {
    const before = this.#byCase.get(caseId);
    if (before === undefined) return;
    this.#byCase.delete(caseId);
    this.#entries -= before.entries.length;
  }
}

const keptOf = new WeakMap<Store, KeptDossiers>();

function keptIn(store: Store): KeptDossiers {
  let kept = keptOf.get(store);
  if (kept === undefined) keptOf.set(store, (kept = new KeptDossiers(KEPT_ENTRIES)));
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
      kept.forget(caseId);
      return undefined;
    }
    let current = kept.get(caseId);
    if (now.changed || current === undefined) {
      current = { entryCount: now.record.entryCount, entries: now.changed ? now.entries : [], authors: now.changed ? now.authors : new Map() };
    }
    kept.keep(caseId, current);
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

import type { Entry } from './types.ts';

// Dossier entries are append-only (SPEC "Every entry has … corrects?"): a correction is a new entry
// that points at the entry it corrects. The corrected state replaces each corrected entry by its
// latest correction, at the position of the original, so the chronology a reader sees is the one
// the original recorded while the content is the corrected one.

export interface EffectiveEntry {
  /** The entry as it stands after all corrections. */
  entry: Entry;
  /** The ids of the entries it supersedes, oldest first (empty when never corrected). */
  supersedes: string[];
}

/** The corrected state of a dossier, in the order of the originals. */
export function effectiveEntries(entries: readonly Entry[]): EffectiveEntry[] {
  const correctionOf = new Map<string, Entry>();
  for (const entry of entries) {
    if (entry.corrects !== undefined) correctionOf.set(entry.corrects, entry);
  }
  const result: EffectiveEntry[] = [];
  for (const entry of entries) {
    if (entry.corrects !== undefined) continue;
    const supersedes: string[] = [];
    let current = entry;
    for (let next = correctionOf.get(current.id); next !== undefined; next = correctionOf.get(current.id)) {
      supersedes.push(current.id);
      current = next;
    }
    result.push({ entry: current, supersedes });
  }
  return result;
}

/** The corrected entries only, for rules that do not care about history. */
export function currentEntries(entries: readonly Entry[]): Entry[] {
  return effectiveEntries(entries).map((e) => e.entry);
}

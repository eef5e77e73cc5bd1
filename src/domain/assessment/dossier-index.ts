// The dossier as the engine reads it: corrected entries, grouped by type once and kept in date
// order, so every rule looks only at the entries of its own types and an assessment stays linear
// in the size of the dossier. Dates are validated `YYYY-MM-DD` strings, whose lexical order is
// their chronological order, so they are compared as strings throughout the engine.

import type { Entry, EntryType, IsoDate } from '../dossier/types.ts';
import type { EntryMatch, EntrySelector, FieldTest, OrderAnchor } from '../protocols/types.ts';

type AnyFieldTest = FieldTest<string> | FieldTest<number> | FieldTest<string[]> | FieldTest<boolean>;
type Predicate = (entry: Entry) => boolean;

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

function passes(value: unknown, test: AnyFieldTest): boolean {
  if ('is' in test) return value === test.is;
  if ('isNot' in test) return value !== test.isNot;
  if ('in' in test) return (test.in as readonly unknown[]).includes(value);
  if ('includesAny' in test) return Array.isArray(value) && value.some((v) => (test.includesAny as readonly unknown[]).includes(v));
  if ('includesAll' in test) return Array.isArray(value) && (test.includesAll as readonly unknown[]).every((v) => value.includes(v));
  if ('present' in test) return isPresent(value) === test.present;
  return value === undefined || (typeof value === 'number' && value < test.absentOrBelow);
}

// Regime data is static, so each match is turned into a predicate once for the whole process.
const predicates = new WeakMap<EntryMatch, Predicate>();

function predicateOf(match: EntryMatch): Predicate {
  let predicate = predicates.get(match);
  if (predicate === undefined) {
    const tests = Object.entries((match.where ?? {}) as Record<string, AnyFieldTest>);
    predicate = (entry) => {
      const fields = entry as unknown as Record<string, unknown>;
      return tests.every(([field, test]) => passes(fields[field], test));
    };
    predicates.set(match, predicate);
  }
  return predicate;
}

export class DossierIndex {
  private readonly entries: readonly Entry[];
  private readonly byType = new Map<EntryType, Entry[]>();
  /** Dossier order, to break ties within a day when several types merge; built when first needed. */
  private position: Map<Entry, number> | undefined;
  // Many rules share a selector (the request, an acceptance): each is looked up once per dossier.
  private readonly selected = new Map<EntrySelector, readonly Entry[]>();

  constructor(entries: readonly Entry[]) {
    this.entries = entries;
    entries.forEach((entry) => {
      const list = this.byType.get(entry.type);
      if (list === undefined) this.byType.set(entry.type, [entry]);
      else list.push(entry);
    });
    // Array.prototype.sort is stable: entries of one day keep the dossier's order.
    for (const list of this.byType.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  /** The entries matching the selector, in date order (dossier order within a day). Do not modify. */
  select(selector: EntrySelector): readonly Entry[] {
    let found = this.selected.get(selector);
    if (found === undefined) {
      found = Array.isArray(selector) ? this.selectAny(selector) : this.selectOne(selector as EntryMatch);
      this.selected.set(selector, found);
    }
    return found;
  }

  private selectOne(match: EntryMatch): Entry[] {
    const predicate = predicateOf(match);
    return (this.byType.get(match.type) ?? []).filter(predicate);
  }

  private selectAny(any: readonly EntryMatch[]): Entry[] {
    const unique = [...new Set(any.flatMap((m) => this.selectOne(m)))];
    return unique.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : this.positionOf(a) - this.positionOf(b)));
  }

  /** Dossier order, looked up only when two entries of one day must be ordered. */
  private positionOf(entry: Entry): number {
    this.position ??= new Map(this.entries.map((e, i) => [e, i]));
    return this.position.get(entry) ?? 0;
  }

  /** The date of the anchor's nth matching entry, or undefined when there are fewer. */
  anchorDate(anchor: OrderAnchor): IsoDate | undefined {
    return this.select(anchor.match)[(anchor.nth ?? 1) - 1]?.date;
  }
}

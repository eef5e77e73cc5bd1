// The dossier as the engine reads it: corrected entries, grouped by type once and kept in date
// order, so every rule looks only at the entries of its own types and an assessment stays linear
// in the size of the dossier. Dates are validated `YYYY-MM-DD` strings, whose lexical order is
// their chronological order, so they are compared as strings throughout the engine.

import type { Entry, EntryType, IsoDate } from '../dossier/types.ts';
import type { EntryMatch, EntrySelector, FieldTest, OrderAnchor } from '../protocols/types.ts';

type AnyFieldTest = FieldTest<string> | FieldTest<number> | FieldTest<string[]> | FieldTest<boolean>;

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

function passes(value: unknown, test: AnyFieldTest): boolean {
  if ('is' in test) return value === test.is;
  if ('in' in test) return (test.in as readonly unknown[]).includes(value);
  if ('includesAny' in test) return Array.isArray(value) && value.some((v) => (test.includesAny as readonly unknown[]).includes(v));
  if ('present' in test) return isPresent(value) === test.present;
  return value === undefined || (typeof value === 'number' && value < test.absentOrBelow);
}

export function matches(entry: Entry, match: EntryMatch): boolean {
  if (entry.type !== match.type) return false;
  if (match.where === undefined) return true;
  const fields = entry as unknown as Record<string, unknown>;
  return Object.entries(match.where as Record<string, AnyFieldTest>).every(([field, test]) => passes(fields[field], test));
}

function asList(selector: EntrySelector): readonly EntryMatch[] {
  return Array.isArray(selector) ? selector : [selector as EntryMatch];
}

export class DossierIndex {
  private readonly byType = new Map<EntryType, Entry[]>();
  private readonly position = new Map<Entry, number>();

  constructor(entries: readonly Entry[]) {
    entries.forEach((entry, i) => {
      this.position.set(entry, i);
      const list = this.byType.get(entry.type);
      if (list === undefined) this.byType.set(entry.type, [entry]);
      else list.push(entry);
    });
    // Array.prototype.sort is stable: entries of one day keep the dossier's order.
    for (const list of this.byType.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  /** The entries matching the selector, in date order (dossier order within a day). */
  select(selector: EntrySelector): Entry[] {
    const list = asList(selector);
    const found = list.flatMap((match) => (this.byType.get(match.type) ?? []).filter((e) => matches(e, match)));
    if (list.length === 1) return found;
    const unique = [...new Set(found)];
    return unique.sort((a, b) =>
      a.date !== b.date ? (a.date < b.date ? -1 : 1) : (this.position.get(a) ?? 0) - (this.position.get(b) ?? 0),
    );
  }

  /** The date of the anchor's nth matching entry, or undefined when there are fewer. */
  anchorDate(anchor: OrderAnchor): IsoDate | undefined {
    return this.select(anchor.match)[(anchor.nth ?? 1) - 1]?.date;
  }
}

import type { Entry } from '../domain/dossier/types.ts';
import type { EntryRow } from './schema.ts';

// An entry's common fields are columns (for ordering, filtering and integrity); the fields of its
// type and its note are kept together in `body`, exactly as given, so any entry type round-trips.

export function entryBody(entry: Entry): Record<string, unknown> {
  const { id: _id, type: _type, date: _date, corrects: _corrects, ...body } = entry;
  return body;
}

export function entryFromRow(row: Pick<EntryRow, 'entry_key' | 'type' | 'date' | 'corrects' | 'body'>): Entry {
  return {
    id: row.entry_key,
    type: row.type,
    date: row.date,
    ...(row.corrects !== null ? { corrects: row.corrects } : {}),
    ...row.body,
  } as Entry;
}

import { InvalidInputError } from '../domain/errors.ts';
import { single } from './query.ts';

// A list's next page as a cursor (keyset pagination, decision 0022): the sort key of the last row
// shown, as base64url JSON, so the next page starts right after that row by the list's index, however
// deep it is and whatever was added before it in the meantime. Opaque to the caller; read back only
// through the list's own check of each value (a tampered cursor is a 400 naming the parameter).

export type CursorValue = string | number | null;

/** The cursor of a list's next page, or null on its last page. */
export function nextCursor(key: readonly CursorValue[] | null): string | null {
  return key === null ? null : Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The key in the cursor parameter `name`, checked by `read`; undefined when the parameter is absent. */
export function cursorParam<K>(query: Record<string, string | string[] | undefined>, name: string, read: (values: readonly unknown[]) => K | undefined): K | undefined {
  const raw = single(query, name);
  if (raw === undefined || raw === '') return undefined;
  let values: unknown;
  try {
    values = /^[A-Za-z0-9_-]{1,400}$/.test(raw) ? JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) : undefined;
  } catch {
    values = undefined;
  }
  const key = Array.isArray(values) ? read(values) : undefined;
  if (key === undefined) throw new InvalidInputError([{ path: `?${name}`, message: 'is geen geldige verwijzing naar een volgende pagina; begin opnieuw bij de eerste pagina' }]);
  return key;
}

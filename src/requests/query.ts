import { isValidIsoDate } from '../domain/calendar/dates.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { isUuid } from '../store/ids.ts';

// Query-string parameters, checked like any other input: a wrong value is a 400 naming it.

type Query = Record<string, string | string[] | undefined>;

export function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (Array.isArray(value)) throw new InvalidInputError([{ path: `?${name}`, message: 'mag maar één keer voorkomen' }]);
  return value;
}

export function integerParam(query: Query, name: string, fallback: number, min: number, max: number): number {
  const raw = single(query, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new InvalidInputError([{ path: `?${name}`, message: `moet een geheel getal van ${min} tot en met ${max} zijn` }]);
  }
  return value;
}

export function dateParam(query: Query, name: string): string | undefined {
  const raw = single(query, name);
  if (raw === undefined) return undefined;
  if (!isValidIsoDate(raw)) {
    throw new InvalidInputError([{ path: `?${name}`, message: 'geen geldige datum; gebruik JJJJ-MM-DD met een bestaande dag' }]);
  }
  return raw;
}

/** `labels`: a page's words for the values, named in the refusal instead of the codes the API takes. */
export function enumParam<T extends string>(query: Query, name: string, allowed: readonly T[], labels?: Readonly<Record<T, string>>): T | undefined {
  const raw = single(query, name);
  if (raw === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(raw)) {
    const names = labels === undefined ? allowed : allowed.map((a) => labels[a]);
    throw new InvalidInputError([{ path: `?${name}`, message: `moet een van deze waarden zijn: ${names.join(', ')}` }]);
  }
  return raw as T;
}

export function uuidParam(value: string | undefined, path: string): string | undefined {
  if (value !== undefined && !isUuid(value)) throw new InvalidInputError([{ path, message: 'is geen geldig id (een UUID)' }]);
  return value;
}

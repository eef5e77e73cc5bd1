import { DEADLINE_TYPES } from '../domain/assessment/deadline-types.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { readDeadlineKey, type DeadlineKey } from '../commands/deadlines/list-deadlines.ts';
import { cursorParam } from '../requests/cursor.ts';
import { integerParam } from '../requests/query.ts';

// The deadline overview's filters live in the query string, like the case list's: a filtered list
// is a link. An empty field means "no filter"; a value that is not in the form's lists is a 400.

export interface DeadlineListParams {
  type?: string;
  team?: string;
  page: number;
  /** The row the page starts after (the 'Volgende pagina' link's cursor); `page` then only numbers it. */
  after?: DeadlineKey;
}

type Query = Record<string, string | string[] | undefined>;

const TYPE_IDS: readonly string[] = DEADLINE_TYPES.map((t) => t.id);

function choice(query: Query, name: string, allowed: readonly string[], message: string): string | undefined {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || !allowed.includes(raw)) throw new InvalidInputError([{ path: `?${name}`, message }]);
  return raw;
}

/** `teamIds`: the organisation's teams, the only ones the form offers. */
export function parseDeadlineListParams(query: Query, teamIds: readonly string[]): DeadlineListParams {
  const type = choice(query, 'type', TYPE_IDS, 'onbekend soort termijn; kies er een uit de lijst');
  const team = choice(query, 'team', teamIds, 'onbekend team; kies een team van uw organisatie uit de lijst');
  const after = cursorParam(query, 'na', readDeadlineKey);
  return {
    ...(type !== undefined ? { type } : {}),
    ...(team !== undefined ? { team } : {}),
    page: integerParam(query, 'pagina', 1, 1, 1_000_000),
    ...(after !== undefined ? { after } : {}),
  };
}

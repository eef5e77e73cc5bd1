import { CASE_STATUSES, type CaseStatus } from '../domain/dossier/status.ts';
import { PROCEDURES, REGIMES, type Procedure, type RegimeId } from '../domain/dossier/types.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { readCaseListKey, type CaseListKey } from '../commands/cases/list-cases.ts';
import { cursorParam } from '../requests/cursor.ts';
import { enumParam, integerParam } from '../requests/query.ts';

// The case list's search and filters live in the query string, so a filtered list is a link that
// can be bookmarked and works without JavaScript. An empty field means "no filter".

export interface CaseListParams {
  search?: string;
  regime?: RegimeId;
  procedure?: Procedure;
  status?: CaseStatus;
  canSubmit?: boolean;
  page: number;
  /** The row the page starts after (the 'Volgende pagina' link's cursor); `page` then only numbers it. */
  after?: CaseListKey;
}

type Query = Record<string, string | string[] | undefined>;

const MAX_SEARCH = 100;

export function parseCaseListParams(raw: Query): CaseListParams {
  const query = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== '' && v !== undefined)) as Query;
  const search = typeof query.zoek === 'string' ? query.zoek.trim() : undefined;
  if (search !== undefined && search.length > MAX_SEARCH) {
    throw new InvalidInputError([{ path: '?zoek', message: `is te lang (maximaal ${MAX_SEARCH} tekens)` }]);
  }
  const regime = enumParam(query, 'regime', REGIMES);
  const procedure = enumParam(query, 'procedure', PROCEDURES);
  const status = enumParam(query, 'status', CASE_STATUSES);
  const canSubmit = enumParam(query, 'indienbaar', ['ja', 'nee'] as const);
  const after = cursorParam(query, 'na', readCaseListKey);
  return {
    ...(search !== undefined && search !== '' ? { search } : {}),
    ...(regime !== undefined ? { regime } : {}),
    ...(procedure !== undefined ? { procedure } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(canSubmit !== undefined ? { canSubmit: canSubmit === 'ja' } : {}),
    page: integerParam(query, 'pagina', 1, 1, 1_000_000),
    ...(after !== undefined ? { after } : {}),
  };
}

import { CASE_STATUSES, type CaseStatus } from '../domain/dossier/status.ts';
import { PROCEDURES, REGIMES, type Procedure, type RegimeId } from '../domain/dossier/types.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { readCaseListKey, type CaseListKey, type ResponsibleNeed } from '../commands/cases/list-cases.ts';
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
  /** Running cases whose responsible person is no longer active, or that have none (decision 0030). */
  responsible?: ResponsibleNeed;
  page: number;
  /** The row the page starts after (the 'Volgende pagina' link's cursor); `page` then only numbers it. */
  after?: CaseListKey;
}

/** The filter's values in the address, and what they select. */
export const RESPONSIBLE_NEEDS = { 'niet-meer-actief': 'inactive', 'nog-niemand': 'none' } as const satisfies Record<string, ResponsibleNeed>;

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
  const responsible = enumParam(query, 'verantwoordelijke', Object.keys(RESPONSIBLE_NEEDS) as (keyof typeof RESPONSIBLE_NEEDS)[]);
  const after = cursorParam(query, 'na', readCaseListKey);
  return {
    ...(search !== undefined && search !== '' ? { search } : {}),
    ...(regime !== undefined ? { regime } : {}),
    ...(procedure !== undefined ? { procedure } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(canSubmit !== undefined ? { canSubmit: canSubmit === 'ja' } : {}),
    ...(responsible !== undefined ? { responsible: RESPONSIBLE_NEEDS[responsible] } : {}),
    page: integerParam(query, 'pagina', 1, 1, 1_000_000),
    ...(after !== undefined ? { after } : {}),
  };
}

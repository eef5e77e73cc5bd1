import type { BoundedTotal } from '../../store/bounded-count.ts';
import { scopeOf } from '../../policy/scopes.ts';
import { listCases as selectCases, type CaseListFilter, type CaseListKey, type CaseRecord } from '../../store/cases.ts';
import { command } from '../pipeline/execute.ts';
import { caseResource } from './case-resource.ts';

/** A cursor's key, checked (the doors read `after`/`na` with it). */
export { readCaseListKey, type CaseListKey } from '../../store/cases.ts';

export type CaseListQuery = Omit<CaseListFilter, 'scope'>;

/** The cases the actor may see (a provider's staff: their organisation's; the operator: all), a page at a time. */
export const listCases = command({
  action: 'case.list',
  event: 'case.list',
  load: async () => ({ kind: 'cases' as const }),
  run: (tx, _cases, query: CaseListQuery, ctx): Promise<BoundedTotal & { cases: CaseRecord[]; next: CaseListKey | null }> =>
    selectCases(tx, { ...query, scope: (row) => scopeOf(ctx.actor, 'case.list', row) }),
  touched: (result) => result.cases.map(caseResource),
});

import type { BoundedTotal } from '../../store/bounded-count.ts';
import { scopeOf } from '../../policy/scopes.ts';
import { countCasesWithInactiveResponsible, listCases as selectCases, type CaseListFilter, type CaseListKey, type CaseRecord } from '../../store/cases.ts';
import { command } from '../pipeline/execute.ts';
import { caseResource } from './case-resource.ts';

/** A cursor's key, checked (the doors read `after`/`na` with it). */
export { readCaseListKey, type CaseListKey, type ResponsibleNeed } from '../../store/cases.ts';

export type CaseListQuery = Omit<CaseListFilter, 'scope'> & {
  /** Also count the running cases whose responsible person was deactivated (the page warns of them, decision 0030). */
  countInactiveResponsible?: boolean;
};

/** The cases the actor may see (a provider's staff: their organisation's; the operator: all), a page at a time. */
export const listCases = command({
  action: 'case.list',
  event: 'case.list',
  load: async () => ({ kind: 'cases' as const }),
  async run(tx, _cases, { countInactiveResponsible, ...query }: CaseListQuery, ctx): Promise<BoundedTotal & { cases: CaseRecord[]; next: CaseListKey | null; inactiveResponsible: number }> {
    const scope: CaseListFilter['scope'] = (row) => scopeOf(ctx.actor, 'case.list', row);
    const list = await selectCases(tx, { ...query, scope });
    return { ...list, inactiveResponsible: countInactiveResponsible === true ? await countCasesWithInactiveResponsible(tx, scope) : 0 };
  },
  touched: (result) => result.cases.map(caseResource),
});

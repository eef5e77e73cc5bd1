import { scopeOf } from '../../policy/scopes.ts';
import { listCases, type CaseRecord } from '../../store/cases.ts';
import { caseResource } from '../cases/case-resource.ts';
import { command } from '../pipeline/execute.ts';

/** The cases of the client's own file (usually one), for the first page of Mijn dossier. */
export const listOwnCases = command({
  action: 'own-file.read',
  event: 'case.list',
  load: async () => ({ kind: 'cases' as const }),
  run: async (tx, _cases, _input: undefined, ctx): Promise<CaseRecord[]> =>
    (await listCases(tx, { scope: (row) => scopeOf(ctx.actor, 'own-file.read', row), limit: 50, offset: 0 })).cases,
  touched: (cases) => cases.map(caseResource),
});

import { caseRouting } from '../../store/case-routing.ts';
import { command } from '../pipeline/execute.ts';
import { loadCase } from './case-resource.ts';
import type { Routing } from './routing.ts';

/** The team and funder of a case the actor may read. */
export const readCaseRouting = command({
  action: 'case.read',
  event: 'case.read',
  load: (tx, caseId: string) => loadCase(tx, caseId),
  run: async (tx, found) => (await caseRouting(tx, found.caseId)) as Routing,
});

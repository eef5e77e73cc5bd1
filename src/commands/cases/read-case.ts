import { command } from '../pipeline/execute.ts';
import { loadCase } from './case-resource.ts';
import { readCaseView } from './dossier.ts';

/** The case and its whole dossier: its history and its corrected state. */
export const readCase = command({
  action: 'case.read',
  event: 'case.read',
  load: (tx, caseId: string) => loadCase(tx, caseId),
  run: (tx, found) => readCaseView(tx, found.record),
});

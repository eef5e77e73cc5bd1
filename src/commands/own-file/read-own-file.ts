import { loadCase } from '../cases/case-resource.ts';
import { command } from '../pipeline/execute.ts';
import { ownFile, type OwnFile } from './own-file.ts';

/** One case of the client's own file: where it stands, what is in it, their letters, deadlines and requests. */
export const readOwnFile = command({
  action: 'own-file.read',
  event: 'case.read',
  load: (tx, caseId: string) => loadCase(tx, caseId),
  run: (tx, found, _caseId, ctx): Promise<OwnFile> => ownFile(tx, found, ctx),
});

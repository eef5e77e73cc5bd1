import { loadCase } from '../cases/case-resource.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { clientCopy } from './own-file.ts';

/** The client's copy of their whole file as a PDF (seed 004 §3 'afschrift'), without what was withheld. */
export const downloadOwnCopy = command({
  action: 'own-file.read',
  event: 'document.download',
  load: (tx, caseId: string) => loadCase(tx, caseId),
  run: (tx, found, _caseId, ctx): Promise<Buffer> => clientCopy(tx, found, todayOf(ctx)),
});

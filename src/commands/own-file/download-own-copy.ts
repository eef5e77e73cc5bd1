import { loadCase } from '../cases/case-resource.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { renderOffThread } from '../../documents/render-pool.ts';
import { clientCopy } from './own-file.ts';

/** The client's copy of their whole file as a PDF (seed 004 §3 'afschrift'), without what was withheld. */
export const downloadOwnCopy = command({
  action: 'own-file.read',
  event: 'document.download',
  load: (tx, caseId: string) => loadCase(tx, caseId),
  // Rendered on a worker inside the transaction: the page sends the bytes as they come.
  run: async (tx, found, _caseId, ctx): Promise<Buffer> => renderOffThread(await clientCopy(tx, found, todayOf(ctx))),
});

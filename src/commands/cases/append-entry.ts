import type { Entry } from '../../domain/dossier/types.ts';
import { refuseFunderEntryByProvider } from '../../domain/requests/funder-entries.ts';
import { command } from '../pipeline/execute.ts';
import { loadCase } from './case-resource.ts';
import { appendToDossier } from './dossier.ts';

/**
 * Appends one entry to a case's dossier. The case row is locked first, so the entry is checked
 * against exactly the dossier it joins and concurrent appends each get their own position. The
 * funder's own acts are not the provider's to record once the case is routed to a funder here.
 */
export const appendEntry = command({
  action: 'entry.append',
  event: 'entry.append',
  load: (tx, input: { caseId: string; entry: unknown }) => loadCase(tx, input.caseId, true),
  run: (tx, found, { entry }, ctx): Promise<Entry> => {
    refuseFunderEntryByProvider(entry, found.funderOrganisationId !== null);
    return appendToDossier(ctx, tx, found.record, entry);
  },
});

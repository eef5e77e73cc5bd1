import type { DossierDocument } from '../../domain/dossier/types.ts';
import { loadEntries } from '../../store/cases.ts';
import { command } from '../pipeline/execute.ts';
import { loadCase } from './case-resource.ts';
import { toDocument } from './dossier.ts';

/** The case as an interchange document; an import of it gives the same document back. */
export const exportDossier = command({
  action: 'case.export',
  event: 'case.export',
  load: (tx, caseId: string) => loadCase(tx, caseId),
  run: async (tx, found): Promise<DossierDocument> => toDocument(found.record, (await loadEntries(tx, found.caseId)).map((e) => e.entry)),
});

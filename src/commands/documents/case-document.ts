import type { DossierDocument } from '../../domain/dossier/types.ts';
import type { Sender } from '../../domain/letters/types.ts';
import { loadEntries } from '../../store/cases.ts';
import { findSender } from '../../store/letters.ts';
import type { LoadedCase } from '../cases/case-resource.ts';
import { toDocument } from '../cases/dossier.ts';
import type { Tx } from '../pipeline/execute.ts';

// What the document commands share: the case as an interchange document with the organisation that
// sends its documents.

export interface CaseDocument {
  doc: DossierDocument;
  sender: Sender;
}

export async function caseDocument(tx: Tx, found: LoadedCase): Promise<CaseDocument> {
  const entries = await loadEntries(tx, found.caseId);
  return { doc: toDocument(found.record, entries.map((e) => e.entry)), sender: await findSender(tx, found.organisationId) };
}

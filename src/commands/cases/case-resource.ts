import type { CaseResource } from '../../policy/resources.ts';
import { findCase, findCaseWithEntries, type CaseRecord, type StoredEntry } from '../../store/cases.ts';
import type { Tx } from '../pipeline/execute.ts';

// A case as the policy sees it (its organisation, funder, team and client), with the record the
// commands of this area work on.

export type LoadedCase = CaseResource & { record: CaseRecord };

export function caseResource(record: CaseRecord): LoadedCase {
  return {
    kind: 'case',
    caseId: record.id,
    organisationId: record.organisationId,
    funderOrganisationId: record.funderOrganisationId,
    teamId: record.teamId,
    clientId: record.clientId,
    record,
  };
}

/** The case in the command's transaction; `lock`: its row stays locked until the commit (to change it). */
export async function loadCase(tx: Tx, caseId: string, lock = false): Promise<LoadedCase | undefined> {
  const record = await findCase(tx, caseId, lock);
  return record === undefined ? undefined : caseResource(record);
}

/** A case with its dossier and who recorded it: the resource and its entries in one query, for the reads that show both. */
export type LoadedDossier = LoadedCase & { entries: StoredEntry[]; authors: Map<string, string> };

export async function loadDossier(tx: Tx, caseId: string): Promise<LoadedDossier | undefined> {
  const found = await findCaseWithEntries(tx, caseId);
  return found === undefined ? undefined : { ...caseResource(found.record), entries: found.entries, authors: found.authors };
}

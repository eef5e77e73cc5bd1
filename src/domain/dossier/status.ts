import { currentEntries } from './corrections.ts';
import type { Entry } from './types.ts';

export const CASE_STATUSES = ['open', 'ingediend', 'besloten', 'afgerond'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

// Where a case stands, read off its dossier so it can never disagree with it: a request to the
// funder makes it 'ingediend', the funder's decision 'besloten', the 307 stop message or a
// transfer to another provider 'afgerond'.
const MILESTONES: readonly { type: Entry['type']; status: CaseStatus }[] = [
  { type: 'stop-message', status: 'afgerond' },
  { type: 'transfer', status: 'afgerond' },
  { type: 'funder-decision', status: 'besloten' },
  { type: 'funder-request', status: 'ingediend' },
];

export function caseStatus(entries: readonly Entry[]): CaseStatus {
  // A withdrawn request was never decided on, nor is one awaited: the case is open again.
  const types = new Set(
    currentEntries(entries)
      .filter((e) => !(e.type === 'funder-request' && e.withdrawn !== undefined))
      .map((e) => e.type),
  );
  return MILESTONES.find((m) => types.has(m.type))?.status ?? 'open';
}

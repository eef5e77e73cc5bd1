import type { CaseView } from '../commands/read-case.ts';
import type { CaseRecord } from '../store/cases.ts';

// The JSON that leaves the server, in one place, so routes never leak a database row as is.

export function presentCaseSummary(record: CaseRecord) {
  return {
    id: record.id,
    organisationId: record.organisationId,
    client: record.client,
    regime: record.regime,
    procedure: record.procedure,
    status: record.status,
    careStarted: record.careStarted,
    entryCount: record.entryCount,
    canSubmit: record.canSubmit,
    nextDeadline: record.nextDeadline,
    createdAt: record.createdAt.toISOString(),
  };
}

export function presentCase(view: CaseView) {
  return {
    ...presentCaseSummary(view.case),
    entries: view.entries.map((e) => ({
      ...e.entry,
      seq: e.seq,
      authorId: e.authorId,
      recordedAt: e.recordedAt.toISOString(),
    })),
    current: view.current.map((e) => ({ ...e.entry, supersedes: e.supersedes })),
  };
}

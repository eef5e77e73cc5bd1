import { assess } from '../../domain/assessment/assess.ts';
import type { RenderTask } from '../../documents/render.ts';
import { findSender } from '../../store/letters.ts';
import type { DeadlineResult } from '../../domain/assessment/types.ts';
import { deadlinesForClient, visibleEntries, type RetentionExceptionKind } from '../../domain/client-file/rights.ts';
import type { Entry } from '../../domain/dossier/types.ts';
import { loadEntries, type CaseRecord, type StoredEntry } from '../../store/cases.ts';
import { caseRequests, sentLetters, withheldEntries, type ClientRequest, type SentLetter } from '../../store/client-file.ts';
import type { WithholdingReason } from '../../store/schema.ts';
import type { IsoDate } from '../../domain/dossier/types.ts';
import { todayOf, type CommandContext } from '../pipeline/context.ts';
import type { Tx } from '../pipeline/execute.ts';
import type { LoadedCase } from '../cases/case-resource.ts';
import { toDocument } from '../cases/dossier.ts';

// The client's own file as the client (or their representative) sees it (decision 0020): every entry
// except those the provider withheld, and for those only that something was withheld and why. What
// is derived (the deadlines) is computed from the visible entries alone, so nothing of a withheld
// entry reaches them through a date.

export interface OwnFile {
  case: CaseRecord;
  entries: StoredEntry[];
  withheld: { reason: WithholdingReason; recordedAt: Date }[];
  deadlines: DeadlineResult[];
  letters: SentLetter[];
  requests: ClientRequest[];
  /** Why the file is kept longer or not destroyed on request: the client is told (seed 004 §3). */
  exceptions: RetentionExceptionKind[];
}

/** The visible entries and what was withheld (without which entry). */
export async function visibleDossier(tx: Tx, caseId: string): Promise<{ entries: StoredEntry[]; withheld: OwnFile['withheld'] }> {
  const [entries, withholdings] = await Promise.all([loadEntries(tx, caseId), withheldEntries(tx, caseId)]);
  return {
    entries: visibleEntries(entries, new Set(withholdings.map((w) => w.entryKey))),
    withheld: withholdings.map((w) => ({ reason: w.reason, recordedAt: w.recordedAt })),
  };
}

export async function ownFile(tx: Tx, found: LoadedCase, ctx: CommandContext): Promise<OwnFile> {
  const { entries, withheld } = await visibleDossier(tx, found.caseId);
  const visible: Entry[] = entries.map((e) => e.entry);
  const assessment = assess(toDocument(found.record, visible), todayOf(ctx));
  return {
    case: found.record,
    entries,
    withheld,
    deadlines: deadlinesForClient(assessment.deadlines),
    letters: await sentLetters(tx, found.caseId),
    requests: await caseRequests(tx, found.caseId),
    exceptions: (await tx.selectFrom('retention_exceptions').select('kind').distinct().where('case_id', '=', found.caseId).execute()).map((r) => r.kind),
  };
}

/** The client's copy of the whole file as a PDF, whoever downloads it: what was withheld stays out. */
export async function clientCopy(tx: Tx, found: LoadedCase, asOf: IsoDate): Promise<RenderTask> {
  const { entries, withheld } = await visibleDossier(tx, found.caseId);
  const doc = toDocument(found.record, entries.map((e) => e.entry));
  return { kind: 'client-copy', dossier: doc, sender: await findSender(tx, found.organisationId), date: asOf, withheld: withheld.map(({ reason }) => ({ reason })) };
}

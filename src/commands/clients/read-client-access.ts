import type { RetentionExceptionKind } from '../../domain/client-file/rights.ts';
import { loadEntries, type CaseRecord, type StoredEntry } from '../../store/cases.ts';
import { withheldEntries, type Withholding } from '../../store/client-file.ts';
import { loadCase } from '../cases/case-resource.ts';
import { command } from '../pipeline/execute.ts';
import { listClientAccounts, type ClientAccountRow } from './client-accounts.ts';

export interface ClientAccess {
  case: CaseRecord;
  entries: StoredEntry[];
  accounts: ClientAccountRow[];
  withheld: Withholding[];
  exceptions: { kind: RetentionExceptionKind; reason: string; until: string | null; recordedAt: Date }[];
}

/** The client's access to their own file as the regievoerder manages it: accounts, withheld entries, retention exceptions. */
export const readClientAccess = command({
  action: 'client-account.invite',
  event: 'case.read',
  load: (tx, caseId: string) => loadCase(tx, caseId),
  async run(tx, found): Promise<ClientAccess> {
    const exceptions = await tx
      .selectFrom('retention_exceptions')
      .select(['kind', 'reason', 'until', 'recorded_at'])
      .where('case_id', '=', found.caseId)
      .orderBy('recorded_at')
      .execute();
    return {
      case: found.record,
      entries: await loadEntries(tx, found.caseId),
      accounts: await listClientAccounts(tx, found.clientId),
      withheld: await withheldEntries(tx, found.caseId),
      exceptions: exceptions.map((e) => ({ kind: e.kind, reason: e.reason, until: e.until, recordedAt: e.recorded_at })),
    };
  },
});

import { isWithholdingReason } from '../../domain/client-file/rights.ts';
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import { loadEntries } from '../../store/cases.ts';
import { insertWithholding } from '../../store/client-file.ts';
import { loadCase } from '../cases/case-resource.ts';
import { command } from '../pipeline/execute.ts';

export interface WithholdEntry {
  caseId: string;
  entryId: unknown;
  reason: unknown;
}

/**
 * Withholds one entry of the dossier from the client and their representatives, with a reason of
 * seed 004 §3. Recorded once, as a new row: the entry itself stays as it was, and so does the
 * withholding (decision 0020).
 */
export const withholdEntry = command({
  action: 'entry.withhold',
  event: 'entry.withhold',
  load: (tx, input: WithholdEntry) => loadCase(tx, input.caseId, true),
  async run(tx, found, input, ctx): Promise<void> {
    const ids = new Set((await loadEntries(tx, found.caseId)).map((e) => e.entry.id));
    const issues = [];
    if (typeof input.entryId !== 'string' || !ids.has(input.entryId)) issues.push({ path: '$.entryId', message: 'kies een item van dit dossier' });
    if (!isWithholdingReason(input.reason)) {
      issues.push({ path: '$.reason', message: 'kies een reden uit artikel 3: privacy-other, domestic-violence of child-abuse' });
    }
    if (issues.length > 0) throw new InvalidInputError(issues);
    const recordedBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
    if (!(await insertWithholding(tx, { caseId: found.caseId, entryKey: input.entryId as string, reason: input.reason as never, recordedBy }))) {
      throw new ConflictError([{ path: '$.entryId', message: 'dit item is al afgeschermd voor de cliënt' }]);
    }
  },
});

import type { Allocation } from '../../domain/dossier/types.ts';
import { parseDossierDocument, untilToday } from '../../domain/dossier/validate.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { allocationIssues } from '../../domain/stop-message/stop-message.ts';
import { setAllocation } from '../../store/cases.ts';
import { loadCase } from '../cases/case-resource.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { caseDocument } from './case-document.ts';

/**
 * Records the municipality's allocation (the 305's data) for a case, checked by the interchange
 * schema as the document's `allocation` (so errors name `$.allocation.…`) and by the eleven-test.
 */
export const updateAllocation = command({
  action: 'stop-message.manage',
  event: 'allocation.update',
  load: (tx, input: { caseId: string; allocation: unknown }) => loadCase(tx, input.caseId, true),
  async run(tx, found, input, ctx): Promise<Allocation> {
    const { doc } = await caseDocument(tx, found);
    if (typeof input.allocation !== 'object' || input.allocation === null || Array.isArray(input.allocation)) {
      throw new InvalidInputError([{ path: '$.allocation', message: 'moet een object zijn' }]);
    }
    const allocation = parseDossierDocument({ ...doc, allocation: input.allocation }, untilToday(todayOf(ctx))).allocation as Allocation;
    const issues = allocationIssues(allocation);
    if (issues.length > 0) throw new InvalidInputError(issues);
    await setAllocation(tx, found.caseId, allocation);
    return allocation;
  },
});

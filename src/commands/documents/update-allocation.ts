import type { Allocation } from '../domain/dossier/types.ts';
import { parseDossierDocument } from '../domain/dossier/validate.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { allocationIssues } from '../domain/stop-message/stop-message.ts';
import { setAllocation } from '../store/cases.ts';
import { loadCaseDocument } from './case-documents.ts';
import type { CommandContext } from './context.ts';

/**
 * Records the municipality's allocation (the 305's data) for a case, checked by the interchange
 * schema as the document's `allocation` (so errors name `$.allocation.…`) and by the eleven-test.
 */
export async function updateAllocation(ctx: CommandContext, caseId: string, input: unknown): Promise<Allocation> {
  const { doc } = await loadCaseDocument(ctx, caseId, 'stop-message.manage');
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidInputError([{ path: '$.allocation', message: 'moet een object zijn' }]);
  }
  const allocation = parseDossierDocument({ ...doc, allocation: input }).allocation as Allocation;
  const issues = allocationIssues(allocation);
  if (issues.length > 0) throw new InvalidInputError(issues);
  await setAllocation(ctx.store.db, caseId, allocation);
  return allocation;
}

import { loadCase } from '../cases/case-resource.ts';
import { command } from '../pipeline/execute.ts';

/** The client's name and particulars for letters, for the form that changes them (asked as the change is: client.update). */
export const readClientParticulars = command({
  action: 'client.update',
  event: 'case.read',
  load: (tx, caseId: string) => loadCase(tx, caseId),
  run: async (_tx, found) => ({ name: found.record.client.name, address: found.record.client.address ?? null, salutation: found.record.client.salutation ?? null }),
});

import { parseClientParticulars } from '../../domain/dossier/validate.ts';
import { findCase, updateClientParticulars, type CaseRecord } from '../../store/cases.ts';
import { loadCase } from '../cases/case-resource.ts';
import { command } from '../pipeline/execute.ts';

/**
 * Changes the address and preferred salutation of a case's client (decision 0025): the letters
 * drafted from then on use them; a letter already approved keeps what it was approved with, since
 * its content and PDF are stored with it. Held to the format's own rules for these fields.
 */
export const changeClientParticulars = command({
  action: 'client.update',
  event: 'client.update',
  load: (tx, input: { caseId: string; body: unknown }) => loadCase(tx, input.caseId, true),
  async run(tx, found, { body }): Promise<{ address: string | null; salutation: string | null }> {
    await updateClientParticulars(tx, found.clientId, parseClientParticulars(body));
    const { client } = (await findCase(tx, found.caseId)) as CaseRecord;
    return { address: client.address ?? null, salutation: client.salutation ?? null };
  },
});

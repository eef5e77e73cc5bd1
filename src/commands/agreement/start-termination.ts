import { DOSSIER_FORMAT } from '../../domain/dossier/types.ts';
import { parseDossierDocument, untilToday } from '../../domain/dossier/validate.ts';
import { todayOf } from '../pipeline/context.ts';
import { createCase } from '../cases/dossier.ts';
import type { LoadedCase } from '../cases/case-resource.ts';
import { command } from '../pipeline/execute.ts';
import { afterAgreementChange, CLIENT_NOT_FOUND, loadClient } from './agreement.ts';
import { Fields } from './inputs.ts';

/**
 * Starts ending the care of a client with an agreement: a termination case under the ONL regime
 * (the conditions of seed 004) for this very client, whose dossier at once holds the agreement's
 * no-shows and unpaid invoices as evidence, with their own dates and links to the records.
 */
export const startTermination = command({
  action: 'case.create',
  event: 'case.create',
  notFound: CLIENT_NOT_FOUND,
  load: (tx, input: { clientId: string; body: unknown }) => loadClient(tx, input.clientId, true),
  async run(tx, client, { body }, ctx): Promise<LoadedCase> {
    const fields = new Fields(body);
    const procedure = fields.has('procedure') ? fields.choice('procedure', ['beeindiging', 'opschorting'] as const) : 'beeindiging';
    fields.done();
    const doc = parseDossierDocument({
      format: DOSSIER_FORMAT,
      regime: 'onl-wmo',
      procedure,
      client: client.agreement.client,
      careStarted: client.agreement.startedOn,
      entries: [],
    }, untilToday(todayOf(ctx)));
    const created = await createCase(ctx, tx, client.organisationId, doc, {}, client.clientId);
    await afterAgreementChange(ctx, tx, client.agreement);
    return created;
  },
  touched: (created) => [created],
});

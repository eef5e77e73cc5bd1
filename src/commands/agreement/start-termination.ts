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
 * (the conditions of seed 004) or a municipality's Wmo protocol, for this very client, whose dossier at once holds the agreement's
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
    // The provider's own conditions by default; a municipality's protocol where its contract applies.
    const regime = fields.has('regime') ? fields.choice('regime', ['onl-wmo', 'groningen-wmo', 'gemeente-bijlage6'] as const) : 'onl-wmo';
    fields.done();
    const doc = parseDossierDocument({
      format: DOSSIER_FORMAT,
      regime,
      procedure,
      client: client.agreement.client,
      careStarted: client.agreement.startedOn,
      entries: [],
    }, untilToday(todayOf(ctx)));
    // The agreement is the Wmo support of seed 004, so its case falls under the Wmo (decision 0031).
    const careLaw = regime === 'gemeente-bijlage6' ? 'wmo' : null;
    const created = await createCase(ctx, tx, client.organisationId, doc, {}, { existingClientId: client.clientId, careLaw });
    await afterAgreementChange(ctx, tx, client.agreement);
    return created;
  },
  touched: (created) => [created],
});

import { DOSSIER_FORMAT } from '../../domain/dossier/types.ts';
import { parseDossierDocument, untilToday } from '../../domain/dossier/validate.ts';
import { todayOf } from '../pipeline/context.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { insertAgreement } from '../../store/agreement.ts';
import { command } from '../pipeline/execute.ts';
import { organisationResource } from '../pipeline/resources.ts';
import { Fields } from './inputs.ts';

/**
 * A new client of the provider with their care agreement: the client as the interchange format
 * describes one (checked by the same rules), the first day of the agreement, and the municipality
 * whose own rules apply (its CBS gemeentecode, optional).
 */
export const createAgreement = command({
  action: 'agreement.manage',
  event: 'agreement.create',
  load: (tx, input: { organisationId: string; body: unknown }) => organisationResource(tx, input.organisationId),
  async run(tx, _organisation, { organisationId, body }, ctx) {
    const fields = new Fields(body);
    const startedOn = fields.date('startedOn');
    const code = fields.has('municipalityCode') ? fields.raw('municipalityCode') : null;
    if (code !== null && (typeof code !== 'string' || !/^\d{4}$/.test(code))) fields.issues.push({ path: '$.municipalityCode', message: 'moet een gemeentecode van vier cijfers zijn (CBS), zoals 0171' });
    let client;
    try {
      client = parseDossierDocument({ format: DOSSIER_FORMAT, regime: 'onl-wmo', procedure: 'beeindiging', client: fields.raw('client'), careStarted: startedOn ?? null, entries: [] }, untilToday(todayOf(ctx))).client;
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      fields.issues.push(...error.issues.filter((i) => i.path.startsWith('$.client')));
    }
    fields.done();
    const clientId = await insertAgreement(tx, { organisationId, client: client!, startedOn: startedOn!, municipalityCode: code as string | null });
    return { clientId, organisationId };
  },
  touched: ({ clientId, organisationId }) => [{ kind: 'client', organisationId, clientId, caseId: null }],
});

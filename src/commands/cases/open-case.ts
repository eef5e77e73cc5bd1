import { parseCareLaw } from '../../domain/client-file/rights.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { parseDossierDocument, untilToday } from '../../domain/dossier/validate.ts';
import { DOSSIER_FORMAT } from '../../domain/dossier/types.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { organisationResource } from '../pipeline/resources.ts';
import { createCase } from './dossier.ts';

/**
 * Opens a new case with an empty dossier. The request is the interchange document without its
 * entries, so it is checked by the very same rules as an import.
 */
export const openCase = command({
  action: 'case.create',
  event: 'case.create',
  load: (tx, input: { organisationId: string; body: unknown }) => organisationResource(tx, input.organisationId),
  async run(tx, _organisation, { organisationId, body }, ctx) {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new InvalidInputError([{ path: '$', message: 'moet een object zijn' }]);
    }
    if ('entries' in body || 'format' in body) {
      const field = 'entries' in body ? 'entries' : 'format';
      throw new InvalidInputError([
        { path: `$.${field}`, message: 'hoort niet bij een nieuwe casus; gebruik import voor een volledig dossier' },
      ]);
    }
    // Where the request goes, which team handles it and who is responsible are not part of the interchange document.
    // Nor is the law a Bijlage 6 case's care falls under (decision 0031).
    const { funderOrganisationId, teamId, responsibleUserId, careLaw, ...document } = body as Record<string, unknown>;
    const doc = parseDossierDocument({ ...document, format: DOSSIER_FORMAT, entries: [] }, untilToday(todayOf(ctx)));
    const law = parseCareLaw(careLaw, doc);
    if (typeof law === 'object' && law !== null) throw new InvalidInputError([law]);
    return createCase(ctx, tx, organisationId, doc, { funderOrganisationId, teamId, responsibleUserId }, { careLaw: law });
  },
  touched: (created) => [created],
});

import { assess } from '../domain/assessment/assess.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { parseDossierDocument } from '../domain/dossier/validate.ts';
import { DOSSIER_FORMAT } from '../domain/dossier/types.ts';
import { authorize } from '../policy/policy.ts';
import { insertCase } from '../store/cases.ts';
import { writeCaseProjection } from '../store/case-projection.ts';
import { routeCase } from './case-routing.ts';
import { todayOf, type CommandContext } from './context.ts';

/**
 * Opens a new case with an empty dossier. The request is the interchange document without its
 * entries, so it is checked by the very same rules as an import.
 */
export async function openCase(ctx: CommandContext, organisationId: string, input: unknown): Promise<string> {
  authorize(ctx.actor, 'case.create', { organisationId });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidInputError([{ path: '$', message: 'moet een object zijn' }]);
  }
  if ('entries' in input || 'format' in input) {
    const field = 'entries' in input ? 'entries' : 'format';
    throw new InvalidInputError([
      { path: `$.${field}`, message: 'hoort niet bij een nieuwe casus; gebruik import voor een volledig dossier' },
    ]);
  }
  // Where the request goes and which team handles it are not part of the interchange document.
  const { funderOrganisationId, teamId, ...document } = input as Record<string, unknown>;
  const doc = parseDossierDocument({ ...document, format: DOSSIER_FORMAT, entries: [] });
  return ctx.store.db.transaction().execute(async (trx) => {
    const caseId = await insertCase(trx, {
      organisationId,
      client: doc.client,
      regime: doc.regime,
      procedure: doc.procedure,
      careStarted: doc.careStarted,
      status: 'open',
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      ...(doc.allocation !== undefined ? { allocation: doc.allocation } : {}),
    });
    await routeCase(trx, caseId, organisationId, doc.regime, { funderOrganisationId, teamId }, true);
    await writeCaseProjection(trx, caseId, organisationId, assess(doc, todayOf(ctx)));
    return caseId;
  });
}

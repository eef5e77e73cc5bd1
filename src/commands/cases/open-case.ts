import { InvalidInputError } from '../domain/errors.ts';
import { parseDossierDocument } from '../domain/dossier/validate.ts';
import { DOSSIER_FORMAT } from '../domain/dossier/types.ts';
import { authorize } from '../policy/policy.ts';
import type { CommandContext } from './context.ts';
import { createCase } from './create-case.ts';

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
  return createCase(ctx, organisationId, doc, { funderOrganisationId, teamId });
}

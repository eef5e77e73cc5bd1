import { parseDossierDocument } from '../domain/dossier/validate.ts';
import { authorize } from '../policy/policy.ts';
import type { CommandContext } from './context.ts';
import { createCase } from './create-case.ts';

/** Loads an interchange document into a new case, all or nothing; returns the case id. */
export async function importDossier(ctx: CommandContext, organisationId: string, input: unknown): Promise<string> {
  authorize(ctx.actor, 'case.import', { organisationId });
  const doc = parseDossierDocument(input);
  return createCase(ctx, organisationId, doc, {});
}

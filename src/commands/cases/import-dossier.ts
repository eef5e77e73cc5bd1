import { parseDossierDocument } from '../../domain/dossier/validate.ts';
import { command } from '../pipeline/execute.ts';
import { organisationResource } from '../pipeline/resources.ts';
import { createCase } from './dossier.ts';

/** Loads an interchange document into a new case of the organisation, all or nothing. */
export const importDossier = command({
  action: 'case.import',
  event: 'case.import',
  load: (tx, input: { organisationId: string; document: unknown }) => organisationResource(tx, input.organisationId),
  run: (tx, _organisation, { organisationId, document }, ctx) => createCase(ctx, tx, organisationId, parseDossierDocument(document), {}),
  touched: (created) => [created],
});

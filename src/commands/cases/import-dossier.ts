import { parseDossierDocument, untilToday } from '../../domain/dossier/validate.ts';
import { ConflictError } from '../../domain/errors.ts';
import { runningCasesOfClient } from '../../store/cases.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { organisationResource } from '../pipeline/resources.ts';
import { createCase } from './dossier.ts';

/** A running case matches the document's client and regime; the message names the case, never the client. */
export class DuplicateImportError extends ConflictError {
  readonly caseIds: readonly string[];
  constructor(caseIds: readonly string[]) {
    super([
      {
        path: '$.client',
        message: `er loopt al een casus voor een cliënt met deze naam en geboortedatum onder dit protocol (${caseIds.join(', ')}); bevestig dat u toch een nieuwe casus wilt openen`,
      },
    ]);
    this.name = 'DuplicateImportError';
    this.caseIds = caseIds;
  }
}

/**
 * Loads an interchange document into a new case of the organisation, all or nothing. A document
 * whose client (name and birth date) and regime match a running case is refused with a conflict
 * until the caller confirms it: importing the same dossier twice would double its deadlines and
 * reminders.
 */
export const importDossier = command({
  action: 'case.import',
  event: 'case.import',
  load: (tx, input: { organisationId: string; document: unknown; confirmed?: boolean }) => organisationResource(tx, input.organisationId),
  async run(tx, _organisation, { organisationId, document, confirmed }, ctx) {
    const doc = parseDossierDocument(document, untilToday(todayOf(ctx)));
    if (confirmed !== true) {
      const running = await runningCasesOfClient(tx, organisationId, doc.client, doc.regime);
      if (running.length > 0) throw new DuplicateImportError(running);
    }
    return createCase(ctx, tx, organisationId, doc, {});
  },
  touched: (created) => [created],
});

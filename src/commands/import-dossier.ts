import { assess } from '../domain/assessment/assess.ts';
import { caseStatus } from '../domain/dossier/status.ts';
import { parseDossierDocument } from '../domain/dossier/validate.ts';
import { authorize } from '../policy/policy.ts';
import { appendEntries, insertCase } from '../store/cases.ts';
import { writeCaseProjection } from '../store/case-projection.ts';
import { routeCase } from './case-routing.ts';
import { todayOf, type CommandContext } from './context.ts';

/** Loads an interchange document into a new case, all or nothing; returns the case id. */
export async function importDossier(ctx: CommandContext, organisationId: string, input: unknown): Promise<string> {
  authorize(ctx.actor, 'case.import', { organisationId });
  const doc = parseDossierDocument(input);
  const authorId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  return ctx.store.db.transaction().execute(async (trx) => {
    const caseId = await insertCase(trx, {
      organisationId,
      client: doc.client,
      regime: doc.regime,
      procedure: doc.procedure,
      careStarted: doc.careStarted,
      status: 'open',
      createdBy: authorId,
      ...(doc.allocation !== undefined ? { allocation: doc.allocation } : {}),
    });
    await appendEntries(trx, caseId, organisationId, doc.entries, authorId, caseStatus(doc.entries));
    await routeCase(trx, caseId, organisationId, doc.regime, {}, true);
    await writeCaseProjection(trx, caseId, organisationId, assess(doc, todayOf(ctx)));
    return caseId;
  });
}

import { assess } from '../domain/assessment/assess.ts';
import { caseStatus } from '../domain/dossier/status.ts';
import type { DossierDocument } from '../domain/dossier/types.ts';
import { writeCaseProjection } from '../store/case-projection.ts';
import { appendEntries, insertCase } from '../store/cases.ts';
import { routeCase, type RoutingInput } from './case-routing.ts';
import { todayOf, type CommandContext } from './context.ts';

/**
 * Stores a checked interchange document as a new case, all or nothing: the client, the case, its
 * entries, where its request goes, and what lists show of its assessment. Opening an empty case
 * and importing a full dossier both end here. The caller has authorised and validated.
 */
export async function createCase(
  ctx: CommandContext,
  organisationId: string,
  doc: DossierDocument,
  routing: RoutingInput,
): Promise<string> {
  const authorId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const status = caseStatus(doc.entries);
  return ctx.store.db.transaction().execute(async (trx) => {
    const caseId = await insertCase(trx, {
      organisationId,
      client: doc.client,
      regime: doc.regime,
      procedure: doc.procedure,
      careStarted: doc.careStarted,
      status,
      createdBy: authorId,
      ...(doc.allocation !== undefined ? { allocation: doc.allocation } : {}),
    });
    if (doc.entries.length > 0) await appendEntries(trx, caseId, organisationId, doc.entries, authorId, status);
    await routeCase(trx, caseId, organisationId, doc.regime, routing, true);
    await writeCaseProjection(trx, caseId, organisationId, assess(doc, todayOf(ctx)));
    return caseId;
  });
}

import { requestDueOn } from '../../domain/client-file/rights.ts';
import { ConflictError, InvalidInputError, type ValidationIssue } from '../../domain/errors.ts';
import { insertClientRequest, requestTaskKey } from '../../store/client-file.ts';
import { createTask } from '../tasks/tasks.ts';
import { loadCase } from '../cases/case-resource.ts';
import { appendToDossier } from '../cases/dossier.ts';
import { nowOf, todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { userOf } from '../pipeline/resources.ts';
import { visibleDossier } from './own-file.ts';

export interface MakeClientRequest {
  caseId: string;
  kind: unknown;
  /** For a correction: the entry to correct (one the client can see). */
  entryId?: unknown;
  text: unknown;
}

const MAX_TEXT = 2000;

/**
 * A request of the client's to the provider (seed 004 §3): to correct an entry, or to destroy the
 * file. It becomes a task on the provider's list with its due date (destruction: three months); a
 * destruction request is also recorded in the dossier, as the entry the protocol's term runs from.
 */
export const makeClientRequest = command({
  action: 'client-request.make',
  event: 'client-request.make',
  load: (tx, input: MakeClientRequest) => loadCase(tx, input.caseId, true),
  async run(tx, found, input, ctx): Promise<{ requestId: string; dueOn: string }> {
    const issues: ValidationIssue[] = [];
    const kind = input.kind === 'correction' || input.kind === 'destruction' ? input.kind : undefined;
    if (kind === undefined) issues.push({ path: '$.kind', message: 'kies wat u vraagt: een onderdeel verbeteren of het dossier vernietigen' });
    const text = typeof input.text === 'string' ? input.text.trim() : '';
    if (text === '' || text.length > MAX_TEXT) issues.push({ path: '$.text', message: `verplicht: schrijf uw verzoek op, tot ${MAX_TEXT} tekens` });
    let entryKey: string | null = null;
    if (kind === 'correction') {
      const visible = new Set((await visibleDossier(tx, found.caseId)).entries.map((e) => e.entry.id));
      if (typeof input.entryId !== 'string' || !visible.has(input.entryId)) issues.push({ path: '$.entryId', message: 'kies het item dat niet klopt' });
      else entryKey = input.entryId;
    }
    if (issues.length > 0) throw new InvalidInputError(issues);
    if (kind === 'destruction') {
      const open = await tx.selectFrom('client_requests').select('id').where('case_id', '=', found.caseId).where('kind', '=', 'destruction').where('outcome', 'is', null).executeTakeFirst();
      if (open !== undefined) throw new ConflictError([{ path: '$.kind', message: 'u heeft al gevraagd om vernietiging; het antwoord komt nog' }]);
      await appendToDossier(ctx, tx, found.record, { type: 'destruction-request', date: todayOf(ctx), note: 'Verzoek van de cliënt via Mijn dossier.' });
    }
    const dueOn = requestDueOn(kind as 'correction' | 'destruction', todayOf(ctx));
    const requestId = await insertClientRequest(tx, {
      caseId: found.caseId,
      organisationId: found.organisationId,
      kind: kind as 'correction' | 'destruction',
      entryKey,
      text,
      requestedBy: userOf(ctx.actor).userId,
      requestedAt: nowOf(ctx),
      dueOn,
    });
    // The provider's task (decision 0017), answered on 'Verzoeken van cliënten' and done with the answer.
    await createTask(tx, ctx, {
      organisationId: found.organisationId,
      caseId: found.caseId,
      clientId: found.clientId,
      kind: `client-request.${kind as string}`,
      title: kind === 'destruction' ? 'Beantwoord het verzoek van de cliënt om het dossier te vernietigen' : `Beantwoord het verzoek van de cliënt om item ${entryKey as string} te verbeteren`,
      dueOn,
      dedupeKey: requestTaskKey(requestId),
    });
    return { requestId, dueOn };
  },
});

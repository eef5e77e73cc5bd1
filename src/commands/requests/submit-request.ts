import { createHash } from 'node:crypto';
import { assess } from '../../domain/assessment/assess.ts';
import { ConflictError } from '../../domain/errors.ts';
import { funderRequest } from '../../domain/letters/funder-request.ts';
import { findRegime } from '../../domain/protocols/registry.ts';
import { parseSubmit } from '../../domain/requests/input.ts';
import { isPending } from '../../domain/requests/states.ts';
import { decisionTerm } from '../../domain/requests/term.ts';
import { renderOffThread } from '../../documents/render-pool.ts';
import { findOrganisationKind, setCaseRouting } from '../../store/case-routing.ts';
import { loadEntries } from '../../store/cases.ts';
import { findRequest, hasContract, insertRequest, requestsOfCase, type RequestRecord } from '../../store/funder-requests.ts';
import { isUuid } from '../../store/ids.ts';
import { findSender } from '../../store/letters.ts';
import { loadCase } from '../cases/case-resource.ts';
import { appendToDossier, toDocument } from '../cases/dossier.ts';
import { nowOf, todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';

/**
 * The provider's regievoerder sends the case's request to the funder: only to a funder the provider
 * has a contract with for the regime, only when the assessment allows it (or with a recorded reason
 * to go ahead), with the continuity proposal. The request entry joins the dossier, and the funder
 * gets a frozen copy of the dossier and assessment as they are now, with the request PDF and its
 * hash: nothing added later reaches the funder unless the provider sends it with the request.
 */
export const submitRequest = command({
  action: 'request.submit',
  event: 'request.submit',
  load: (tx, input: { caseId: string; body: unknown }) => loadCase(tx, input.caseId, true),
  async run(tx, found, { body }, ctx): Promise<RequestRecord> {
    const input = parseSubmit(body);
    const record = found.record;
    const regime = findRegime(record.regime);
    const today = todayOf(ctx);
    const term = regime?.funder === undefined ? undefined : decisionTerm(regime, record.procedure, today, [], today);
    if (regime === undefined || term === undefined) {
      throw new ConflictError([{ path: '$', message: 'voor deze procedure vraagt het protocol geen besluit van een financier' }]);
    }
    const funderId = input.funderOrganisationId ?? found.funderOrganisationId;
    if (funderId === null || !isUuid(funderId) || (await findOrganisationKind(tx, funderId)) !== regime.funderKind) {
      throw new ConflictError([{ path: '$.funderOrganisationId', message: 'kies de financier van dit regime' }]);
    }
    if (!(await hasContract(tx, found.organisationId, funderId, record.regime))) {
      throw new ConflictError([{ path: '$.funderOrganisationId', message: 'uw organisatie heeft voor dit regime geen contract met deze financier' }]);
    }
    const pending = (await requestsOfCase(tx, found.caseId)).find((r) => isPending(r.state));
    if (pending !== undefined) throw new ConflictError([{ path: '$', message: 'er loopt al een verzoek voor deze casus waarop nog niet is besloten' }]);

    const before = assess(toDocument(record, (await loadEntries(tx, found.caseId)).map((e) => e.entry)), today);
    if (!before.canSubmit && input.overrideReason === null) {
      throw new ConflictError([
        { path: '$.overrideReason', message: `de toetsing staat het verzoek nog niet toe (${before.blockers.join('; ')}); geef een reden om toch in te dienen` },
      ]);
    }
    // The routing follows the request, so the funder's reminders of its decision reach it.
    if (found.funderOrganisationId !== funderId) await setCaseRouting(tx, found.caseId, { funderOrganisationId: funderId });
    await appendToDossier(ctx, tx, record, { type: 'funder-request', date: today, dossierAttached: true, continuityProposal: input.continuityProposal });
    const document = toDocument(record, (await loadEntries(tx, found.caseId)).map((e) => e.entry));
    const assessment = assess(document, today);
    const sender = await findSender(tx, found.organisationId);
    // Made in the transaction, on a worker thread (render-pool.ts), and hashed from the very Buffer
    // that is stored: the PDF is part of the frozen copy (the row is written once with it and never
    // changes), and it must show the dossier exactly as frozen, which only this transaction sees.
    const pdf = await renderOffThread({ kind: 'funder-request', request: funderRequest(document, sender), dossier: document, assessment, sender });
    const requestId = await insertRequest(tx, {
      caseId: found.caseId,
      providerOrganisationId: found.organisationId,
      funderOrganisationId: funderId,
      clientId: found.clientId,
      teamId: found.teamId,
      regime: record.regime,
      procedure: record.procedure,
      submittedAt: nowOf(ctx),
      receivedOn: today,
      submittedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      continuityProposal: input.continuityProposal,
      noOtherProvider: input.noOtherProvider,
      overrideReason: before.canSubmit ? null : input.overrideReason,
      snapshot: { document, assessment },
      pdf,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      decisionDeadline: term.deadline,
      deadlineExplanation: term.explanation,
    });
    return (await findRequest(tx, requestId)) as RequestRecord;
  },
});

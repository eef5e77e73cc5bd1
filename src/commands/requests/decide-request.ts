import { createHash } from 'node:crypto';
import { computeTerm } from '../../domain/calendar/terms.ts';
import { PROCEDURE_LABELS } from '../../domain/dossier/labels.ts';
import { checkDecision, type DecisionDraft, type DutyResult } from '../../domain/requests/checklist.ts';
import { decisionLetter } from '../../domain/requests/decision-letter.ts';
import { parseDecision } from '../../domain/requests/input.ts';
import { next } from '../../domain/requests/states.ts';
import { objectionRule } from '../../domain/requests/term.ts';
import { renderOffThread } from '../../documents/render-pool.ts';
import { findCase, type CaseRecord } from '../../store/cases.ts';
import { recordDecision, recordObjectionDecision, requestRecords, type DecisionDetail } from '../../store/funder-requests.ts';
import { appendToDossier, authorOf } from '../cases/dossier.ts';
import { nowOf, todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { loadRequest, REQUEST_NOT_FOUND } from './request-resource.ts';
import { factsOf, regimeOf, termOf } from './request-view.ts';

/**
 * The funder's beoordelaar decides: accepted, accepted with conditions, or rejected, with reasons.
 * Only when the funder's checklist is met, or with a recorded reason for each duty it goes ahead
 * without. The letter is rendered, stored with its hash, and the decision joins the provider's
 * dossier at once with its objection deadline. A decision on an objection replaces the first one
 * and closes the request; a request decided (or closed) is never decided again.
 */
/** What a decision keeps besides its outcome: the draft's particulars, the duties it left unmet, and why that was accepted. */
export function decisionDetail(draft: DecisionDraft, unmet: readonly DutyResult[], overrideReason: string | null): DecisionDetail {
  return {
    reasons: draft.reasons,
    conditions: draft.conditions,
    continuity: draft.continuity,
    igjPointed: draft.igjPointed,
    pgbOffered: draft.pgbOffered,
    referredToAccess: draft.referredToAccess,
    unmetDuties: unmet.map((d) => d.id),
    overrideReason: unmet.length > 0 ? overrideReason : null,
  };
}

export const decideRequest = command({
  action: 'request.review',
  event: 'request.decide',
  notFound: REQUEST_NOT_FOUND,
  load: (tx, input: { requestId: string; body: unknown }) => loadRequest(tx, input.requestId, true),
  async run(tx, found, { body }, ctx): Promise<{ outcome: string; objectionDeadline: string | null }> {
    const input = parseDecision(body);
    const request = found.request;
    const state = next(request.state, { kind: 'decide' }, '$.outcome');
    const onObjection = request.state === 'objection';
    const today = todayOf(ctx);
    const regime = regimeOf(request);
    const records = await requestRecords(tx, request.id);
    const draft = { ...input.draft, decidedOn: today };
    // The duties are those of deciding the request; on an objection the funder reconsiders that
    // decision, whose checklist was settled then.
    const unmet = onObjection ? [] : checkDecision(regime, factsOf(request, records, termOf(request, records, today), today), draft, input.overrideReason);
    const rule = onObjection ? undefined : objectionRule(regime, request.procedure);
    const objectionDeadline = rule === undefined ? null : computeTerm(today, rule.term, rule.counting.counting).date;
    const letter = decisionLetter({
      funderName: request.funderName,
      providerName: request.providerName,
      clientName: request.clientName,
      procedureLabel: PROCEDURE_LABELS[request.procedure].toLowerCase(),
      submittedOn: request.receivedOn,
      decision: draft,
      objectionDeadline,
      unmetDuties: unmet.map((d) => d.title),
      overrideReason: unmet.length > 0 ? input.overrideReason : null,
      onObjection,
    });
    // Rendered here, in the transaction, on a worker thread (render-pool.ts), and hashed from the
    // very Buffer that is stored: the letter is part of the decision (the database accepts a
    // decision only with its PDF and hash, and never lets either change afterwards), so rendering
    // after the commit would mean a decision without its letter, or a second write the frozen row
    // refuses. The event loop stays free; only this request's row waits for the render.
    const pdf = await renderOffThread({ kind: 'decision-letter', letter, date: today, funderName: request.funderName, clientName: request.clientName });
    const detail = decisionDetail(draft, unmet, input.overrideReason);
    const decided = {
      state,
      decidedAt: nowOf(ctx),
      decidedOn: today,
      decidedBy: authorOf(ctx.actor),
      outcome: draft.outcome,
      detail,
      pdf,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      objectionDeadline,
    };
    const objection = records.objections.at(-1);
    if (onObjection && objection !== undefined) await recordObjectionDecision(tx, request.id, objection.id, decided);
    else await recordDecision(tx, request.id, decided);
    const record = (await findCase(tx, found.caseId, true)) as CaseRecord;
    const conditions = draft.conditions === null ? '' : ` Voorwaarden: ${draft.conditions}`;
    await appendToDossier(ctx, tx, record, { type: 'funder-decision', date: today, outcome: draft.outcome, reasons: `${draft.reasons}${conditions}` });
    return { outcome: draft.outcome, objectionDeadline };
  },
});

// The funder's checklist on a request: the regime's funder duties (protocol data with their
// clauses) judged on what the funder recorded, the way the provider's requirements are judged on
// the dossier. A decision is recorded only when every duty that applies is met, or with a recorded
// reason for going ahead without (decision record 0013).

import { compareDates } from '../calendar/dates.ts';
import type { IsoDate, Procedure } from '../dossier/types.ts';
import { ConflictError } from '../errors.ts';
import type { FunderDuty, Regime, SourceRef } from '../protocols/types.ts';
import type { DecisionOutcome } from './states.ts';

export interface HearingFacts {
  with: 'client' | 'representative';
  heldOn: IsoDate;
}

/** What the funder has done on the request so far, and what the provider declared with it. */
export interface RequestFacts {
  procedure: Procedure;
  hearings: readonly HearingFacts[];
  medicalAdvice: { wellFounded: boolean; reasoning: string } | null;
  /** The provider showed that no other provider can be found (the PGB condition of 002). */
  noOtherProvider: boolean;
  /** The decision's deadline after any suspension. */
  deadline: IsoDate;
  /** Today: before the deadline a decision still to come is in time. */
  asOf: IsoDate;
}

/** The decision as the funder is about to record it. */
export interface DecisionDraft {
  outcome: DecisionOutcome;
  decidedOn: IsoDate;
  reasons: string;
  conditions: string | null;
  /** The next provider, or why none is needed or possible. */
  continuity: string | null;
  igjPointed: boolean;
  pgbOffered: boolean;
  referredToAccess: boolean;
}

export type DutyStatus = 'met' | 'missing' | 'not-applicable' | 'at-decision';

export interface DutyResult {
  id: string;
  title: string;
  status: DutyStatus;
  /** Dutch. */
  text: string;
  source: SourceRef;
}

const accepting = (draft: DecisionDraft | undefined) => draft !== undefined && draft.outcome !== 'rejected';

/** Whether the duty is met; undefined: it is judged on the decision, and there is none yet. */
function met(duty: FunderDuty, facts: RequestFacts, draft: DecisionDraft | undefined): boolean | undefined {
  const check = duty.check;
  if (check.kind === 'hearing') return facts.hearings.length > 0;
  if (check.kind === 'medical-advice') {
    const advice = facts.medicalAdvice;
    if (advice === null || advice.reasoning.trim() === '') return false;
    // 002 'De zorgverzekeraar': the medical advisers judge whether the reason is well-founded; an
    // acceptance against their judgment is recorded only with a reason (checkDecision).
    return advice.wellFounded || !accepting(draft);
  }
  // Before the decision the term is kept as long as today is within it.
  if (check.kind === 'decision-in-term' && draft === undefined) return compareDates(facts.asOf, facts.deadline) <= 0 ? undefined : false;
  if (draft === undefined) return undefined;
  switch (check.kind) {
    case 'decision-in-term':
      return compareDates(draft.decidedOn, facts.deadline) <= 0;
    case 'decision-reasons':
      return draft.reasons.trim() !== '' && (draft.outcome !== 'accepted-with-conditions' || (draft.conditions ?? '').trim() !== '');
    case 'decision-states':
      return draft[check.field];
    case 'pgb-offer':
      return draft.pgbOffered;
    case 'continuity':
      return (draft.continuity ?? '').trim() !== '';
  }
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The medical adviser's 'not well-founded', told to the reviewer before deciding. */
const NOT_WELL_FOUNDED = 'De medisch adviseur vindt de reden niet gegrond. Een akkoord kan dan alleen met een vastgelegde reden.';

/**
 * The regime's funder duties for the request; with a draft (or the recorded decision), the
 * decision's own duties are judged too; without, they are 'bij het besluit'.
 */
export function evaluateDuties(regime: Regime, facts: RequestFacts, draft?: DecisionDraft): DutyResult[] {
  return (regime.funder?.duties ?? [])
    .filter((duty) => duty.procedures.includes(facts.procedure))
    .map((duty): DutyResult => {
      const base = { id: duty.id, title: duty.title, source: duty.source };
      if (draft !== undefined && duty.outcomes !== undefined && !duty.outcomes.includes(draft.outcome)) {
        return { ...base, status: 'not-applicable', text: 'Geldt niet voor deze uitkomst.' };
      }
      // 002 'De zorgverzekeraar': the PGB offer only 'indien de aanbieder aantoonbaar heeft gemaakt
      // dat er geen vervangende zorgaanbieder gevonden is'.
      if (duty.check.kind === 'pgb-offer' && !facts.noOtherProvider) {
        return { ...base, status: 'not-applicable', text: 'De aanbieder heeft niet aangetoond dat er geen andere aanbieder te vinden is: een aanbod PGB is niet nodig.' };
      }
      const ok = met(duty, facts, draft);
      if (ok === undefined) {
        // The term's own 'missing' text speaks of a term that has passed; before it, it is still to keep.
        const todo = duty.check.kind === 'decision-in-term' ? 'besluit binnen de beslistermijn (zie ‘Beslissen uiterlijk’).' : lowerFirst(duty.texts.missing);
        return { ...base, status: 'at-decision', text: `Bij het besluit: ${todo}` };
      }
      if (duty.check.kind === 'medical-advice' && facts.medicalAdvice?.wellFounded === false) {
        return { ...base, status: ok ? 'met' : 'missing', text: NOT_WELL_FOUNDED };
      }
      return { ...base, status: ok ? 'met' : 'missing', text: ok ? duty.texts.met : duty.texts.missing };
    });
}

/**
 * The duties a decision would leave unmet. None, or a reason for going ahead without them: the
 * decision may be recorded; otherwise a ConflictError naming each.
 */
export function checkDecision(regime: Regime, facts: RequestFacts, draft: DecisionDraft, overrideReason: string | null): DutyResult[] {
  const missing = evaluateDuties(regime, facts, draft).filter((d) => d.status === 'missing');
  if (missing.length > 0 && (overrideReason ?? '').trim() === '') {
    throw new ConflictError(
      missing.map((d) => ({ path: '$.overrideReason', message: `${d.title}: ${d.text} Of geef een reden om zonder te besluiten.` })),
    );
  }
  return missing;
}

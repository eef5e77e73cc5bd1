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

/** Whether the duty is met; undefined: it is judged on the decision, and there is none yet. */
function met(duty: FunderDuty, facts: RequestFacts, draft: DecisionDraft | undefined): boolean | undefined {
  const check = duty.check;
  if (check.kind === 'hearing') return facts.hearings.length > 0;
  if (check.kind === 'medical-advice') return facts.medicalAdvice !== null && facts.medicalAdvice.reasoning.trim() !== '';
  if (draft === undefined) return undefined;
  switch (check.kind) {
    case 'decision-in-term':
      return compareDates(draft.decidedOn, facts.deadline) <= 0;
    case 'decision-reasons':
      return draft.reasons.trim() !== '' && (draft.outcome !== 'accepted-with-conditions' || (draft.conditions ?? '').trim() !== '');
    case 'decision-states':
      return draft[check.field];
    case 'pgb-offer':
      return !facts.noOtherProvider || draft.pgbOffered;
    case 'continuity':
      return (draft.continuity ?? '').trim() !== '';
  }
}

/** The regime's funder duties for the request; with a draft, the decision's own duties are judged too. */
export function evaluateDuties(regime: Regime, facts: RequestFacts, draft?: DecisionDraft): DutyResult[] {
  return (regime.funder?.duties ?? [])
    .filter((duty) => duty.procedures.includes(facts.procedure))
    .map((duty): DutyResult => {
      const base = { id: duty.id, title: duty.title, source: duty.source };
      if (draft !== undefined && duty.outcomes !== undefined && !duty.outcomes.includes(draft.outcome)) {
        return { ...base, status: 'not-applicable', text: 'Geldt niet voor deze uitkomst.' };
      }
      const ok = met(duty, facts, draft);
      if (ok === undefined) return { ...base, status: 'at-decision', text: duty.texts.missing };
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

// Entry selections that several regimes phrase alike. They only name dossier facts; what a regime
// demands of them (how many, in which order, with which clause) stays in the regime file.

import type { ClientNoticeKind, ConsultationParty, WarningEntry } from '../dossier/types.ts';
import type { TermSpec } from '../calendar/terms.ts';
import type { Procedure } from '../dossier/types.ts';
import { FUNDER_DECISION_TERM, STATUTORY_TERM, WORKING_DAYS_TERM } from './countings.ts';
import type { DeadlineRule, EntryMatch, OrderAnchor, PhaseDefinition, SourceRef } from './types.ts';

export const funderRequest = { type: 'funder-request' } as const satisfies EntryMatch;
export const anyFunderDecision = { type: 'funder-decision' } as const satisfies EntryMatch;
export const acceptance = {
  type: 'funder-decision',
  where: { outcome: { in: ['accepted', 'accepted-with-conditions'] } },
} as const satisfies EntryMatch;
export const rejection = { type: 'funder-decision', where: { outcome: { is: 'rejected' } } } as const satisfies EntryMatch;

export const writtenWarning = { type: 'warning', where: { written: { is: true } } } as const satisfies EntryMatch;

export function writtenWarningOf(consequence: WarningEntry['consequence']): EntryMatch {
  return { type: 'warning', where: { written: { is: true }, consequence: { is: consequence } } };
}

export const warningSharedWithRepresentative = {
  type: 'warning',
  where: { written: { is: true }, sharedWithRepresentative: { is: true } },
} as const satisfies EntryMatch;

export function writtenNotice(...kinds: ClientNoticeKind[]): EntryMatch {
  return { type: 'client-notice', where: { kind: { in: kinds }, written: { is: true } } };
}

export const complaintRouteMentioned = {
  type: 'client-notice',
  where: { complaintRouteMentioned: { is: true } },
} as const satisfies EntryMatch;

export function consultationWith(...parties: ConsultationParty[]): EntryMatch {
  return { type: 'consultation', where: { with: { includesAny: parties } } };
}

export const anyAlternative = { type: 'alternative' } as const satisfies EntryMatch;

/** Another place or provider of care, sought together with the client (not a measure to improve the situation). */
export const alternativePlaceWithClient = {
  type: 'alternative',
  where: { kind: { in: ['other-provider', 'other-team', 'pgb'] }, withClient: { is: true } },
} as const satisfies EntryMatch;

/** The weighing with both sides on record: the client's interest and dependence, and the others' interests. */
export const twoSidedWeighing = {
  type: 'weighing',
  where: { clientInterest: { present: true }, dependence: { present: true }, othersInterest: { present: true } },
} as const satisfies EntryMatch;
export const conditionAssessment = { type: 'condition-assessment' } as const satisfies EntryMatch;
export const gpInformed = { type: 'gp-informed' } as const satisfies EntryMatch;
export const transfer = { type: 'transfer' } as const satisfies EntryMatch;
export const writtenConsent = { type: 'consent', where: { written: { is: true } } } as const satisfies EntryMatch;
export const wederhoor = { type: 'wederhoor' } as const satisfies EntryMatch;
export const requestWithDossier = {
  type: 'funder-request',
  where: { dossierAttached: { is: true } },
} as const satisfies EntryMatch;

/** Steps that must precede the request to the funder. */
export const beforeRequest: OrderAnchor = { match: funderRequest };
/** Steps that only count once the funder has accepted. */
export const afterAcceptance: OrderAnchor = { match: acceptance };

/**
 * The stages of a procedure that goes to a funder: preparation (whose missing requirements block
 * the request), then from the request, then from the decision that `decidedBy` matches. Only the
 * Dutch "not yet" wording differs between funders.
 */
export function funderPhases(pending: { request: string; decision: string }, decidedBy: EntryMatch): readonly PhaseDefinition[] {
  return [
    { id: 'preparation', blocking: true },
    { id: 'request', blocking: false, startsWith: { condition: { kind: 'entries', match: funderRequest }, pending: pending.request } },
    { id: 'decision', blocking: false, startsWith: { condition: { kind: 'entries', match: decidedBy }, pending: pending.decision } },
  ];
}

interface TermOfRegime {
  id: string;
  procedures: readonly Procedure[];
  label: string;
  term: TermSpec;
  source: SourceRef;
}

/** The funder's decision, due a term after it received the request; met by any decision. */
export function decisionTerm(rule: TermOfRegime): DeadlineRule {
  return {
    ...rule,
    counting: rule.term.unit === 'working-days' ? WORKING_DAYS_TERM : FUNDER_DECISION_TERM,
    from: 'ontvangst van het verzoek',
    // A withdrawn request awaits no decision: the term runs from the last request not withdrawn.
    anchor: { kind: 'entry', match: { type: 'funder-request', where: { withdrawn: { present: false } } }, occurrence: 'last' },
    satisfiedBy: { kind: 'entry', match: anyFunderDecision },
  };
}

/**
 * The provider's objection against the decision. A statutory-style term, so always counted under
 * the Algemene termijnenwet whatever the regime's own terms use.
 */
export function objectionTerm(rule: TermOfRegime): DeadlineRule {
  return {
    ...rule,
    from: 'de formele beslissing',
    anchor: { kind: 'entry', match: anyFunderDecision, occurrence: 'last' },
    counting: STATUTORY_TERM,
    satisfiedBy: { kind: 'entry', match: { type: 'objection' } },
  };
}

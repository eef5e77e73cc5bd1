// The vocabulary in which a funder's protocol is written down as data (decision record
// docs/decisions/0002-protocols-as-data.md). The assessment engine interprets these shapes and
// nothing else, so a fifth funder is a new regime file, not a change to the engine. Every rule
// carries the clause it comes from; the quote test holds each quote against its seed text.

import type { Counting, TermSpec } from '../calendar/terms.ts';

/** How a deadline is counted and why (decision record 0003): the Atw where it protects the client. */
export interface CountingChoice {
  readonly counting: Counting;
  /** Dutch, shown beside the deadline. */
  readonly reason: string;
}
import type { EntryOfType, EntryType, IncidentEntry, Procedure, RegimeId } from '../dossier/types.ts';

/** Where a rule comes from: a seed file in shared/seeds and a verbatim (whitespace-normalised) quote. */
export interface SourceRef {
  seed: string;
  /**
   * Where the quote stands in its source, as a reader finds it there (Dutch): 'Bijlage 6, art. 6.4',
   * 'ONL-voorwaarden §7 Annulering / no show', 'Groningen, stap 3', 'VGZ-protocol, Procedure –
   * Zorgbeëindiging'. Every clause of a regime, a letter and a request to a funder has one
   * (sources.test.ts); absent only for clauses of the care agreement, cited by their § in code.
   */
  place?: string;
  quote: string;
}

// ---------------------------------------------------------------------------------------------
// Selecting entries

type Present<V> = Exclude<V, undefined>;

/** A test on one field of an entry. */
export type FieldTest<V> =
  Present<V> extends readonly (infer E)[]
    ? { includesAny: readonly E[] } | { includesAll: readonly E[] }
    : Present<V> extends number
      ? // Absent counts as matching: for a no-show, no cancellation is the latest cancellation there is.
        { absentOrBelow: number }
      : // `isNot`: absent counts as matching (a no-show not recorded as force majeure).
        { is: Present<V> } | { isNot: Present<V> } | { in: readonly Present<V>[] } | { present: boolean };

type FieldTests<T extends EntryType> = {
  readonly [K in Exclude<keyof EntryOfType<T>, 'type' | 'id' | 'date' | 'corrects'>]?: FieldTest<EntryOfType<T>[K]>;
};

/** Entries of one type whose fields pass every test in `where`. */
export type EntryMatch = {
  [T in EntryType]: { readonly type: T; readonly where?: FieldTests<T> };
}[EntryType];

/** One match, or several of which any may match (a time-out or a consultation of the experttafel). */
export type EntrySelector = EntryMatch | readonly EntryMatch[];

/** A point in the dossier's chronology: the date of the `nth` (1-based, default 1) matching entry. */
export interface OrderAnchor {
  readonly match: EntryMatch;
  readonly nth?: number;
}

// ---------------------------------------------------------------------------------------------
// Conditions: when a requirement applies, when a phase has started, when advice is given

/** A length of time to compare with, in calendar units. */
export interface Span {
  readonly amount: number;
  readonly unit: 'days' | 'weeks' | 'months' | 'years';
}

export type Condition =
  | { readonly kind: 'entries'; readonly match: EntrySelector; readonly min?: number }
  /** An incident shows one of these grounds of the regime (GroundDefinition ids). */
  | { readonly kind: 'ground'; readonly grounds: readonly string[] }
  | { readonly kind: 'has-representative' }
  | { readonly kind: 'not'; readonly condition: Condition }
  | { readonly kind: 'all'; readonly conditions: readonly Condition[] }
  | { readonly kind: 'any'; readonly conditions: readonly Condition[] }
  /** Care started at least `span` before asOf: a long stay. */
  | { readonly kind: 'care-for-at-least'; readonly span: Span }
  /** The latest matching entry states its own term (its `amount` and `unit` fields) shorter than `span`. */
  | { readonly kind: 'own-term-shorter'; readonly match: EntryMatch; readonly span: Span };

// ---------------------------------------------------------------------------------------------
// Grounds

/** One weighty reason in the regime's own wording, with the SPEC `ground` codes that show it. */
export interface GroundDefinition {
  readonly id: string;
  /** Dutch, the regime's wording. */
  readonly label: string;
  readonly codes: readonly IncidentEntry['ground'][];
  /** Whose behaviour counts; absent: anyone's. */
  readonly by?: readonly IncidentEntry['by'][];
  readonly procedures: readonly Procedure[];
  /**
   * The regime lists its reasons as examples ('onder andere', 'Voorbeelden … zijn'): this ground
   * stands for any other described reason, which counts only if the funder judges it weighty.
   */
  readonly judgedByFunder?: true;
  readonly source: SourceRef;
}

// ---------------------------------------------------------------------------------------------
// Requirements

export type Check =
  /**
   * At least `min` (default 1) entries matching `match`. With `before`, only entries dated on or
   * before the anchor count (an absent anchor sets no bound: the later step has not happened yet);
   * with `after`, only entries dated on or after it (an absent anchor lets nothing count).
   */
  | {
      readonly kind: 'entries';
      readonly match: EntrySelector;
      readonly min?: number;
      readonly before?: OrderAnchor;
      readonly after?: OrderAnchor;
      /**
       * Only entries dated at most this many days before the `before` anchor, or before asOf while
       * that anchor is absent: an incident recent enough to be urgent.
       */
      readonly withinDays?: number;
    }
  /** No entry matches `match` (every request for a copy has been answered). */
  | { readonly kind: 'none'; readonly match: EntryMatch }
  /** An incident shows one of the regime's grounds for the procedure. */
  | { readonly kind: 'ground' }
  /** Care has not started: careStarted is null or later than the anchor entry (or, without it, than asOf). */
  | { readonly kind: 'care-not-started'; readonly before: EntryMatch }
  /** Some instance of a deadline of this regime is in `state`: e.g. the last payment term has expired. */
  | { readonly kind: 'deadline'; readonly deadline: string; readonly state: 'met' | 'overdue' | 'open' };

/**
 * Dutch sentences for the care worker. Placeholders: `{n}` the number of entries that count,
 * `{min}` the number required, `{grounds}` the labels of the grounds shown.
 */
export interface RequirementTexts {
  readonly met: string;
  readonly missing: string;
  /** When enough matching entries exist but outside the window: in the wrong order (before/after) or too long ago (withinDays). */
  readonly outOfOrder?: string;
  /** When entries of the match's type exist but lack what it asks of their fields (a one-sided weighing). */
  readonly incomplete?: string;
}

/** Other clauses on the same step, shown beside the rule's own: where two seeds agree or conflict. */
export interface RelatedClauses {
  readonly sources: readonly SourceRef[];
  /** Dutch: how they relate to the rule's own clause and which reading Zorgvuldig follows. */
  readonly note: string;
}

export interface RequirementRule {
  readonly id: string;
  readonly procedures: readonly Procedure[];
  /** A PhaseDefinition id: before that phase has started the requirement is not applicable. */
  readonly phase: string;
  /** Short Dutch name, used when the requirement is not yet applicable. */
  readonly title: string;
  /** Required only if the condition holds; otherwise not applicable with the `otherwise` text. */
  readonly when?: { readonly condition: Condition; readonly otherwise: string };
  readonly check: Check;
  readonly texts: RequirementTexts;
  /**
   * 'advised': recommended, not required. Reported with its status like any other requirement and
   * listed among the next steps, but never a blocker. Absent: required.
   */
  readonly level?: 'advised';
  readonly source: SourceRef;
  readonly related?: RelatedClauses;
}

/**
 * A stage of the procedure. The first phase holds what must be met before the decisive step (the
 * request to the funder, the suspension, the notice): its missing requirements are the blockers.
 * Later phases start when their entry appears in the dossier.
 */
export interface PhaseDefinition {
  readonly id: string;
  readonly blocking: boolean;
  /** Absent for the first phase, which runs from the start. */
  readonly startsWith?: {
    readonly condition: Condition;
    /** Dutch, put before a requirement's title while the phase has not started. */
    readonly pending: string;
  };
}

// ---------------------------------------------------------------------------------------------
// Deadlines

type DateFieldOf<T extends EntryType> = {
  [K in keyof EntryOfType<T>]-?: K extends 'id' | 'type' | 'note' | 'corrects'
    ? never
    : Present<EntryOfType<T>[K]> extends string
      ? K
      : never;
}[keyof EntryOfType<T>];

type EntryAnchor = {
  [T in EntryType]: {
    readonly kind: 'entry';
    readonly match: { readonly type: T; readonly where?: FieldTests<T> };
    /** Which matching entries start a term: the first, the latest, or each one its own. */
    readonly occurrence: 'first' | 'last' | 'each';
    /** The date field the term runs from; default `date`. An entry without it starts no term. */
    readonly field?: DateFieldOf<T>;
    /** Without a matching entry the term runs from careStarted (the first evaluation of a plan). */
    readonly orCareStarted?: true;
  };
}[EntryType];

/**
 * The entry that follows an earlier deadline: the first entry matching `match` whose `link` field
 * names that deadline's start entry and that is dated after the deadline (a payment reminder, sent
 * after the invoice's term has passed). The term runs from its `field`.
 */
type FollowUp = {
  [T in EntryType]: {
    readonly match: { readonly type: T; readonly where?: FieldTests<T> };
    readonly link: Exclude<keyof EntryOfType<T>, 'id' | 'type' | 'date' | 'note' | 'corrects'>;
    readonly field?: DateFieldOf<T>;
  };
}[EntryType];

export type DeadlineAnchor =
  | EntryAnchor
  /** The document's careStarted; its start event is reported as `careStarted`. */
  | { readonly kind: 'care-started' }
  /**
   * Runs from the date of another (earlier listed) deadline of the regime, once per instance; with
   * `then`, from the entry that follows it instead, and only once that entry exists.
   */
  | { readonly kind: 'deadline'; readonly deadline: string; readonly then?: FollowUp };

export type DeadlineSatisfaction =
  /** An entry dated from the start event up to and including the deadline. */
  | { readonly kind: 'entry'; readonly match: EntryMatch }
  /** A date field of the start entry itself on or before the deadline (an invoice's `paid`). */
  | { readonly kind: 'start-field'; readonly field: string }
  /** A waiting term (notice, retention): met once it has run. */
  | { readonly kind: 'elapse' }
  /** A number on the start entry reaches a minimum (a no-show cancelled at least 48 hours ahead). */
  | { readonly kind: 'start-number'; readonly field: string; readonly atLeast: number };

export interface DeadlineRule {
  readonly id: string;
  readonly procedures: readonly Procedure[];
  /** Dutch, e.g. 'Besluit financier'; the rule text reads `${label}: ${describeTerm(term)} ${from}`. */
  readonly label: string;
  /** Dutch, the start event as it follows the term: 'ontvangst van het verzoek'. */
  readonly from: string;
  readonly anchor: DeadlineAnchor;
  readonly term: TermSpec;
  /** Whether the Algemene termijnenwet extends this term (decision record 0003), and why, in Dutch. */
  readonly counting: CountingChoice;
  /**
   * A date field of the start entry that sets the deadline itself when it is later than the term
   * (an invoice's own due date); an earlier one is shown but never shortens the term.
   */
  readonly ownDate?: { readonly field: string; readonly label: string };
  /** Absent: nothing in the dossier can satisfy it, so it is open until the date and overdue after. */
  readonly satisfiedBy?: DeadlineSatisfaction;
  /** The client must keep it (cancelling in time), not the provider or funder: shown, never reminded. */
  readonly keptByClient?: boolean;
  readonly source: SourceRef;
}

// ---------------------------------------------------------------------------------------------
// Advice: procedure-level next steps beyond the missing requirements

export type AdviceTrigger =
  /** The requirement is missing (e.g. no urgent danger: propose a time-out elsewhere first). */
  | { readonly kind: 'requirement-missing'; readonly requirement: string }
  /** Nothing blocks any more and the decisive step has not been taken (`unless` absent: regardless). */
  | { readonly kind: 'ready'; readonly unless?: EntryMatch }
  | { readonly kind: 'condition'; readonly condition: Condition };

export interface AdviceRule {
  readonly id: string;
  readonly procedures: readonly Procedure[];
  readonly trigger: AdviceTrigger;
  readonly text: string;
  readonly source: SourceRef;
}

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// The funder's side (decision record 0013): what the funder must do before it decides a request

/** What a funder's duty asks, judged on the request as the funder handled it (domain/requests/checklist.ts). */
export type FunderCheck =
  /** A hearing (wederhoor) with the client or their representative is recorded. */
  | { readonly kind: 'hearing' }
  /** A medical adviser judged whether the reason is well-founded, with reasoning. */
  | { readonly kind: 'medical-advice' }
  /** The decision is decided on or before its (possibly suspended) deadline. */
  | { readonly kind: 'decision-in-term' }
  /** The decision gives its reasons (and, with conditions, the conditions). */
  | { readonly kind: 'decision-reasons' }
  /** A yes/no the decision letter must state. */
  | { readonly kind: 'decision-states'; readonly field: 'igjPointed' | 'referredToAccess' }
  /** When the provider showed that no other provider can be found, the client is offered a PGB. */
  | { readonly kind: 'pgb-offer' }
  /** An acceptance says how continuity is secured: the next provider, or why none is needed or possible. */
  | { readonly kind: 'continuity' };

export interface FunderDuty {
  readonly id: string;
  readonly procedures: readonly Procedure[];
  /** Only for these outcomes of the decision; absent: whatever it decides. */
  readonly outcomes?: readonly ('accepted' | 'accepted-with-conditions' | 'rejected')[];
  /** Short Dutch name. */
  readonly title: string;
  readonly check: FunderCheck;
  /** Dutch: when met, and what to do while missing. */
  readonly texts: { readonly met: string; readonly missing: string };
  readonly source: SourceRef;
}

export interface FunderProtocol {
  /**
   * Whether an open question to the provider suspends the decision term (Awb 4:15 as the model:
   * from the day after the question until the day the answer arrives). On by default.
   */
  readonly suspension: { readonly onQuestion: boolean; readonly basis: string };
  readonly duties: readonly FunderDuty[];
}

export interface Regime {
  readonly id: RegimeId;
  /** Dutch. */
  readonly name: string;
  readonly funderKind: 'municipality' | 'health-insurer';
  /** Dutch, the funder as a sentence names it: 'VGZ', 'de gemeente Groningen'. */
  readonly funderName: string;
  readonly procedures: readonly Procedure[];
  readonly phases: readonly PhaseDefinition[];
  readonly grounds: readonly GroundDefinition[];
  /** In procedure order: the order of nextSteps. */
  readonly requirements: readonly RequirementRule[];
  readonly deadlines: readonly DeadlineRule[];
  readonly advice: readonly AdviceRule[];
  /** The funder's duties on a request; absent: the regime sends no request to a funder. */
  readonly funder?: FunderProtocol;
}

// The funder's decision term on a request (decision record 0013): the regime's own term (000: 7
// working days; 001 §6.4: 1 week on a refusal, 3 weeks on a termination; 002/003: 3 weeks), counted
// on the Dutch calendar as the provider's deadline overview counts it, and suspended while a
// question to the provider is open when the regime says so (Awb 4:15 as the model: from the day
// after the question until the day the answer arrives).

import { addDays, compareDates, daysBetween, formatDutchDate } from '../calendar/dates.ts';
import { computeTerm, describeTerm, type TermResult } from '../calendar/terms.ts';
import { addWorkingDays, isWorkingDay } from '../calendar/working-days.ts';
import type { IsoDate, Procedure } from '../dossier/types.ts';
import type { DeadlineRule, Regime } from '../protocols/types.ts';
import type { RequestState } from './states.ts';

/** A question to the provider: asked on a day, answered on a day (or not yet). */
export interface QuestionSpan {
  asked: IsoDate;
  answered: IsoDate | null;
}

export interface DecisionTerm {
  rule: DeadlineRule;
  /** The deadline without any suspension. */
  base: TermResult;
  /** Calendar days the term stood still (counting an open question up to `asOf`). */
  suspendedDays: number;
  /** The deadline after suspension; while a question is open, as it would be if answered on `asOf`. */
  deadline: IsoDate;
  /** A question is open: the clock stands still and `deadline` moves on each day. */
  suspended: boolean;
  /** Dutch: '3 weken na 2 maart = 23 maart; vraag op 10 maart, antwoord op 17 maart, 7 dagen opgeschort: nieuwe termijn 30 maart'. */
  explanation: string;
}

/** The regime's deadline rule that the funder's decision meets, for this procedure; undefined: none is asked. */
export function decisionRule(regime: Regime, procedure: Procedure): DeadlineRule | undefined {
  return regime.deadlines.find((d) => d.procedures.includes(procedure) && d.satisfiedBy?.kind === 'entry' && d.satisfiedBy.match.type === 'funder-decision');
}

/** The regime's objection term against the decision, for this procedure; undefined: the regime has none. */
export function objectionRule(regime: Regime, procedure: Procedure): DeadlineRule | undefined {
  return regime.deadlines.find((d) => d.procedures.includes(procedure) && d.satisfiedBy?.kind === 'entry' && d.satisfiedBy.match.type === 'objection');
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** '2 maart': the year is the same in nearly every term, and the form shows it beside the date. */
function shortDate(date: IsoDate): string {
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]}`;
}

/** The days the term stands still: the union of (asked, answered] over the questions, an open one up to asOf. */
function suspendedDays(questions: readonly QuestionSpan[], asOf: IsoDate): Set<IsoDate> {
  const days = new Set<IsoDate>();
  for (const q of questions) {
    const end = q.answered ?? asOf;
    for (let d = addDays(q.asked, 1); compareDates(d, end) <= 0; d = addDays(d, 1)) days.add(d);
  }
  return days;
}

/**
 * The decision's deadline for a request received on `received`. A working-day term moves by the
 * working days of the suspension; a calendar term by its days, then (counted under the Atw) to the
 * next working day, as the term itself would have been.
 */
export function decisionTerm(regime: Regime, procedure: Procedure, received: IsoDate, questions: readonly QuestionSpan[], asOf: IsoDate): DecisionTerm | undefined {
  const rule = decisionRule(regime, procedure);
  if (rule === undefined) return undefined;
  const base = computeTerm(received, rule.term, rule.counting.counting);
  // When the Atw moved the date (a holiday), the calendar's own explanation, the one the case's
  // deadline overview shows, so both say the same; otherwise the short form.
  const opening = base.date !== base.nominalDate ? base.explanation : `${describeTerm(rule.term)} ${shortDate(received)} = ${shortDate(base.date)}`;
  const suspends = regime.funder?.suspension.onQuestion ?? false;
  const counted = suspends ? questions : [];
  const days = suspendedDays(counted, asOf);
  const suspended = counted.some((q) => q.answered === null);
  if (counted.length === 0) return { rule, base, suspendedDays: 0, deadline: base.date, suspended: false, explanation: opening };
  let deadline: IsoDate;
  if (rule.term.unit === 'working-days') {
    deadline = addWorkingDays(base.date, [...days].filter(isWorkingDay).length);
  } else {
    deadline = addDays(base.nominalDate, days.size);
    if (base.counting === 'atw') while (!isWorkingDay(deadline)) deadline = addDays(deadline, 1);
  }
  const parts = counted.map((q) =>
    q.answered === null
      ? `vraag op ${shortDate(q.asked)}, nog niet beantwoord`
      : `vraag op ${shortDate(q.asked)}, antwoord op ${shortDate(q.answered)}, ${daysBetween(q.asked, q.answered)} dagen opgeschort`,
  );
  const open = counted.find((q) => q.answered === null);
  // While a question is open the date still moves each day: say since when the term stands still.
  const end =
    open !== undefined
      ? `de termijn staat stil sinds ${shortDate(addDays(open.asked, 1))} (vraag open)`
      : `${counted.length > 1 ? `samen ${days.size} dagen opgeschort, ` : ''}nieuwe termijn ${shortDate(deadline)}`;
  return { rule, base, suspendedDays: days.size, deadline, suspended, explanation: `${opening}; ${parts.join('; ')}: ${end}` };
}

/** The funder's question that holds the decision term still today: who asked, and on which day. */
export interface Standstill {
  funderName: string;
  askedOn: IsoDate;
}

/**
 * Whether the decision term of a request stands still now, and by which question: only while the
 * request waits for an answer and the regime suspends the term for a question (as decisionTerm
 * counts it); the oldest open question, from the day after which the term stands still.
 */
export function decisionStandstill(
  regime: Regime | undefined,
  request: { state: RequestState; funderName: string },
  openQuestions: readonly { askedOn: IsoDate }[],
): Standstill | undefined {
  if (request.state !== 'information-requested' || !(regime?.funder?.suspension.onQuestion ?? false)) return undefined;
  const oldest = openQuestions.map((q) => q.askedOn).sort()[0];
  return oldest === undefined ? undefined : { funderName: request.funderName, askedOn: oldest };
}

/**
 * Whether a decision term due on `due` has not run out because it stands still: asked on or before
 * its last day, the term moves on by every day it stands still, so it cannot lapse while it does
 * (as decisionTerm counts it). A question asked after the term had run out does not revive it.
 */
export function heldBeforeDue(askedOn: IsoDate, due: IsoDate): boolean {
  return compareDates(askedOn, due) <= 0;
}

/** Dutch, B1: 'Staat stil: vraag van Gemeente Groningen op 3 maart 2026, wacht op antwoord.' */
export function standstillText(s: Standstill): string {
  return `Staat stil: vraag van ${s.funderName} op ${formatDutchDate(s.askedOn)}, wacht op antwoord.`;
}

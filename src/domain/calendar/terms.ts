// Deadlines of care procedures: a term counted from an event, optionally extended under the
// Algemene termijnenwet (Atw), with a Dutch explanation a care professional can check by hand.

import type { IsoDate } from '../dossier/types.ts';
import { addDays, addMonths, addYears, daysBetween, dutchWeekday, formatDutchDate, isValidIsoDate } from './dates.ts';
import { holidayOn } from './holidays.ts';
import { addWorkingDays, countWorkingDays, isWorkingDay } from './working-days.ts';

export type TermUnit = 'working-days' | 'days' | 'weeks' | 'months' | 'years';

export interface TermSpec {
  amount: number;
  unit: TermUnit;
  direction: 'after' | 'before';
}

export type Counting = 'atw' | 'plain';

export interface TermResult {
  /** The due date after any extension. */
  date: IsoDate;
  /** The date before any Atw extension. */
  nominalDate: IsoDate;
  /** What was actually applied: 'plain' also when 'atw' was asked but the Atw does not apply. */
  counting: 'atw' | 'plain' | 'working-days';
  /** Dutch, naming the rule and why the date moved or did not. */
  explanation: string;
}

type CalendarUnit = Exclude<TermUnit, 'working-days'>;

interface CalendarUnitRule {
  shift: (date: IsoDate, amount: number) => IsoDate;
  /** The longest term the Atw still extends (art. 4); 0 when it never does. */
  atwMaxAmount: number;
  /** Why the Atw does not apply to a longer term. */
  tooLongForAtw: string;
}

const CALENDAR_UNITS: Record<CalendarUnit, CalendarUnitRule> = {
  days: { shift: addDays, atwMaxAmount: 90, tooLongForAtw: 'termijn langer dan 90 dagen (art. 4)' },
  weeks: {
    shift: (date, weeks) => addDays(date, weeks * 7),
    atwMaxAmount: 12,
    tooLongForAtw: 'termijn langer dan twaalf weken (art. 4)',
  },
  months: { shift: addMonths, atwMaxAmount: 3, tooLongForAtw: 'termijn langer dan drie maanden (art. 4)' },
  years: { shift: addYears, atwMaxAmount: 0, tooLongForAtw: 'termijn in jaren (art. 4)' },
};

const UNIT_NAMES: Record<TermUnit, { one: string; many: string }> = {
  'working-days': { one: 'werkdag', many: 'werkdagen' },
  days: { one: 'dag', many: 'dagen' },
  weeks: { one: 'week', many: 'weken' },
  months: { one: 'maand', many: 'maanden' },
  years: { one: 'jaar', many: 'jaar' },
};

/** A term in Dutch for display: '3 weken na', '7 werkdagen na', '1 week voor'. */
export function describeTerm(term: TermSpec): string {
  const names = UNIT_NAMES[term.unit];
  return `${term.amount} ${term.amount === 1 ? names.one : names.many} ${term.direction === 'after' ? 'na' : 'voor'}`;
}

// Terms arrive from regime data and API input, so the types alone do not guarantee these.
function validate(event: IsoDate, term: TermSpec, counting: Counting): void {
  if (!isValidIsoDate(event)) throw new RangeError(`Not a valid YYYY-MM-DD date: ${String(event)}`);
  if (!Number.isSafeInteger(term.amount) || term.amount < 1) {
    throw new RangeError(`A term amount must be a positive integer, got ${term.amount}`);
  }
  if (!Object.hasOwn(UNIT_NAMES, term.unit)) throw new RangeError(`Unknown term unit: ${String(term.unit)}`);
  if (term.direction !== 'after' && term.direction !== 'before') {
    throw new RangeError(`Unknown term direction: ${String(term.direction)}`);
  }
  if (counting !== 'atw' && counting !== 'plain') throw new RangeError(`Unknown counting: ${String(counting)}`);
}

/** Why the day is not a working day, e.g. '25 december 2026 is Eerste Kerstdag'. */
function nonWorkingDayText(date: IsoDate): string {
  const holiday = holidayOn(date);
  return `${formatDutchDate(date)} is ${holiday ? holiday.name : `een ${dutchWeekday(date)}`}`;
}

/**
 * Atw art. 1 lid 1: the first working day on or after `nominal`, with the reasons it moved. Weekend
 * days after the first are left out of the reasons: the weekday names in the dates already tell.
 */
function applyArticle1(nominal: IsoDate): { date: IsoDate; reasons: string[] } {
  const reasons: string[] = [];
  let date = nominal;
  while (!isWorkingDay(date)) {
    if (date === nominal || holidayOn(date)) reasons.push(nonWorkingDayText(date));
    date = addDays(date, 1);
  }
  return { date, reasons };
}

function computeAtwTerm(event: IsoDate, nominal: IsoDate, termText: string): TermResult {
  const article1 = applyArticle1(nominal);
  // Art. 2: a term of three days or more holds at least two working days. After art. 1 the end
  // day itself is one, so at most one more working day is ever needed.
  // Counting stops at two: a long term would otherwise walk every day only to learn it has enough.
  const needsArticle2 = daysBetween(event, nominal) >= 3 && countWorkingDays(event, article1.date, 2) < 2;
  const date = needsArticle2 ? addWorkingDays(article1.date, 1) : article1.date;
  const result = { date, nominalDate: nominal, counting: 'atw' } as const;
  if (date === nominal) {
    return {
      ...result,
      explanation: `${termText} valt op ${formatDutchDate(nominal, true)}, een werkdag; geteld volgens de Algemene termijnenwet, geen verlenging nodig.`,
    };
  }
  const sentences = [`${termText} valt op ${formatDutchDate(nominal, true)}.`];
  if (article1.date !== nominal) {
    sentences.push(
      `${article1.reasons.join(', ')}; verlengd tot ${formatDutchDate(article1.date, true)} (Atw art. 1).`,
    );
  }
  if (needsArticle2) {
    sentences.push(
      `De termijn bevat dan maar één dag die geen zaterdag, zondag of feestdag is; verlengd tot ${formatDutchDate(date, true)} zodat hij er twee bevat (Atw art. 2).`,
    );
  }
  return { ...result, explanation: sentences.join(' ') };
}

export function computeTerm(event: IsoDate, term: TermSpec, counting: Counting): TermResult {
  validate(event, term, counting);
  const signedAmount = term.direction === 'after' ? term.amount : -term.amount;
  const termText = `${describeTerm(term)} ${formatDutchDate(event)}`;

  if (term.unit === 'working-days') {
    const date = addWorkingDays(event, signedAmount);
    return {
      date,
      nominalDate: date,
      counting: 'working-days',
      explanation: `${termText} valt op ${formatDutchDate(date, true)}. Alleen werkdagen geteld: zaterdag, zondag en algemeen erkende feestdagen tellen niet mee.`,
    };
  }

  const rule = CALENDAR_UNITS[term.unit];
  const nominal = rule.shift(event, signedAmount);
  const opening = `${termText} valt op ${formatDutchDate(nominal, true)}.`;
  const plain = (why: string): TermResult => ({
    date: nominal,
    nominalDate: nominal,
    counting: 'plain',
    explanation: `${opening} ${why}`,
  });

  if (counting === 'plain') return plain('Gewone kalendertelling: niet verlengd voor zaterdag, zondag of feestdag.');
  if (term.direction === 'before') {
    return plain('Atw niet van toepassing: terugwaarts berekende termijn (art. 1 lid 2).');
  }
  if (term.amount > rule.atwMaxAmount) return plain(`Atw niet van toepassing: ${rule.tooLongForAtw}.`);
  return computeAtwTerm(event, nominal, termText);
}

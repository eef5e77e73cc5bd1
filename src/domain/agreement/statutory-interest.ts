// Statutory interest (wettelijke rente) on a sum the client owes, for non-commercial transactions:
// art. 6:119 BW, at the rates of statutory-interest-rates.ts, which seed 004 §9 makes the
// interest on a self-paid invoice ('De rente is gelijk aan de wettelijke rente').
//
// How it is counted (decision 0010):
// - Interest runs over days, `from` and `to` both included: the first day of default up to and
//   including the day of payment (the wording of art. 6:119a lid 1 BW, used for 6:119 as well).
// - Interest years run from `from` to the same date a year later, not from 1 January: art. 6:119
//   lid 2 adds the interest to the amount 'telkens na afloop van een jaar', a year of the default.
// - Within an interest year a day is 1/365 of the year's interest, 1/366 when that interest year
//   holds 29 February, so a whole year gives exactly the rate 'per jaar' the Besluit sets, leap
//   year or not. No statute prescribes a day count; this one never gives more than the rate.
// - A rate change takes effect for running interest on its date (art. 6:120 lid 1 BW).
// - Each interest year's interest is rounded down to a whole cent once, before it is added to the
//   amount; the last, incomplete year likewise.

import { addDays, addYears, compareDates, daysBetween, formatDutchDate, isValidIsoDate } from '../calendar/dates.ts';
import type { IsoDate } from '../dossier/types.ts';
import { InvalidInputError, type ValidationIssue } from '../errors.ts';
import type { SourceRef } from '../protocols/types.ts';
import { requireCents, roundDownToCent, type Cents } from './money.ts';
import { SEED_004, STATUTES } from './sources.ts';
import { STATUTORY_INTEREST_RATES, STATUTORY_INTEREST_TABLE_END, type RateRow } from './statutory-interest-rates.ts';

/** A stretch of days at one rate within one interest year. */
export interface InterestPeriod {
  from: IsoDate;
  to: IsoDate;
  days: number;
  /** Percent per year in basis points (7 % = 700). */
  basisPoints: number;
  /** The Staatsblad publication of the rate. */
  source: string;
  /** The amount interest is calculated on: the principal plus the interest of completed years. */
  baseCents: Cents;
}

export interface InterestYear {
  from: IsoDate;
  to: IsoDate;
  /** 365, or 366 when the interest year holds 29 February. */
  yearDays: number;
  interestCents: Cents;
  /** Whether the year was complete, so its interest was added to the amount (art. 6:119 lid 2 BW). */
  capitalised: boolean;
}

export interface StatutoryInterest {
  principalCents: Cents;
  from: IsoDate;
  to: IsoDate;
  interestCents: Cents;
  periods: InterestPeriod[];
  years: InterestYear[];
  statutes: readonly string[];
  source: SourceRef;
}

/** The table has no confirmed rate for part of the period; nothing is guessed. */
export class UnconfirmedRateError extends Error {
  readonly period: { from: IsoDate; to: IsoDate | null };
  constructor(message: string, period: { from: IsoDate; to: IsoDate | null }) {
    super(message);
    this.name = 'UnconfirmedRateError';
    this.period = period;
  }
}

/** Where the caller's fields are, for error messages: JSON paths, or CLI arguments. */
export interface InterestFieldNames {
  principal: string;
  from: string;
  to: string;
}

const JSON_NAMES: InterestFieldNames = { principal: '$.principalCents', from: '$.from', to: '$.to' };

interface RateSegment {
  from: IsoDate;
  to: IsoDate;
  row: RateRow;
}

/** The table's rows as dated segments, each ending the day before the next one starts. */
function segments(table: readonly RateRow[], tableEnd: IsoDate): RateSegment[] {
  return table.map((row, i) => ({ from: row.from, to: addDays(table[i + 1]?.from ?? tableEnd, -1), row }));
}

function confirmedSegmentsCovering(from: IsoDate, to: IsoDate): (RateSegment & { row: { basisPoints: number; source: string } })[] {
  const all = segments(STATUTORY_INTEREST_RATES, STATUTORY_INTEREST_TABLE_END);
  const first = all[0];
  if (first === undefined || compareDates(from, first.from) < 0) {
    throw new UnconfirmedRateError(
      `Voor dagen vóór ${formatDutchDate(first?.from ?? STATUTORY_INTEREST_TABLE_END)} staat geen wettelijke rente in de tabel; er wordt niet met een geschat percentage gerekend.`,
      { from, to: first ? addDays(first.from, -1) : null },
    );
  }
  const covering = all.filter((s) => compareDates(s.to, from) >= 0 && compareDates(s.from, to) <= 0);
  for (const segment of covering) {
    if ('unconfirmed' in segment.row) {
      throw new UnconfirmedRateError(
        `De wettelijke rente voor ${formatDutchDate(segment.from)} t/m ${formatDutchDate(segment.to)} is niet bevestigd uit het Staatsblad (${segment.row.unconfirmed}); er wordt niet met een onbevestigd percentage gerekend.`,
        { from: segment.from, to: segment.to },
      );
    }
  }
  if (compareDates(to, STATUTORY_INTEREST_TABLE_END) >= 0) {
    throw new UnconfirmedRateError(
      `Voor dagen vanaf ${formatDutchDate(STATUTORY_INTEREST_TABLE_END)} staat nog geen wettelijke rente in de tabel; er wordt niet met een geschat percentage gerekend.`,
      { from: STATUTORY_INTEREST_TABLE_END, to: null },
    );
  }
  return covering as (RateSegment & { row: { basisPoints: number; source: string } })[];
}

const later = (a: IsoDate, b: IsoDate) => (compareDates(a, b) >= 0 ? a : b);
const earlier = (a: IsoDate, b: IsoDate) => (compareDates(a, b) <= 0 ? a : b);

function validate(principalCents: Cents, from: IsoDate, to: IsoDate, names: InterestFieldNames): void {
  const issues: ValidationIssue[] = [];
  if (!Number.isSafeInteger(principalCents) || principalCents <= 0) {
    issues.push({ path: names.principal, message: 'moet een bedrag groter dan nul zijn' });
  }
  if (!isValidIsoDate(from)) issues.push({ path: names.from, message: 'is geen geldige datum; gebruik JJJJ-MM-DD' });
  if (!isValidIsoDate(to)) issues.push({ path: names.to, message: 'is geen geldige datum; gebruik JJJJ-MM-DD' });
  if (issues.length === 0 && compareDates(to, from) < 0) {
    issues.push({ path: names.to, message: `ligt vóór ${names.from}; de rente loopt van de eerste tot en met de laatste dag` });
  }
  if (issues.length > 0) throw new InvalidInputError(issues);
}

/**
 * Statutory interest on `principalCents` for every day from `from` to `to`, both included,
 * compounded after each interest year. Throws InvalidInputError for bad input (naming `names`)
 * and UnconfirmedRateError when any day lies in a period without a confirmed rate.
 */
export function statutoryInterest(principalCents: Cents, from: IsoDate, to: IsoDate, names = JSON_NAMES): StatutoryInterest {
  validate(principalCents, from, to, names);
  const rates = confirmedSegmentsCovering(from, to);
  const periods: InterestPeriod[] = [];
  const years: InterestYear[] = [];
  let base = principalCents;
  let total = 0;
  for (let k = 0; ; k++) {
    const yearStart = addYears(from, k);
    if (compareDates(yearStart, to) > 0) break;
    const nextYear = addYears(from, k + 1);
    const lastDayOfYear = addDays(nextYear, -1);
    const yearEnd = earlier(lastDayOfYear, to);
    const yearDays = daysBetween(yearStart, nextYear);
    let numerator = 0n;
    for (const rate of rates) {
      const periodFrom = later(rate.from, yearStart);
      const periodTo = earlier(rate.to, yearEnd);
      if (compareDates(periodFrom, periodTo) > 0) continue;
      const days = daysBetween(periodFrom, periodTo) + 1;
      numerator += BigInt(base) * BigInt(rate.row.basisPoints) * BigInt(days);
      periods.push({ from: periodFrom, to: periodTo, days, basisPoints: rate.row.basisPoints, source: rate.row.source, baseCents: base });
    }
    const interestCents = roundDownToCent(numerator, 10_000n * BigInt(yearDays));
    const capitalised = yearEnd === lastDayOfYear;
    years.push({ from: yearStart, to: yearEnd, yearDays, interestCents, capitalised });
    total += interestCents;
    if (capitalised) base += interestCents;
  }
  requireCents(total, 'interest');
  return {
    principalCents,
    from,
    to,
    interestCents: total,
    periods,
    years,
    statutes: [STATUTES.interest, STATUTES.interestCompounding, STATUTES.interestRateChange],
    source: SEED_004.statutoryInterest,
  };
}

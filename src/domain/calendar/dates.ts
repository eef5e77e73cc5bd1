// Pure arithmetic on `YYYY-MM-DD` dates. Every conversion goes through UTC midnight, so the host's
// time zone and daylight-saving changes can never move a date by a day.

import type { IsoDate } from '../dossier/types.ts';

const MS_PER_DAY = 86_400_000;
const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

const WEEKDAYS_NL = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;
export const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

interface Ymd {
  year: number;
  month: number; // 1-12
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Deadlines parse the same few thousand dates over and over (every day a term walks); parsing each
// once keeps a whole assessment within microseconds. Bounded, so no input can grow it without end.
const PARSED_LIMIT = 50_000;
const parsed = new Map<string, Ymd | undefined>();

function splitIsoDate(s: string): Ymd | undefined {
  if (parsed.has(s)) return parsed.get(s);
  const ymd = parseIsoDate(s);
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(s, ymd);
  return ymd;
}

function parseIsoDate(s: string): Ymd | undefined {
  const match = ISO_DATE_SHAPE.exec(s);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return Object.freeze({ year, month, day });
}

export function isValidIsoDate(s: string): boolean {
  return typeof s === 'string' && splitIsoDate(s) !== undefined;
}

function parse(date: IsoDate): Ymd {
  const ymd = typeof date === 'string' ? splitIsoDate(date) : undefined;
  if (!ymd) throw new RangeError(`Not a valid YYYY-MM-DD date: ${String(date)}`);
  return ymd;
}

function requireInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be an integer, got ${n}`);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function format({ year, month, day }: Ymd): IsoDate {
  // Four-digit years only: anything else would not round-trip through isValidIsoDate.
  if (year < 0 || year > 9999) throw new RangeError(`Date out of range 0000-9999: year ${year}`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// setUTCFullYear rather than Date.UTC, because Date.UTC maps years 0-99 onto 1900-1999.
function toUtcMs({ year, month, day }: Ymd): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

function fromUtcMs(ms: number): Ymd {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  requireInteger(days, 'days');
  return format(fromUtcMs(toUtcMs(parse(date)) + days * MS_PER_DAY));
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  requireInteger(months, 'months');
  const { year, month, day } = parse(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  return format({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

export function addYears(date: IsoDate, years: number): IsoDate {
  requireInteger(years, 'years');
  return addMonths(date, years * 12);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toUtcMs(parse(date))).getUTCDay();
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return toUtcMs(parse(a)) - toUtcMs(parse(b));
}

/** Whole days from `from` to `to`; negative when `to` lies before `from`. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(parse(to)) - toUtcMs(parse(from))) / MS_PER_DAY);
}

/** '28 december 2026', or 'maandag 28 december 2026' with the weekday. */
export function formatDutchDate(date: IsoDate, withWeekday = false): string {
  const ymd = parse(date);
  const text = `${ymd.day} ${MONTHS_NL[ymd.month - 1]} ${ymd.year}`;
  return withWeekday ? `${dutchWeekday(date)} ${text}` : text;
}

/** The Dutch name of the weekday, e.g. 'zaterdag'. */
export function dutchWeekday(date: IsoDate): string {
  return WEEKDAYS_NL[dayOfWeek(date)] as string;
}

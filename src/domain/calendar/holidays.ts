// The generally recognised holidays of the Algemene termijnenwet (Atw art. 3), kept as data so a
// reviewer can check each rule against the statute and a new Royal Decree is a one-entry change.

import { easter } from 'date-easter';
import type { IsoDate } from '../dossier/types.ts';
import { addDays, compareDates, dayOfWeek, isValidIsoDate } from './dates.ts';

export interface Holiday {
  date: IsoDate;
  name: string;
  source: string;
}

const ATW_3_1 = 'Algemene termijnenwet art. 3 lid 1';
const ATW_3_2 = 'Algemene termijnenwet art. 3 lid 2';
const ATW_3_3 = 'Algemene termijnenwet art. 3 lid 3';

/**
 * Days made equal to a holiday by Royal Decree (Atw art. 3 lid 3). The decrees come out every few
 * years for the years ahead; add the next one here when it is published.
 */
interface EquatingDecree {
  title: string;
  days: readonly { date: IsoDate; name: string }[];
}

const EQUATING_DECREES: readonly EquatingDecree[] = [
  {
    title:
      'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag',
    days: [
      { date: '2023-04-28', name: 'vrijdag na Koningsdag (gelijkgesteld met een feestdag)' },
      { date: '2023-05-19', name: 'vrijdag na Hemelvaartsdag (gelijkgesteld met een feestdag)' },
      { date: '2024-05-10', name: 'vrijdag na Hemelvaartsdag (gelijkgesteld met een feestdag)' },
      { date: '2024-12-27', name: 'vrijdag na Tweede Kerstdag (gelijkgesteld met een feestdag)' },
      { date: '2025-05-30', name: 'vrijdag na Hemelvaartsdag (gelijkgesteld met een feestdag)' },
    ],
  },
  {
    title:
      'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag',
    days: [
      { date: '2026-01-02', name: 'vrijdag na Nieuwjaarsdag (gelijkgesteld met een feestdag)' },
      { date: '2026-05-15', name: 'vrijdag na Hemelvaartsdag (gelijkgesteld met een feestdag)' },
      { date: '2027-05-07', name: 'vrijdag na Hemelvaartsdag (gelijkgesteld met een feestdag)' },
      { date: '2028-04-28', name: 'vrijdag na Koningsdag (gelijkgesteld met een feestdag)' },
      { date: '2028-05-26', name: 'vrijdag na Hemelvaartsdag (gelijkgesteld met een feestdag)' },
    ],
  },
];

/**
 * Dossiers hold old invoices and care that started long ago, so every year from 1900 is answered.
 * Equating decrees are recorded from 2023 on; for earlier years only the holidays of the act
 * itself count.
 */
export const FIRST_SUPPORTED_YEAR = 1900;
const LAST_SUPPORTED_YEAR = 9999;

/**
 * The monarch's birthday as celebrated (Atw art. 3 lid 1: "de dag waarop de verjaardag van de
 * Koning wordt gevierd"), per reign: the date, and where it moves when it falls on a Sunday.
 */
const MONARCHS_DAYS: readonly { from: number; name: string; month: number; day: number; sundayShift: number }[] = [
  { from: 1900, name: 'Koninginnedag', month: 8, day: 31, sundayShift: 1 },
  { from: 1949, name: 'Koninginnedag', month: 4, day: 30, sundayShift: 1 },
  { from: 1980, name: 'Koninginnedag', month: 4, day: 30, sundayShift: -1 },
  { from: 2014, name: 'Koningsdag', month: 4, day: 27, sundayShift: -1 },
];

type HolidayRule =
  | { kind: 'fixed'; month: number; day: number; name: string; source: string }
  | { kind: 'easter-offset'; days: number; name: string; source: string }
  | { kind: 'monarchs-day'; source: string }
  | { kind: 'decreed'; date: IsoDate; name: string; source: string };

const HOLIDAY_RULES: readonly HolidayRule[] = [
  { kind: 'fixed', month: 1, day: 1, name: 'Nieuwjaarsdag', source: ATW_3_1 },
  { kind: 'easter-offset', days: -2, name: 'Goede Vrijdag', source: ATW_3_2 },
  { kind: 'easter-offset', days: 1, name: 'Tweede Paasdag', source: ATW_3_1 },
  { kind: 'monarchs-day', source: ATW_3_1 },
  { kind: 'fixed', month: 5, day: 5, name: 'Bevrijdingsdag', source: ATW_3_1 },
  { kind: 'easter-offset', days: 39, name: 'Hemelvaartsdag', source: ATW_3_1 },
  { kind: 'easter-offset', days: 50, name: 'Tweede Pinksterdag', source: ATW_3_1 },
  { kind: 'fixed', month: 12, day: 25, name: 'Eerste Kerstdag', source: ATW_3_1 },
  { kind: 'fixed', month: 12, day: 26, name: 'Tweede Kerstdag', source: ATW_3_1 },
  ...EQUATING_DECREES.flatMap((decree) =>
    decree.days.map((day): HolidayRule => ({ kind: 'decreed', ...day, source: `${ATW_3_3}; ${decree.title}` })),
  ),
];

function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The name and date a rule yields in `year`, or undefined when it does not occur that year. */
function ruleDate(rule: HolidayRule, year: number): { date: IsoDate; name: string } | undefined {
  switch (rule.kind) {
    case 'fixed':
      return { date: isoDate(year, rule.month, rule.day), name: rule.name };
    case 'easter-offset': {
      const sunday = easter(year);
      return { date: addDays(isoDate(year, sunday.month, sunday.day), rule.days), name: rule.name };
    }
    case 'monarchs-day': {
      const reign = MONARCHS_DAYS.findLast((m) => m.from <= year) as (typeof MONARCHS_DAYS)[number];
      const birthday = isoDate(year, reign.month, reign.day);
      return { date: dayOfWeek(birthday) === 0 ? addDays(birthday, reign.sundayShift) : birthday, name: reign.name };
    }
    case 'decreed':
      return Number(rule.date.slice(0, 4)) === year ? { date: rule.date, name: rule.name } : undefined;
  }
}

// Deadlines ask about the same few years over and over: each year is computed once, with a map
// for the per-day question that working-day counting asks thousands of times.
const cache = new Map<number, { list: readonly Holiday[]; byDate: ReadonlyMap<IsoDate, Holiday> }>();

function yearOf(year: number) {
  if (!Number.isSafeInteger(year) || year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new RangeError(`Holidays are known for ${FIRST_SUPPORTED_YEAR}-${LAST_SUPPORTED_YEAR}, not for ${year}`);
  }
  let entry = cache.get(year);
  if (entry === undefined) {
    const list = computeHolidays(year);
    entry = { list, byDate: new Map(list.map((h) => [h.date, h])) };
    cache.set(year, entry);
  }
  return entry;
}

function computeHolidays(year: number): readonly Holiday[] {
  const byDate = new Map<IsoDate, Holiday[]>();
  for (const rule of HOLIDAY_RULES) {
    const occurrence = ruleDate(rule, year);
    if (occurrence === undefined) continue;
    const { date, name } = occurrence;
    byDate.set(date, [...(byDate.get(date) ?? []), { date, name, source: rule.source }]);
  }
  // Hemelvaartsdag can fall on 5 May (next in 2157); one entry per date keeps holidayOn unambiguous.
  return [...byDate.entries()]
    .sort(([a], [b]) => compareDates(a, b))
    .map(([date, same]) =>
      Object.freeze({
        date,
        name: same.map((h) => h.name).join(' en '),
        source: [...new Set(same.map((h) => h.source))].join('; '),
      }),
    );
}

/** All holidays of `year` in the sense of Atw art. 3, sorted by date. */
export function holidaysOf(year: number): Holiday[] {
  return [...yearOf(year).list];
}

export function holidayOn(date: IsoDate): Holiday | undefined {
  if (!isValidIsoDate(date)) throw new RangeError(`Not a valid YYYY-MM-DD date: ${String(date)}`);
  return yearOf(Number(date.slice(0, 4))).byDate.get(date);
}

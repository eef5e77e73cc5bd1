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
 * Years before this lack recorded equating decrees (and before 2014 the monarch's day was
 * 30 April), so answering for them would silently give wrong deadlines; they are refused instead.
 */
export const FIRST_SUPPORTED_YEAR = 2023;
const LAST_SUPPORTED_YEAR = 9999;

type HolidayRule =
  | { kind: 'fixed'; month: number; day: number; name: string; source: string }
  | { kind: 'easter-offset'; days: number; name: string; source: string }
  | { kind: 'kings-day'; name: string; source: string }
  | { kind: 'decreed'; date: IsoDate; name: string; source: string };

const HOLIDAY_RULES: readonly HolidayRule[] = [
  { kind: 'fixed', month: 1, day: 1, name: 'Nieuwjaarsdag', source: ATW_3_1 },
  { kind: 'easter-offset', days: -2, name: 'Goede Vrijdag', source: ATW_3_2 },
  { kind: 'easter-offset', days: 1, name: 'Tweede Paasdag', source: ATW_3_1 },
  { kind: 'kings-day', name: 'Koningsdag', source: ATW_3_1 },
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

/** The date a rule yields in `year`, or undefined when it does not occur that year. */
function ruleDate(rule: HolidayRule, year: number): IsoDate | undefined {
  switch (rule.kind) {
    case 'fixed':
      return isoDate(year, rule.month, rule.day);
    case 'easter-offset': {
      const sunday = easter(year);
      return addDays(isoDate(year, sunday.month, sunday.day), rule.days);
    }
    case 'kings-day': {
      // The King's birthday is celebrated on 27 April, or on the 26th when the 27th is a Sunday.
      const birthday = isoDate(year, 4, 27);
      return dayOfWeek(birthday) === 0 ? isoDate(year, 4, 26) : birthday;
    }
    case 'decreed':
      return Number(rule.date.slice(0, 4)) === year ? rule.date : undefined;
  }
}

const cache = new Map<number, readonly Holiday[]>();

function computeHolidays(year: number): readonly Holiday[] {
  const byDate = new Map<IsoDate, Holiday[]>();
  for (const rule of HOLIDAY_RULES) {
    const date = ruleDate(rule, year);
    if (date === undefined) continue;
    byDate.set(date, [...(byDate.get(date) ?? []), { date, name: rule.name, source: rule.source }]);
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
  if (!Number.isSafeInteger(year) || year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new RangeError(`Holidays are known for ${FIRST_SUPPORTED_YEAR}-${LAST_SUPPORTED_YEAR}, not for ${year}`);
  }
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = computeHolidays(year);
    cache.set(year, holidays);
  }
  return [...holidays];
}

export function holidayOn(date: IsoDate): Holiday | undefined {
  if (!isValidIsoDate(date)) throw new RangeError(`Not a valid YYYY-MM-DD date: ${String(date)}`);
  return holidaysOf(Number(date.slice(0, 4))).find((h) => h.date === date);
}

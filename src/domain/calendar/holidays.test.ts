import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FIRST_SUPPORTED_YEAR, holidayOn, holidaysOf } from './holidays.ts';

// Easter Sundays computed by hand (and checked against published tables), independent of date-easter.
const EASTER_SUNDAYS: Record<number, string> = {
  2024: '2024-03-31',
  2025: '2025-04-20',
  2026: '2026-04-05',
  2027: '2027-03-28',
  2028: '2028-04-16',
  2029: '2029-04-01',
  2030: '2030-04-21',
  2031: '2031-04-13',
  2032: '2032-03-28',
  2033: '2033-04-17',
  2034: '2034-04-09',
  2035: '2035-03-25',
};

// 27 April falls on a Sunday in 2025 and 2031 only, within 2024-2035.
const KINGS_DAY_MOVED_TO_26 = new Set([2025, 2031]);

const DECREED_DAYS: Record<number, string[]> = {
  2024: ['2024-05-10', '2024-12-27'],
  2025: ['2025-05-30'],
  2026: ['2026-01-02', '2026-05-15'],
  2027: ['2027-05-07'],
  2028: ['2028-04-28', '2028-05-26'],
};

// Deliberately not the module's own addDays, so a bug there cannot hide a bug here.
function shift(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

test('the full holiday list of every year 2024-2035 matches hand-computed Easter dates', () => {
  for (const [yearText, easterSunday] of Object.entries(EASTER_SUNDAYS)) {
    const year = Number(yearText);
    const expected = [
      `${year}-01-01`,
      shift(easterSunday, -2),
      shift(easterSunday, 1),
      KINGS_DAY_MOVED_TO_26.has(year) ? `${year}-04-26` : `${year}-04-27`,
      `${year}-05-05`,
      shift(easterSunday, 39),
      shift(easterSunday, 50),
      `${year}-12-25`,
      `${year}-12-26`,
      ...(DECREED_DAYS[year] ?? []),
    ].sort();
    assert.deepEqual(
      holidaysOf(year).map((h) => h.date),
      expected,
      `holidays of ${year}`,
    );
  }
});

test('2026 written out in full, with names and sources', () => {
  const atw31 = 'Algemene termijnenwet art. 3 lid 1';
  const decree =
    'Algemene termijnenwet art. 3 lid 3; Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag';
  assert.deepEqual(holidaysOf(2026), [
    { date: '2026-01-01', name: 'Nieuwjaarsdag', source: atw31 },
    { date: '2026-01-02', name: 'vrijdag na Nieuwjaarsdag (gelijkgesteld met een feestdag)', source: decree },
    { date: '2026-04-03', name: 'Goede Vrijdag', source: 'Algemene termijnenwet art. 3 lid 2' },
    { date: '2026-04-06', name: 'Tweede Paasdag', source: atw31 },
    { date: '2026-04-27', name: 'Koningsdag', source: atw31 },
    { date: '2026-05-05', name: 'Bevrijdingsdag', source: atw31 },
    { date: '2026-05-14', name: 'Hemelvaartsdag', source: atw31 },
    { date: '2026-05-15', name: 'vrijdag na Hemelvaartsdag (gelijkgesteld met een feestdag)', source: decree },
    { date: '2026-05-25', name: 'Tweede Pinksterdag', source: atw31 },
    { date: '2026-12-25', name: 'Eerste Kerstdag', source: atw31 },
    { date: '2026-12-26', name: 'Tweede Kerstdag', source: atw31 },
  ]);
});

test('holidayOn names the holiday, including Koningsdag moved off a Sunday', () => {
  const cases: [string, string | undefined][] = [
    ['2025-04-26', 'Koningsdag'],
    ['2025-04-27', undefined],
    ['2031-04-26', 'Koningsdag'],
    ['2031-04-27', undefined],
    ['2028-04-27', 'Koningsdag'],
    ['2028-04-28', 'vrijdag na Koningsdag (gelijkgesteld met een feestdag)'],
    ['2027-05-06', 'Hemelvaartsdag'],
    ['2027-05-07', 'vrijdag na Hemelvaartsdag (gelijkgesteld met een feestdag)'],
    ['2029-05-11', undefined], // no decree for 2029 has been published yet
    ['2030-04-19', 'Goede Vrijdag'],
    ['2030-04-21', undefined], // Easter Sunday itself is not in the Atw list
    ['2026-12-31', undefined],
  ];
  for (const [date, name] of cases) assert.equal(holidayOn(date)?.name, name, date);
});

test('holidays that coincide become one entry', () => {
  // Easter on 27 March puts Hemelvaartsdag on 5 May; the first such year in range is 2157.
  const fifthOfMay = holidaysOf(2157).filter((h) => h.date === '2157-05-05');
  assert.deepEqual(fifthOfMay, [
    { date: '2157-05-05', name: 'Bevrijdingsdag en Hemelvaartsdag', source: 'Algemene termijnenwet art. 3 lid 1' },
  ]);
});

test("earlier years: the monarch's day of each reign, no decree days", () => {
  assert.equal(holidayOn('2013-04-30')?.name, 'Koninginnedag');
  assert.equal(holidayOn('2006-04-29')?.name, 'Koninginnedag'); // 30 April 2006 was a Sunday
  assert.equal(holidayOn('1978-05-01')?.name, 'Koninginnedag'); // 30 April 1978 was a Sunday
  assert.equal(holidayOn('1931-08-31')?.name, 'Koninginnedag');
  assert.equal(holidayOn('1930-09-01')?.name, 'Koninginnedag'); // 31 August 1930 was a Sunday
  assert.equal(holidayOn('2014-04-26')?.name, 'Koningsdag');
  assert.equal(holidayOn('2022-12-26')?.name, 'Tweede Kerstdag');
  assert.equal(holidayOn('2022-05-27'), undefined); // the Friday after Ascension: no decree recorded
});

test('years outside the range and invalid input are refused', () => {
  assert.equal(FIRST_SUPPORTED_YEAR, 1900);
  assert.throws(() => holidaysOf(1899), RangeError);
  assert.throws(() => holidaysOf(0), RangeError);
  assert.throws(() => holidaysOf(2026.5), RangeError);
  assert.throws(() => holidayOn('2026-02-30'), RangeError);
});

test('callers cannot corrupt the cached list', () => {
  const list = holidaysOf(2026);
  list.pop();
  assert.throws(() => {
    (holidaysOf(2026)[0] as { name: string }).name = 'x';
  }, TypeError);
  assert.equal(holidaysOf(2026).length, 11);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  dayOfWeek,
  daysBetween,
  dutchWeekday,
  formatDutchDate,
  isValidIsoDate,
} from './dates.ts';

test('isValidIsoDate accepts real dates and rejects impossible ones and bad shapes', () => {
  for (const good of ['2026-03-02', '2024-02-29', '2000-02-29', '2026-12-31', '0001-01-01']) {
    assert.equal(isValidIsoDate(good), true, good);
  }
  const bad = [
    '2026-02-30',
    '2025-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-05',
    '26-01-05',
    '2026/01/05',
    '2026-01-05T00:00:00Z',
    ' 2026-01-05',
    '',
  ];
  for (const s of bad) assert.equal(isValidIsoDate(s), false, s);
});

test('functions reject invalid dates and non-integer amounts', () => {
  assert.throws(() => addDays('2026-02-30', 1), RangeError);
  assert.throws(() => addDays('2026-03-01', 1.5), RangeError);
  assert.throws(() => addMonths('2026-3-1', 1), RangeError);
  assert.throws(() => addYears('2026-03-01', Number.NaN), RangeError);
  assert.throws(() => dayOfWeek('2025-02-29'), RangeError);
  assert.throws(() => compareDates('2026-03-01', 'morgen'), RangeError);
  assert.throws(() => formatDutchDate('2026-02-30'), RangeError);
  assert.throws(() => addDays('9999-12-31', 1), RangeError);
});

test('addDays crosses month, year and leap-day boundaries', () => {
  const cases: [string, number, string][] = [
    ['2026-03-02', 7, '2026-03-09'],
    ['2026-03-02', 42, '2026-04-13'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2026-03-29', 1, '2026-03-30'], // the night clocks go forward in Europe
    ['2026-10-25', 1, '2026-10-26'], // the night clocks go back
    ['2026-03-02', 0, '2026-03-02'],
    ['0050-01-01', 1, '0050-01-02'],
  ];
  for (const [date, days, expected] of cases) assert.equal(addDays(date, days), expected, `${date} + ${days}`);
});

test('addMonths keeps the day number and clamps to the end of the month', () => {
  const cases: [string, number, string][] = [
    ['2026-03-02', 1, '2026-04-02'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', 3, '2026-06-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-05-31', 6, '2026-11-30'],
  ];
  for (const [date, months, expected] of cases) assert.equal(addMonths(date, months), expected, `${date} + ${months}m`);
});

test('addYears clamps 29 February', () => {
  assert.equal(addYears('2024-02-29', 1), '2025-02-28');
  assert.equal(addYears('2024-02-29', 4), '2028-02-29');
  assert.equal(addYears('2026-03-02', 15), '2041-03-02');
  assert.equal(addYears('2026-03-02', -1), '2025-03-02');
});

test('dayOfWeek counts 0 = Sunday to 6 = Saturday', () => {
  assert.equal(dayOfWeek('2026-03-01'), 0);
  assert.equal(dayOfWeek('2026-03-02'), 1);
  assert.equal(dayOfWeek('2026-03-07'), 6);
  assert.equal(dayOfWeek('2025-04-27'), 0);
  assert.equal(dayOfWeek('2000-01-01'), 6);
});

test('compareDates and daysBetween order dates', () => {
  assert.ok(compareDates('2026-03-02', '2026-03-09') < 0);
  assert.ok(compareDates('2027-01-01', '2026-12-31') > 0);
  assert.equal(compareDates('2026-03-02', '2026-03-02'), 0);
  assert.equal(daysBetween('2026-03-02', '2026-04-13'), 42);
  assert.equal(daysBetween('2026-04-13', '2026-03-02'), -42);
  assert.equal(daysBetween('2024-01-01', '2025-01-01'), 366);
});

test('formatDutchDate writes Dutch dates, optionally with the weekday', () => {
  assert.equal(formatDutchDate('2026-12-28'), '28 december 2026');
  assert.equal(formatDutchDate('2026-12-28', true), 'maandag 28 december 2026');
  assert.equal(formatDutchDate('2026-03-07', true), 'zaterdag 7 maart 2026');
  assert.equal(formatDutchDate('2026-05-01'), '1 mei 2026');
  assert.equal(dutchWeekday('2026-04-03'), 'vrijdag');
});

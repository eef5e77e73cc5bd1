import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addWorkingDays, countWorkingDays, isWorkingDay } from './working-days.ts';

test('isWorkingDay excludes weekends and Atw holidays', () => {
  const cases: [string, boolean][] = [
    ['2026-03-06', true], // Friday
    ['2026-03-07', false], // Saturday
    ['2026-03-08', false], // Sunday
    ['2026-03-09', true], // Monday
    ['2026-12-25', false], // Eerste Kerstdag on a Friday
    ['2026-05-05', false], // Bevrijdingsdag counts every year under the Atw
    ['2026-04-03', false], // Goede Vrijdag
    ['2025-04-26', false], // Koningsdag moved to Saturday
    ['2025-04-28', true],
    ['2026-01-02', false], // equated by decree
    ['2029-05-11', true], // no decree for 2029 yet
  ];
  for (const [date, expected] of cases) assert.equal(isWorkingDay(date), expected, date);
});

test('addWorkingDays skips weekends and holidays in both directions', () => {
  const cases: [string, number, string][] = [
    ['2026-03-02', 7, '2026-03-11'],
    ['2026-03-06', 1, '2026-03-09'],
    ['2026-12-23', 2, '2026-12-28'], // over Christmas and a weekend
    ['2026-12-31', 1, '2027-01-04'], // over Nieuwjaarsdag and a weekend
    ['2025-12-31', 1, '2026-01-05'], // over Nieuwjaarsdag and the decreed 2 January
    ['2026-04-02', 1, '2026-04-07'], // over Goede Vrijdag, Easter and Tweede Paasdag
    ['2026-05-13', 1, '2026-05-18'], // over Hemelvaartsdag and the decreed Friday
    ['2026-05-18', -1, '2026-05-13'],
    ['2026-03-09', -5, '2026-03-02'],
    ['2026-01-05', -1, '2025-12-31'],
    ['2026-03-07', 0, '2026-03-07'],
  ];
  for (const [date, n, expected] of cases) assert.equal(addWorkingDays(date, n), expected, `${date} ${n}`);
});

test('addWorkingDays rejects invalid input', () => {
  assert.throws(() => addWorkingDays('2026-02-30', 0), RangeError);
  assert.throws(() => addWorkingDays('2026-03-02', 0.5), RangeError);
  assert.throws(() => isWorkingDay('1899-12-29'), RangeError); // before the supported years
});

test('countWorkingDays counts the span after the start day up to and including the end', () => {
  assert.equal(countWorkingDays('2026-03-02', '2026-03-09'), 5);
  assert.equal(countWorkingDays('2026-03-06', '2026-03-09'), 1);
  assert.equal(countWorkingDays('2026-04-02', '2026-04-07'), 1);
  assert.equal(countWorkingDays('2026-03-02', '2026-03-02'), 0);
});

// A working day in the sense of the Algemene termijnenwet: not a Saturday, not a Sunday and not a
// generally recognised holiday (Atw art. 1 and 3).

import type { IsoDate } from '../dossier/types.ts';
import { addDays, compareDates, dayOfWeek, isValidIsoDate } from './dates.ts';
import { holidayOn } from './holidays.ts';

export function isWorkingDay(date: IsoDate): boolean {
  // Holiday first, so a date in an unsupported year is refused even when it is a weekend day.
  if (holidayOn(date) !== undefined) return false;
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6;
}

/** The n-th working day after `date` (n > 0) or before it (n < 0); `date` itself for n = 0. */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
  if (!isValidIsoDate(date)) throw new RangeError(`Not a valid YYYY-MM-DD date: ${String(date)}`);
  const step = n < 0 ? -1 : 1;
  let current = date;
  for (let remaining = Math.abs(n); remaining > 0; ) {
    current = addDays(current, step);
    if (isWorkingDay(current)) remaining--;
  }
  return current;
}

/** Working days in the half-open span (from, to]: the way a term counts, excluding its start day. */
export function countWorkingDays(from: IsoDate, to: IsoDate, atMost = Infinity): number {
  let count = 0;
  for (let d = addDays(from, 1); count < atMost && compareDates(d, to) <= 0; d = addDays(d, 1)) {
    if (isWorkingDay(d)) count++;
  }
  return count;
}

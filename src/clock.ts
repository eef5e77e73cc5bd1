import type { IsoDate } from './domain/dossier/types.ts';

// The one place that reads the wall clock for "today". Dutch deadlines run on Dutch days, so today
// is the date in Europe/Amsterdam, not in UTC (between 22:00/23:00 and midnight UTC they differ).

const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function todayInAmsterdam(now: Date = new Date()): IsoDate {
  return amsterdamDate.format(now);
}

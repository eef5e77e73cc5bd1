import type { IsoDate } from './domain/dossier/types.ts';

// The one place that reads the wall clock for "today". Dutch deadlines run on Dutch days, so today
// is the date in Europe/Amsterdam, not in UTC (between 22:00/23:00 and midnight UTC they differ).

const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const amsterdamMoment = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/**
 * The last answer of a formatter, kept for the second it belongs to: formatting with a time zone
 * costs a few microseconds, and every request asks at least once (decision 0022).
 */
function perSecond(format: (now: Date) => string): (now: Date) => string {
  let second = NaN;
  let answer = '';
  return (now) => {
    const at = Math.floor(now.getTime() / 1000);
    if (at !== second) {
      answer = format(now);
      second = at;
    }
    return answer;
  };
}

const todayAt = perSecond((now) => amsterdamDate.format(now));

export function todayInAmsterdam(now: Date = new Date()): IsoDate {
  return todayAt(now);
}

/**
 * A moment as ISO 8601 to the second with its offset in Dutch time, `2026-11-29T17:03:12+01:00`:
 * what the access log records (NEN 7513 EventDateTime), readable as local time and still exact.
 */
export const isoSecondInAmsterdam = perSecond((now) => {
  const parts = Object.fromEntries(amsterdamMoment.formatToParts(now).map((p) => [p.type, p.value]));
  // 'GMT+01:00', or plain 'GMT' at offset zero (never in Amsterdam, but Intl says so for UTC).
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : (parts.timeZoneName as string).slice(3);
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
});

/** The first moment of a Dutch calendar day (midnight in Amsterdam, whatever its offset that day). */
export function startOfDayInAmsterdam(date: IsoDate): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const offsetAt = (moment: number) => {
    const offset = isoSecondInAmsterdam(new Date(moment)).slice(-6);
    return (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
  };
  // The offset at local midnight is the one in force just after it: guess, then correct once.
  const guess = utcMidnight - offsetAt(utcMidnight);
  return new Date(utcMidnight - offsetAt(guess));
}

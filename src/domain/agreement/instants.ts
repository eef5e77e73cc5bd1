// Moments in time for appointments and cancellations. An appointment is planned in Dutch wall-clock
// time; a cancellation reaches the provider at a moment. Both are stored as instants (UTC), so the
// 48-hour rule is plain arithmetic on real elapsed time, whatever the clocks did in between.
// Wall-clock times are Europe/Amsterdam, converted by luxon (docs/dependencies.md); a local time
// in the spring-forward gap does not exist and one in the autumn fold exists twice, and both are
// refused rather than silently moved.

import { DateTime } from 'luxon';
import { formatDutchDate } from '../calendar/dates.ts';
import type { IsoDate } from '../dossier/types.ts';
import { InvalidInputError } from '../errors.ts';

/** The care agreement's time zone: the provider and client are in the Netherlands. */
const AGREEMENT_ZONE = 'Europe/Amsterdam';

/** An instant as an ISO 8601 UTC string, e.g. '2026-03-30T08:00:00.000Z'. */
export type Instant = string;

/** Which of the two moments a local time in the autumn fold means. */
export type Fold = 'earlier' | 'later';

const INSTANT_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL_SHAPE = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

function utc(dateTime: DateTime): Instant {
  return dateTime.toUTC().toISO() as Instant;
}

/** Parses an instant that carries its offset ('…Z' or '…+02:00'); a time without one is ambiguous. */
export function parseInstant(text: string, path: string): Instant {
  const parsed = INSTANT_SHAPE.test(text) ? DateTime.fromISO(text, { setZone: true }) : undefined;
  if (!parsed?.isValid) {
    throw new InvalidInputError([{ path, message: 'is geen geldig tijdstip; gebruik JJJJ-MM-DDTUU:MM met de tijdzone, zoals 2026-03-30T10:00+02:00' }]);
  }
  return utc(parsed);
}

/**
 * The instant of a Dutch wall-clock time 'JJJJ-MM-DDTUU:MM'. A time the clocks skip (the last
 * Sunday of March, 02:00-02:59) is refused; a time they pass twice (the last Sunday of October,
 * 02:00-02:59) needs `fold` to say which.
 */
export function instantFromLocalTime(local: string, path: string, fold?: Fold): Instant {
  const match = LOCAL_SHAPE.exec(local);
  const dateTime = match ? DateTime.fromISO(local, { zone: AGREEMENT_ZONE }) : undefined;
  if (!match || !dateTime?.isValid) {
    throw new InvalidInputError([{ path, message: 'is geen geldige datum en tijd; gebruik JJJJ-MM-DDTUU:MM, zoals 2026-03-30T10:00' }]);
  }
  const day = formatDutchDate(match[1] as IsoDate, true);
  if (dateTime.hour !== Number(match[2]) || dateTime.minute !== Number(match[3])) {
    throw new InvalidInputError([
      { path, message: `bestaat niet in Nederland: op ${day} gaat de klok om 02:00 een uur vooruit naar 03:00` },
    ]);
  }
  const candidates = dateTime.getPossibleOffsets().sort((a, b) => a.toMillis() - b.toMillis());
  if (candidates.length > 1) {
    if (fold === undefined) {
      throw new InvalidInputError([
        {
          path,
          message: `komt twee keer voor: op ${day} gaat de klok om 03:00 een uur terug naar 02:00; kies de eerste keer (zomertijd) of de tweede (wintertijd)`,
        },
      ]);
    }
    return utc(candidates[fold === 'earlier' ? 0 : candidates.length - 1] as DateTime);
  }
  return utc(dateTime);
}

function inZone(instant: Instant): DateTime {
  const dateTime = DateTime.fromISO(instant, { zone: AGREEMENT_ZONE });
  if (!dateTime.isValid) throw new RangeError(`Not an instant: ${instant}`);
  return dateTime;
}

/** The Dutch calendar date of an instant. */
export function localDate(instant: Instant): IsoDate {
  return inZone(instant).toISODate() as IsoDate;
}

/** 'zaterdag 28 maart 2026 om 09:00', in Dutch wall-clock time. */
export function formatLocalMoment(instant: Instant): string {
  const dateTime = inZone(instant);
  return `${formatDutchDate(dateTime.toISODate() as IsoDate, true)} om ${dateTime.toFormat('HH:mm')}`;
}

/** `instant` shifted by a number of real minutes (never wall-clock minutes). */
export function addMinutes(instant: Instant, minutes: number): Instant {
  if (!Number.isSafeInteger(minutes)) throw new RangeError(`minutes must be an integer, got ${minutes}`);
  return utc(DateTime.fromISO(instant, { zone: 'UTC' }).plus({ milliseconds: minutes * 60_000 }));
}

/** Negative when `a` is before `b`. */
export function compareInstants(a: Instant, b: Instant): number {
  return DateTime.fromISO(a).toMillis() - DateTime.fromISO(b).toMillis();
}

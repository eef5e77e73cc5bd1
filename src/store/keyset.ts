import { sql, type RawBuilder } from 'kysely';

// What the lists paged by keyset share (decision 0022): a moment in a row's key is written to the
// microsecond in UTC, as the database holds it (a JavaScript Date keeps only milliseconds, and a key
// that rounds would skip or repeat rows created in the same millisecond).

/** The column's moment as `2026-12-04T21:00:00.123456Z`. */
export function microsecondUtc(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

const MICROSECOND_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Whether a cursor's value is such a moment, and one that exists (no 30 February: the database would refuse it with an error). */
export function isMicrosecondUtc(value: unknown): value is string {
  if (typeof value !== 'string' || !MICROSECOND_UTC.test(value)) return false;
  const at = new Date(`${value.slice(0, 23)}Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 19) === value.slice(0, 19);
}

/**
 * Every id the database hands out is a UUID; anything else cannot name a row, and must not reach a
 * uuid column, where PostgreSQL would answer with an error instead of "not found".
 */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

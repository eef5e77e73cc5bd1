import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Database } from './schema.ts';

// A list's count that never reads every row: it counts at most COUNT_AHEAD rows past the page being
// shown, so a page costs about the same at 5 cases and at a million (issue 16). Past that the list
// says "1.000+" (the page's offset plus COUNT_AHEAD, and more).

const COUNT_AHEAD = 1000;

export interface BoundedTotal {
  /** The rows counted: all of them when `exact`, else a lower bound. */
  total: number;
  exact: boolean;
}

// The filtered query of a list: its FROM and WHERE, whatever it selects.
type Filtered = SelectQueryBuilder<Database, any, any>;

export async function boundedCount(db: Kysely<Database>, query: Filtered, offset: number): Promise<BoundedTotal> {
  const cap = offset + COUNT_AHEAD;
  const limited = query.clearSelect().select(sql<number>`1`.as('one')).clearOrderBy().limit(cap + 1);
  const { n } = await db.selectFrom(limited.as('counted')).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return { total: Math.min(n, cap), exact: n <= cap };
}

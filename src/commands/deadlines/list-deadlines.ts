import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { readOverview, type OverviewQuery } from './overview.ts';

/** A cursor's key, checked (the doors read `after`/`na` with it). */
export { readDeadlineKey, type DeadlineKey } from '../../store/deadline-overview.ts';

/**
 * The open deadlines the actor sees, overdue first and then by date: a provider's staff every open
 * deadline of their organisation's cases; a funder's beoordelaar the decisions it owes.
 */
export const listDeadlines = command({
  action: 'deadline.list',
  event: 'deadline.list',
  load: async () => ({ kind: 'cases' as const }),
  run: (tx, _cases, query: OverviewQuery, ctx) => readOverview(tx, ctx.actor, todayOf(ctx), query),
  touched: (result) => result.cases,
});

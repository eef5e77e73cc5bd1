import type { RegimeId } from '../../domain/dossier/types.ts';
import type { RequestState } from '../../domain/requests/states.ts';
import type { BoundedTotal } from '../../store/bounded-count.ts';
import { scopeOf } from '../../policy/scopes.ts';
import { listRequests, type RequestListKey, type RequestRecord } from '../../store/funder-requests.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { requestResource } from './request-resource.ts';

export interface RequestListInput {
  state?: RequestState;
  regime?: RegimeId;
  overdue?: boolean;
  limit: number;
  offset: number;
  /** Keyset pagination: the rows after this one (the previous page's `next`), instead of the offset. */
  after?: RequestListKey;
}

/** A cursor's key, checked (the doors read `after`/`na` with it). */
export { readRequestListKey } from '../../store/funder-requests.ts';

/**
 * The requests the actor may see: for a funder those addressed to its organisation (its inbox), for
 * a provider its own submissions. Awaiting a decision first, the nearest (or most overdue) deadline
 * first. One row in the access log per client listed.
 */
export const listFunderRequests = command({
  action: 'request.list',
  event: 'request.list',
  load: async () => ({ kind: 'cases' as const }),
  async run(tx, _resource, input: RequestListInput, ctx): Promise<BoundedTotal & { requests: RequestRecord[]; next: RequestListKey | null }> {
    return listRequests(tx, {
      scope: (row) => scopeOf(ctx.actor, 'request.list', row),
      ...(input.state !== undefined ? { state: input.state } : {}),
      ...(input.regime !== undefined ? { regime: input.regime } : {}),
      ...(input.overdue === true ? { overdueOn: todayOf(ctx) } : {}),
      limit: input.limit,
      offset: input.offset,
      ...(input.after !== undefined ? { after: input.after } : {}),
    });
  },
  touched: (page) => page.requests.map(requestResource),
});

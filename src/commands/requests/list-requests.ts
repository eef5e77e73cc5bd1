import type { RegimeId } from '../../domain/dossier/types.ts';
import type { RequestState } from '../../domain/requests/states.ts';
import { scopeOf } from '../../policy/scopes.ts';
import { listRequests, type RequestRecord } from '../../store/funder-requests.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { requestResource } from './request-resource.ts';

export interface RequestListInput {
  state?: RequestState;
  regime?: RegimeId;
  overdue?: boolean;
}

/**
 * The requests the actor may see: for a funder those addressed to its organisation (its inbox), for
 * a provider its own submissions. Awaiting a decision first, the nearest (or most overdue) deadline
 * first. One row in the access log per client listed.
 */
export const listFunderRequests = command({
  action: 'request.list',
  event: 'request.list',
  load: async () => ({ kind: 'cases' as const }),
  async run(tx, _resource, input: RequestListInput, ctx): Promise<RequestRecord[]> {
    return listRequests(tx, {
      scope: (row) => scopeOf(ctx.actor, 'request.list', row),
      ...(input.state !== undefined ? { state: input.state } : {}),
      ...(input.regime !== undefined ? { regime: input.regime } : {}),
      ...(input.overdue === true ? { overdueOn: todayOf(ctx) } : {}),
    });
  },
  touched: (requests) => requests.map(requestResource),
});

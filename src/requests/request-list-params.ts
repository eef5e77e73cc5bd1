import { REGIMES } from '../domain/dossier/types.ts';
import { REQUEST_STATES, STATE_LABELS } from '../domain/requests/states.ts';
import type { RequestListInput } from '../commands/requests/list-requests.ts';
import { enumParam } from './query.ts';

type Query = Record<string, string | string[] | undefined>;

/** The filters of a list of requests, as the API and the inbox page take them: state, regime, overdue. `forPage`: refusals in the page's words. */
export function requestListParams(query: Query, forPage = false): RequestListInput {
  const state = enumParam(query, 'state', REQUEST_STATES, forPage ? STATE_LABELS : undefined);
  const regime = enumParam(query, 'regime', REGIMES);
  const overdue = enumParam(query, 'overdue', ['true', 'false'] as const);
  return {
    ...(state !== undefined ? { state } : {}),
    ...(regime !== undefined ? { regime } : {}),
    ...(overdue === 'true' ? { overdue: true } : {}),
  };
}

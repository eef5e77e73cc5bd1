import { REGIMES } from '../domain/dossier/types.ts';
import { REQUEST_STATES, STATE_LABELS } from '../domain/requests/states.ts';
import { readRequestListKey, type RequestListInput } from '../commands/requests/list-requests.ts';
import { cursorParam } from './cursor.ts';
import { enumParam } from './query.ts';

type Query = Record<string, string | string[] | undefined>;

/**
 * The filters of a list of requests, as the API and the inbox page take them: state, regime,
 * overdue; and the page: its size, its offset, and the cursor of the row it starts after (`cursor`:
 * the API's `after`, the page's `na`), which goes before the offset.
 */
export function requestListParams(query: Query, page: { limit: number; offset: number; cursor: string }, forPage = false): RequestListInput {
  // `forPage`: a refusal names the states in the page's words.
  const state = enumParam(query, 'state', REQUEST_STATES, forPage ? STATE_LABELS : undefined);
  const regime = enumParam(query, 'regime', REGIMES);
  const overdue = enumParam(query, 'overdue', ['true', 'false'] as const);
  const after = cursorParam(query, page.cursor, readRequestListKey);
  return {
    ...(state !== undefined ? { state } : {}),
    ...(regime !== undefined ? { regime } : {}),
    ...(overdue === 'true' ? { overdue: true } : {}),
    limit: page.limit,
    offset: page.offset,
    ...(after !== undefined ? { after } : {}),
  };
}

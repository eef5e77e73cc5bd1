import { frozenCopy, type FrozenCopy } from '../../store/funder-requests.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { loadRequest, REQUEST_NOT_FOUND } from './request-resource.ts';
import { requestView, type RequestView } from './request-view.ts';

/**
 * One request with its frozen copy of the dossier and assessment, everything recorded on it, its
 * decision term as of today and the funder's checklist. A funder reads only this copy: never the
 * live dossier.
 */
export const readRequest = command({
  action: 'request.read',
  event: 'request.read',
  notFound: REQUEST_NOT_FOUND,
  load: (tx, input: { requestId: string }) => loadRequest(tx, input.requestId),
  async run(tx, found, _input, ctx): Promise<RequestView & { frozen: FrozenCopy }> {
    return { ...(await requestView(tx, found.request, todayOf(ctx))), frozen: await frozenCopy(tx, found.request.id) };
  },
});

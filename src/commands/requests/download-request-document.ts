import { NotFoundError } from '../../domain/errors.ts';
import { requestPdf, type RequestDocument } from '../../store/funder-requests.ts';
import { command } from '../pipeline/execute.ts';
import { loadRequest, REQUEST_NOT_FOUND } from './request-resource.ts';

/** The request PDF as the funder received it, or a decision letter (on the request, on the objection) as it was sent: the stored bytes. */
export const downloadRequestDocument = command({
  action: 'request.read',
  event: 'request.download',
  notFound: REQUEST_NOT_FOUND,
  load: (tx, input: { requestId: string; which: RequestDocument }) => loadRequest(tx, input.requestId),
  async run(tx, found, { which }): Promise<Buffer> {
    const pdf = await requestPdf(tx, found.request.id, which);
    if (pdf === undefined) throw new NotFoundError('Er is nog geen besluit op dit verzoek.');
    return pdf;
  },
});

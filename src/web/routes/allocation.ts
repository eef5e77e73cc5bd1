import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readStopMessage } from '../../commands/documents/read-stop-message.ts';
import { sendStopMessage } from '../../commands/documents/send-stop-message.ts';
import type { StopMessageOptions } from '../../commands/documents/stop-message-options.ts';
import { updateAllocation } from '../../commands/documents/update-allocation.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import { contextOf } from '../../requests/context.ts';
import { contentDisposition } from '../../requests/file-name.ts';
import type { FormValues } from '../entry-forms.ts';
import { allocationFromForm, type FollowUpFormName } from '../pages/allocation.ts';
import { showDocuments } from './documents.ts';
import { text } from './form-values.ts';

// The steps after an acceptance on the Documenten page: the allocation with the definitive end
// date, and the 307 downloaded and recorded as sent, through the commands the API runs. A refusal
// (the 307 before an acceptance, a missing end date) shows the page again with the reasons in
// Dutch beside the fields, and changes nothing.

type FormRequest = FastifyRequest<{ Params: { id: string }; Body: FormValues }>;

const page = (caseId: string, saved: string, anchor: string) => `/casussen/${caseId}/documenten?opgeslagen=${saved}#${anchor}`;

/** Runs a form's command; the page again with the reasons when the command refuses. */
async function onForm(request: FormRequest, reply: FastifyReply, name: FollowUpFormName, run: () => Promise<FastifyReply>): Promise<FastifyReply> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof InvalidInputError) && !(error instanceof ConflictError)) throw error;
    return showDocuments(request, reply, { form: { name, values: request.body, issues: error.issues } }, error instanceof InvalidInputError ? 400 : 409);
  }
}

function stopOptions(values: FormValues): StopMessageOptions {
  const [date, id] = [text(values, 'date').trim(), text(values, 'id').trim()];
  return { ...(date !== '' ? { date } : {}), ...(id !== '' ? { id } : {}) };
}

const sendXml = (reply: FastifyReply, xml: string, caseId: string) =>
  reply.type('application/xml; charset=utf-8').header('content-disposition', contentDisposition('attachment', `307 ${caseId.slice(0, 8)}.xml`)).send(xml);

export function allocationPages(app: FastifyInstance): void {
  app.post<{ Params: { id: string }; Body: FormValues }>(
    '/casussen/:id/documenten/toewijzing',
    { config: { access: { action: 'stop-message.manage', event: 'allocation.update' } } },
    async (request, reply) =>
      onForm(request, reply, 'allocation', async () => {
        const allocation = allocationFromForm(request.body);
        // The API may leave the end date to the decision; here the page exists to record it.
        if (allocation.endDate === undefined) throw new InvalidInputError([{ path: '$.allocation.endDate', message: 'is verplicht' }]);
        await execute(contextOf(request), updateAllocation, { caseId: request.params.id, allocation });
        return reply.redirect(page(request.params.id, 'toewijzing', 'toewijzing-kop'), 303);
      }),
  );

  app.post<{ Params: { id: string }; Body: FormValues }>(
    '/casussen/:id/documenten/307',
    { config: { access: { action: 'stop-message.manage', event: 'stop-message.send' } } },
    async (request, reply) =>
      onForm(request, reply, 'stop-message', async () => {
        await execute(contextOf(request), sendStopMessage, { caseId: request.params.id, options: stopOptions(request.body) });
        return reply.redirect(page(request.params.id, '307', 'stopbericht-kop'), 303);
      }),
  );

  app.post<{ Params: { id: string }; Body: FormValues }>(
    '/casussen/:id/documenten/307/downloaden',
    { config: { access: { action: 'stop-message.manage', event: 'stop-message.read' } } },
    async (request, reply) =>
      onForm(request, reply, 'stop-message', async () =>
        sendXml(reply, await execute(contextOf(request), readStopMessage, { caseId: request.params.id, options: stopOptions(request.body) }), request.params.id),
      ),
  );

  // The 307 as recorded: its date and id are those of the dossier's stop-message entry.
  app.get<{ Params: { id: string } }>(
    '/casussen/:id/documenten/307.xml',
    { config: { access: { action: 'stop-message.manage', event: 'stop-message.read' } } },
    async (request, reply) => sendXml(reply, await execute(contextOf(request), readStopMessage, { caseId: request.params.id, options: {} }), request.params.id),
  );
}

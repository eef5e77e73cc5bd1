import { renderOffThread } from '../../documents/render-pool.ts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { downloadClientCopy } from '../../commands/documents/download-client-copy.ts';
import { downloadFunderRequest } from '../../commands/documents/download-funder-request.ts';
import { readStopMessage } from '../../commands/documents/read-stop-message.ts';
import { sendStopMessage } from '../../commands/documents/send-stop-message.ts';
import type { StopMessageOptions } from '../../commands/documents/stop-message-options.ts';
import { updateAllocation } from '../../commands/documents/update-allocation.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { contextOf } from '../../requests/context.ts';
import { dateParam } from '../../requests/query.ts';
import { sendPdf } from '../presenters.ts';
import { errorResponses as errors, idParams as caseParams, type IdParams as CaseParams, type Query } from '../schemas.ts';

// A case's documents: the request to the funder and the client's copy as PDFs, the municipality's
// allocation and the 307 stop message as XML.

const pdfResponse = { 200: { description: 'PDF.', type: 'string', format: 'binary' }, ...errors } as const;
const asOfQuery = {
  type: 'object',
  properties: { asOf: { type: 'string', format: 'date', description: 'Datum van het document en de toetsing; standaard vandaag.' } },
} as const;
const stopMessageQuery = {
  type: 'object',
  properties: {
    date: { type: 'string', format: 'date', description: 'Dagtekening; op of na de einddatum.' },
    id: { type: 'string', maxLength: 12, description: 'Berichtidentificatie, hoogstens 12 tekens.' },
  },
} as const;

function stopMessageOptions(query: Query): StopMessageOptions {
  if (Array.isArray(query.id)) throw new InvalidInputError([{ path: '?id', message: 'mag maar één keer voorkomen' }]);
  const date = dateParam(query, 'date');
  return { ...(date !== undefined ? { date } : {}), ...(query.id !== undefined ? { id: query.id } : {}) };
}

const sendXml = (reply: FastifyReply, xml: string) => reply.header('content-type', 'application/xml; charset=utf-8').send(xml);

export function documentRoutes(app: FastifyInstance): void {
  // The dossier documents: made on request from the case as it stands, dated `asOf` (default today).
  const dossierDocuments = [
    {
      path: '/api/cases/:id/funder-request.pdf',
      summary: 'Verzoek aan de financier: het verzoek, het dossier op datum en de toetsing met bepalingen',
      make: downloadFunderRequest,
      fileName: 'verzoek',
    },
    { path: '/api/cases/:id/client-copy.pdf', summary: 'Kopie van het dossier voor de cliënt, zonder interne notities', make: downloadClientCopy, fileName: 'dossier' },
  ];
  for (const { path, summary, make, fileName } of dossierDocuments) {
    app.get<CaseParams>(
      path,
      {
        schema: { summary, tags: ['documenten'], params: caseParams, querystring: asOfQuery, response: pdfResponse },
        config: { access: { action: make.action, event: make.event } },
      },
      async (request, reply) => {
        const asOf = dateParam(request.query as Query, 'asOf');
        const task = await execute(contextOf(request), make, { caseId: request.params.id, ...(asOf !== undefined ? { asOf } : {}) });
        const pdf = await renderOffThread(task);
        return sendPdf(reply, pdf, `${fileName}-${request.params.id}.pdf`);
      },
    );
  }

  app.put<CaseParams>(
    '/api/cases/:id/allocation',
    {
      schema: {
        summary: 'Toewijzing van de gemeente vastleggen (gegevens voor het 307-bericht)',
        description: 'Body: het object `allocation` van het uitwisselformaat; zie /api/schema/dossier-1.schema.json.',
        tags: ['documenten'],
        params: caseParams,
        body: { type: 'object' },
        response: { 200: { description: 'De vastgelegde toewijzing.', type: 'object', additionalProperties: true }, ...errors },
      },
      config: { access: { action: 'stop-message.manage', event: 'allocation.update' } },
    },
    async (request) => execute(contextOf(request), updateAllocation, { caseId: request.params.id, allocation: request.body }),
  );

  app.get<CaseParams>(
    '/api/cases/:id/stop-message.xml',
    {
      schema: {
        summary: 'iWmo/iJw 307-bericht (stop zorg) na een geaccepteerde beëindiging',
        description: 'Zonder `date` en `id`: die van het vastgelegde stop-message-item, anders vandaag en een afgeleide identificatie.',
        tags: ['documenten'],
        params: caseParams,
        querystring: stopMessageQuery,
        response: { 200: { description: 'Het 307-bericht.', type: 'string' }, ...errors },
      },
      config: { access: { action: 'stop-message.manage', event: 'stop-message.read' } },
    },
    async (request, reply) =>
      sendXml(reply, await execute(contextOf(request), readStopMessage, { caseId: request.params.id, options: stopMessageOptions(request.query as Query) })),
  );

  app.post<CaseParams>(
    '/api/cases/:id/stop-message',
    {
      schema: {
        summary: '307-bericht maken en vastleggen in het dossier (regievoerder)',
        description: 'Als GET …/stop-message.xml, en legt het bericht vast als item `stop-message` met zijn identificatie en dagtekening; de casus is daarmee afgerond.',
        tags: ['documenten'],
        params: caseParams,
        querystring: stopMessageQuery,
        response: { 201: { description: 'Het vastgelegde 307-bericht.', type: 'string' }, 409: { description: 'Er is al een 307-bericht vastgelegd.' }, ...errors },
      },
      config: { access: { action: 'stop-message.manage', event: 'stop-message.send' } },
    },
    async (request, reply) =>
      sendXml(
        reply.status(201),
        await execute(contextOf(request), sendStopMessage, { caseId: request.params.id, options: stopMessageOptions(request.query as Query) }),
      ),
  );
}

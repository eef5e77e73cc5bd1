import type { FastifyInstance, FastifyReply } from 'fastify';
import { approveLetter } from '../../commands/approve-letter.ts';
import { clientCopyPdf } from '../../commands/client-copy-pdf.ts';
import { discardLetter } from '../../commands/discard-letter.ts';
import { draftLetter } from '../../commands/draft-letter.ts';
import { editLetter } from '../../commands/edit-letter.ts';
import { funderRequestPdf } from '../../commands/funder-request-pdf.ts';
import { letterPdf } from '../../commands/letter-pdf.ts';
import { listLetters, readLetter } from '../../commands/list-letters.ts';
import { sendStopMessage } from '../../commands/send-stop-message.ts';
import { stopMessage } from '../../commands/stop-message.ts';
import { updateAllocation } from '../../commands/update-allocation.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import type { Store } from '../../store/database.ts';
import type { LetterRecord } from '../../store/letters.ts';
import { authenticate } from '../authenticate.ts';
import { dateParam } from '../query.ts';

// Letters (draft → edit → approve → the stored PDF), the request to the funder and the client's
// copy as PDFs, the municipality's allocation and the 307 stop message as XML.

type Query = Record<string, string | string[] | undefined>;
type CaseParams = { Params: { id: string } };
type LetterParams = { Params: { id: string; letterId: string } };

const caseParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;
const letterParams = {
  type: 'object',
  properties: { id: { type: 'string', format: 'uuid' }, letterId: { type: 'string', format: 'uuid' } },
  required: ['id', 'letterId'],
} as const;
const errors = {
  400: { description: 'Ongeldige invoer: `issues` noemt per veld het JSON-pad en de reden. Er is niets gewijzigd.' },
  401: { description: 'Geen of een ongeldig API-token.' },
  403: { description: 'Deze gebruiker mag dit niet.' },
  404: { description: 'Deze casus of brief bestaat niet.' },
} as const;
const letterResponse = { description: 'De brief: status, inhoud en, na verzending, de SHA-256 van de PDF.', type: 'object', additionalProperties: true } as const;
const pdfResponse = { 200: { description: 'PDF.', type: 'string', format: 'binary' }, ...errors } as const;
const asOfQuery = {
  type: 'object',
  properties: { asOf: { type: 'string', format: 'date', description: 'Datum van het document en de toetsing; standaard vandaag.' } },
} as const;

export function presentLetter(record: LetterRecord) {
  return {
    id: record.id,
    caseId: record.caseId,
    kind: record.letter.kind,
    status: record.status,
    params: record.params,
    letter: record.letter,
    draftedBy: record.draftedBy,
    draftedAt: record.draftedAt.toISOString(),
    approvedBy: record.approvedBy,
    sentAt: record.sentAt?.toISOString() ?? null,
    sha256: record.sha256,
    entryId: record.entryId,
  };
}

function sendPdf(reply: FastifyReply, pdf: Buffer, fileName: string) {
  return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="${fileName}"`).send(pdf);
}

export function documentRoutes(app: FastifyInstance, store: Store): void {
  const ctx = async (request: Parameters<typeof authenticate>[1]) => ({ store, actor: await authenticate(store, request) });

  app.get<CaseParams>(
    '/api/cases/:id/letters',
    { schema: { summary: 'Brieven van de casus, en welke brieven het protocol vraagt', tags: ['documenten'], params: caseParams, response: errors } },
    async (request) => {
      const { available, letters } = await listLetters(await ctx(request), request.params.id);
      return { available, letters: letters.map(presentLetter) };
    },
  );

  app.post<CaseParams>(
    '/api/cases/:id/letters',
    {
      schema: {
        summary: 'Brief opstellen uit het dossier (concept)',
        description:
          'Body: `{ "kind": …, "params": { … }, "date": "JJJJ-MM-DD" }`. Feiten komen uit het dossier, niet uit params. ' +
          'Soorten en hun params: `warning` (requiredChange, improveBy, consequence: suspension|termination, incidents?), ' +
          '`suspension-intent` (requiredChange, incidents?; periode uit het dossier), `refusal-intent` (incidents?), ' +
          '`termination-intent` (incidents?), `funder-notified`, `decision`, `final-notice` (opzegtermijn uit het dossier), ' +
          '`consent-request` (nextProvider). `incidents`: itemnummers van incidenten; zonder: die uit het dossier.',
        tags: ['documenten'],
        params: caseParams,
        body: { type: 'object' },
        response: { 201: letterResponse, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(presentLetter(await draftLetter(await ctx(request), request.params.id, request.body))),
  );

  app.get<LetterParams>(
    '/api/cases/:id/letters/:letterId',
    { schema: { summary: 'Eén brief', tags: ['documenten'], params: letterParams, response: { 200: letterResponse, ...errors } } },
    async (request) => presentLetter(await readLetter(await ctx(request), request.params.id, request.params.letterId)),
  );

  app.patch<LetterParams>(
    '/api/cases/:id/letters/:letterId',
    {
      schema: {
        summary: 'Concept bewerken (onderwerp en tekst)',
        description: 'Body: `{ "subject"?: …, "body"?: [ { "kind": "paragraph", "text": … } | { "kind": "list", "items": [ … ] } ] }`. Een verzonden brief: 409.',
        tags: ['documenten'],
        params: letterParams,
        body: { type: 'object' },
        response: { 200: letterResponse, 409: { description: 'De brief is verzonden en verandert niet meer.' }, ...errors },
      },
    },
    async (request) => presentLetter(await editLetter(await ctx(request), request.params.id, request.params.letterId, request.body)),
  );

  app.delete<LetterParams>(
    '/api/cases/:id/letters/:letterId',
    {
      schema: {
        summary: 'Concept weggooien',
        tags: ['documenten'],
        params: letterParams,
        response: { 204: { description: 'Weggegooid.', type: 'null' }, 409: { description: 'Een verzonden brief blijft bewaard.' }, ...errors },
      },
    },
    async (request, reply) => {
      await discardLetter(await ctx(request), request.params.id, request.params.letterId);
      return reply.status(204).send();
    },
  );

  app.post<LetterParams>(
    '/api/cases/:id/letters/:letterId/approve',
    {
      schema: {
        summary: 'Brief goedkeuren en verzenden (regievoerder)',
        description:
          'Maakt de PDF, bewaart die ongewijzigd met zijn SHA-256 en legt de brief vast in het dossier als item van zijn soort ' +
          '(waarschuwing of mededeling aan de cliënt; een verzoek om toestemming pas als de toestemming er is).',
        tags: ['documenten'],
        params: letterParams,
        response: { 200: letterResponse, 409: { description: 'De brief is al verzonden.' }, ...errors },
      },
    },
    async (request) => presentLetter(await approveLetter(await ctx(request), request.params.id, request.params.letterId)),
  );

  app.get<LetterParams>(
    '/api/cases/:id/letters/:letterId/pdf',
    {
      schema: {
        summary: 'PDF van een brief: verzonden precies zoals verstuurd, een concept als voorbeeld',
        tags: ['documenten'],
        params: letterParams,
        response: pdfResponse,
      },
    },
    async (request, reply) => {
      const { pdf, sent } = await letterPdf(await ctx(request), request.params.id, request.params.letterId);
      return sendPdf(reply, pdf, `${sent ? 'brief' : 'concept'}-${request.params.letterId}.pdf`);
    },
  );

  // The dossier documents: made on request from the case as it stands, dated `asOf` (default today).
  const dossierDocuments = [
    {
      path: '/api/cases/:id/funder-request.pdf',
      summary: 'Verzoek aan de financier: het verzoek, het dossier op datum en de toetsing met bepalingen',
      make: funderRequestPdf,
      fileName: 'verzoek',
    },
    { path: '/api/cases/:id/client-copy.pdf', summary: 'Kopie van het dossier voor de cliënt, zonder interne notities', make: clientCopyPdf, fileName: 'dossier' },
  ];
  for (const { path, summary, make, fileName } of dossierDocuments) {
    app.get<CaseParams>(
      path,
      { schema: { summary, tags: ['documenten'], params: caseParams, querystring: asOfQuery, response: pdfResponse } },
      async (request, reply) => {
        const pdf = await make(await ctx(request), request.params.id, dateParam(request.query as Query, 'asOf'));
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
    },
    async (request) => updateAllocation(await ctx(request), request.params.id, request.body),
  );

  const stopMessageQuery = {
    type: 'object',
    properties: {
      date: { type: 'string', format: 'date', description: 'Dagtekening; op of na de einddatum.' },
      id: { type: 'string', maxLength: 12, description: 'Berichtidentificatie, hoogstens 12 tekens.' },
    },
  } as const;
  const stopMessageOptions = (query: Query) => {
    if (Array.isArray(query.id)) throw new InvalidInputError([{ path: '?id', message: 'mag maar één keer voorkomen' }]);
    const date = dateParam(query, 'date');
    return { ...(date !== undefined ? { date } : {}), ...(query.id !== undefined ? { id: query.id } : {}) };
  };
  const sendXml = (reply: FastifyReply, xml: string) => reply.header('content-type', 'application/xml; charset=utf-8').send(xml);

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
    },
    async (request, reply) => sendXml(reply, await stopMessage(await ctx(request), request.params.id, stopMessageOptions(request.query as Query))),
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
    },
    async (request, reply) =>
      sendXml(reply.status(201), await sendStopMessage(await ctx(request), request.params.id, stopMessageOptions(request.query as Query))),
  );
}

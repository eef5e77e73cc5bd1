import { renderOffThread } from '../../documents/render-pool.ts';
import type { FastifyInstance } from 'fastify';
import { approveLetter } from '../../commands/letters/approve-letter.ts';
import { discardLetter } from '../../commands/letters/discard-letter.ts';
import { downloadLetter } from '../../commands/letters/download-letter.ts';
import { draftLetter } from '../../commands/letters/draft-letter.ts';
import { editLetter } from '../../commands/letters/edit-letter.ts';
import { listLetters } from '../../commands/letters/list-letters.ts';
import { readLetter } from '../../commands/letters/read-letter.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { contextOf } from '../../requests/context.ts';
import { presentLetter, sendPdf } from '../presenters.ts';
import { errorResponses as errors, idParams as caseParams, type IdParams as CaseParams } from '../schemas.ts';

// Letters of a case: draft → edit → approve → the stored PDF.

type LetterParams = { Params: { id: string; letterId: string } };

const letterParams = {
  type: 'object',
  properties: { id: { type: 'string', format: 'uuid' }, letterId: { type: 'string', format: 'uuid' } },
  required: ['id', 'letterId'],
} as const;
const letterResponse = { description: 'De brief: status, inhoud en, na verzending, de SHA-256 van de PDF.', type: 'object', additionalProperties: true } as const;

export function letterRoutes(app: FastifyInstance): void {
  app.get<CaseParams>(
    '/api/cases/:id/letters',
    {
      schema: { summary: 'Brieven van de casus, en welke brieven het protocol vraagt', tags: ['documenten'], params: caseParams, response: errors },
      config: { access: { action: 'document.read', event: 'letter.list' } },
    },
    async (request) => {
      const { available, letters } = await execute(contextOf(request), listLetters, request.params.id);
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
      config: { access: { action: 'letter.draft', event: 'letter.draft' } },
    },
    async (request, reply) =>
      reply.status(201).send(presentLetter(await execute(contextOf(request), draftLetter, { caseId: request.params.id, body: request.body }))),
  );

  app.get<LetterParams>(
    '/api/cases/:id/letters/:letterId',
    {
      schema: { summary: 'Eén brief', tags: ['documenten'], params: letterParams, response: { 200: letterResponse, ...errors } },
      config: { access: { action: 'document.read', event: 'letter.read' } },
    },
    async (request) => presentLetter(await execute(contextOf(request), readLetter, { caseId: request.params.id, letterId: request.params.letterId })),
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
      config: { access: { action: 'letter.draft', event: 'letter.edit' } },
    },
    async (request) =>
      presentLetter(
        await execute(contextOf(request), editLetter, { caseId: request.params.id, letterId: request.params.letterId, body: request.body }),
      ),
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
      config: { access: { action: 'letter.draft', event: 'letter.discard' } },
    },
    async (request, reply) => {
      await execute(contextOf(request), discardLetter, { caseId: request.params.id, letterId: request.params.letterId });
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
      config: { access: { action: 'letter.approve', event: 'letter.approve' } },
    },
    async (request) => presentLetter(await execute(contextOf(request), approveLetter, { caseId: request.params.id, letterId: request.params.letterId })),
  );

  app.get<LetterParams>(
    '/api/cases/:id/letters/:letterId/pdf',
    {
      schema: {
        summary: 'PDF van een brief: verzonden precies zoals verstuurd, een concept als voorbeeld',
        tags: ['documenten'],
        params: letterParams,
        response: { 200: { description: 'PDF.', type: 'string', format: 'binary' }, ...errors },
      },
      config: { access: { action: 'document.read', event: 'document.download' } },
    },
    async (request, reply) => {
      const found = await execute(contextOf(request), downloadLetter, { caseId: request.params.id, letterId: request.params.letterId });
      const [pdf, sent] = found.sent ? [found.pdf, true] : [await renderOffThread(found.render), false];
      return sendPdf(reply, pdf, `${sent ? 'brief' : 'concept'}-${request.params.letterId}.pdf`);
    },
  );
}

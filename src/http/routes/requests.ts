import type { FastifyInstance, FastifyRequest } from 'fastify';
import { execute } from '../../commands/pipeline/execute.ts';
import { addContract } from '../../commands/requests/add-contract.ts';
import { answerQuestion } from '../../commands/requests/answer-question.ts';
import { askQuestion } from '../../commands/requests/ask-question.ts';
import { decideRequest } from '../../commands/requests/decide-request.ts';
import { downloadRequestDocument } from '../../commands/requests/download-request-document.ts';
import { endContract } from '../../commands/requests/end-contract.ts';
import { fileObjection } from '../../commands/requests/file-objection.ts';
import { listContracts } from '../../commands/requests/list-contracts.ts';
import { listFunderRequests } from '../../commands/requests/list-requests.ts';
import { readRequest } from '../../commands/requests/read-request.ts';
import { recordHearing } from '../../commands/requests/record-hearing.ts';
import { recordMedicalAdvice } from '../../commands/requests/record-medical-advice.ts';
import { submitRequest } from '../../commands/requests/submit-request.ts';
import { withdrawRequest } from '../../commands/requests/withdraw-request.ts';
import { REGIMES } from '../../domain/dossier/types.ts';
import { DECISION_OUTCOMES, REQUEST_STATES } from '../../domain/requests/states.ts';
import { contextOf } from '../../requests/context.ts';
import { nextCursor } from '../../requests/cursor.ts';
import { integerParam } from '../../requests/query.ts';
import { requestListParams } from '../../requests/request-list-params.ts';
import { commandHandler, idAndBody } from '../command-handler.ts';
import { presentRequest, presentRequestDetail, sendPdf } from '../presenters.ts';
import { errorResponses as errors, idParams, keysetPaging, noContent, type IdParams, type Query } from '../schemas.ts';

// The request to the funder (issue 11): the provider submits from its case, the funder asks,
// hears, advises and decides, the provider answers and objects. Every route runs a command of
// src/commands/requests/ through the pipeline; a funder reads only the frozen copy.

const conflict = { 409: { description: 'Kan nu niet: de stap past niet bij waar het verzoek staat (de reden staat in `issues`). Er is niets gewijzigd.' } } as const;
const text = (description: string) => ({ type: 'string', maxLength: 10_000, description }) as const;
const requestSummary = { description: 'Het verzoek: stand, beslistermijn met hoe die is geteld, en het besluit.', type: 'object', additionalProperties: true } as const;

type QuestionParams = { Params: { id: string; qid: string } };
const questionParams = {
  type: 'object',
  properties: { id: { type: 'string', format: 'uuid' }, qid: { type: 'string', format: 'uuid' } },
  required: ['id', 'qid'],
} as const;

const contractBody = {
  type: 'object',
  properties: {
    organisationId: { type: 'string', format: 'uuid', description: 'De andere partij: een financier (voor een aanbieder) of een aanbieder (voor een financier).' },
    regime: { type: 'string', enum: REGIMES },
  },
  required: ['organisationId', 'regime'],
} as const;

export function requestRoutes(app: FastifyInstance): void {
  app.post<IdParams>(
    '/api/cases/:id/requests',
    {
      schema: {
        summary: 'Verzoek aan de financier indienen (regievoerder)',
        description:
          'Alleen bij een financier waarmee de organisatie voor dit regime een contract heeft, en alleen als de toetsing het toestaat ' +
          '(anders met `overrideReason`, die wordt vastgelegd). De financier krijgt een bevroren kopie van dossier en toetsing en de PDF ' +
          'van het verzoek (met SHA-256). Zonder `funderOrganisationId`: de financier waarheen de casus is gerouteerd.',
        tags: ['verzoeken'],
        params: idParams,
        body: {
          type: 'object',
          properties: {
            funderOrganisationId: { type: 'string', format: 'uuid' },
            continuityProposal: text('Hoe de continuïteit van zorg is geregeld tot het besluit.'),
            noOtherProvider: { type: 'boolean', description: 'De aanbieder heeft aangetoond dat er geen andere aanbieder te vinden is (PGB-voorwaarde VGZ).' },
            overrideReason: text('Waarom toch indienen terwijl de toetsing iets mist.'),
          },
          required: ['continuityProposal'],
        },
        response: { 201: requestSummary, ...conflict, ...errors },
      },
      config: { access: { action: 'request.submit', event: 'request.submit' } },
    },
    commandHandler(201, submitRequest, idAndBody('caseId'), presentRequest),
  );

  app.get(
    '/api/requests',
    {
      schema: {
        summary: 'Verzoeken: voor een financier de verzoeken aan de eigen organisatie, voor een aanbieder de eigen ingediende',
        description: 'Eerst die waarop nog besloten moet worden, dan op beslistermijn (verlopen eerst).',
        tags: ['verzoeken'],
        querystring: {
          type: 'object',
          properties: {
            state: { type: 'string', enum: REQUEST_STATES },
            regime: { type: 'string', enum: REGIMES },
            overdue: { type: 'string', enum: ['true', 'false'] },
            ...keysetPaging,
          },
        },
        response: errors,
      },
      config: { access: { action: 'request.list', event: 'request.list' } },
    },
    commandHandler(
      200,
      listFunderRequests,
      (request: FastifyRequest) => {
        const query = request.query as Query;
        return requestListParams(query, { limit: integerParam(query, 'limit', 25, 1, 100), offset: integerParam(query, 'offset', 0, 0, 10_000_000), cursor: 'after' });
      },
      ({ total, exact, requests, next }) => ({ total, exact, requests: requests.map(presentRequest), next: nextCursor(next) }),
    ),
  );

  app.get<IdParams>(
    '/api/requests/:id',
    {
      schema: {
        summary: 'Eén verzoek: bevroren kopie, toetsing van de aanbieder, checklist van de financier, vragen, wederhoor, advies, besluit, bezwaar',
        tags: ['verzoeken'],
        params: idParams,
        response: { 200: requestSummary, ...errors },
      },
      config: { access: { action: 'request.read', event: 'request.read' } },
    },
    commandHandler(200, readRequest, (request) => ({ requestId: request.params.id }), presentRequestDetail),
  );

  for (const [which, path, summary] of [
    ['request', '/api/requests/:id/request.pdf', 'PDF van het verzoek zoals de financier het ontving'],
    ['decision', '/api/requests/:id/decision.pdf', 'PDF van het besluit zoals het is verzonden'],
    ['objection-decision', '/api/requests/:id/objection-decision.pdf', 'PDF van het besluit op bezwaar zoals het is verzonden'],
  ] as const) {
    app.get<IdParams>(
      path,
      {
        schema: { summary, tags: ['verzoeken'], params: idParams, response: { 200: { description: 'PDF.', type: 'string', format: 'binary' }, ...errors } },
        config: { access: { action: 'request.read', event: 'request.download' } },
      },
      async (request, reply) => sendPdf(reply, await execute(contextOf(request), downloadRequestDocument, { requestId: request.params.id, which }), `${which}-${request.params.id}.pdf`),
    );
  }

  app.post<IdParams>(
    '/api/requests/:id/questions',
    {
      schema: {
        summary: 'Vraag aan de aanbieder (beoordelaar): de beslistermijn staat stil tot het antwoord',
        tags: ['verzoeken'],
        params: idParams,
        body: { type: 'object', properties: { question: text('De vraag.') }, required: ['question'] },
        response: { 201: { description: 'De vraag.', type: 'object', additionalProperties: true }, ...conflict, ...errors },
      },
      config: { access: { action: 'request.review', event: 'request.question' } },
    },
    commandHandler(201, askQuestion, idAndBody('requestId')),
  );

  app.post<QuestionParams>(
    '/api/requests/:id/questions/:qid/answer',
    {
      schema: {
        summary: 'Vraag van de financier beantwoorden (regievoerder)',
        tags: ['verzoeken'],
        params: questionParams,
        body: { type: 'object', properties: { answer: text('Het antwoord.') }, required: ['answer'] },
        response: { ...noContent, ...conflict },
      },
      config: { access: { action: 'request.respond', event: 'request.answer' } },
    },
    commandHandler(204, answerQuestion, (request: FastifyRequest<QuestionParams>) => ({ requestId: request.params.id, questionId: request.params.qid, body: request.body })),
  );

  app.post<IdParams>(
    '/api/requests/:id/hearings',
    {
      schema: {
        summary: 'Wederhoor vastleggen (beoordelaar): met wie, wanneer, wat er is gezegd',
        tags: ['verzoeken'],
        params: idParams,
        body: {
          type: 'object',
          properties: { with: { type: 'string', enum: ['client', 'representative'] }, heldOn: { type: 'string', format: 'date' }, summary: text('Wat er is gezegd.') },
          required: ['with', 'heldOn', 'summary'],
        },
        response: { 201: { description: 'Het wederhoor.', type: 'object', additionalProperties: true }, ...conflict, ...errors },
      },
      config: { access: { action: 'request.review', event: 'request.hearing' } },
    },
    commandHandler(201, recordHearing, idAndBody('requestId')),
  );

  app.post<IdParams>(
    '/api/requests/:id/medical-advice',
    {
      schema: {
        summary: 'Oordeel van de medisch adviseur: is de reden gegrond, en waarom',
        tags: ['verzoeken'],
        params: idParams,
        body: { type: 'object', properties: { wellFounded: { type: 'boolean' }, reasoning: text('De motivering.') }, required: ['wellFounded', 'reasoning'] },
        response: { 201: { description: 'Het advies.', type: 'object', additionalProperties: true }, ...conflict, ...errors },
      },
      config: { access: { action: 'request.advise', event: 'request.medical-advice' } },
    },
    commandHandler(201, recordMedicalAdvice, idAndBody('requestId')),
  );

  app.post<IdParams>(
    '/api/requests/:id/decision',
    {
      schema: {
        summary: 'Besluiten (beoordelaar); op een bezwaar: besluit op bezwaar',
        description:
          'Alleen als de checklist van de financier is voldaan, of met `overrideReason` voor wat ontbreekt (409 noemt elk punt). ' +
          'De brief wordt als PDF met SHA-256 bewaard; het besluit staat meteen in de casus van de aanbieder, met de bezwaartermijn.',
        tags: ['verzoeken'],
        params: idParams,
        body: {
          type: 'object',
          properties: {
            outcome: { type: 'string', enum: DECISION_OUTCOMES },
            reasons: text('De redenen.'),
            conditions: text('De voorwaarden (bij akkoord onder voorwaarden).'),
            continuity: text('Hoe de continuïteit is geregeld: de volgende aanbieder, of waarom die niet nodig of mogelijk is.'),
            igjPointed: { type: 'boolean', description: 'De aanbieder gewezen op een melding aan de IGJ.' },
            pgbOffered: { type: 'boolean', description: 'De cliënt een aanbod PGB gedaan.' },
            referredToAccess: { type: 'boolean', description: 'Doorverwezen naar de toegangsmedewerker (Groningen 5A/5B).' },
            overrideReason: text('Waarom besluiten terwijl de checklist iets mist.'),
          },
          required: ['outcome', 'reasons'],
        },
        response: { 201: { description: 'Het besluit.', type: 'object', additionalProperties: true }, ...conflict, ...errors },
      },
      config: { access: { action: 'request.review', event: 'request.decide' } },
    },
    commandHandler(201, decideRequest, idAndBody('requestId')),
  );

  app.post<IdParams>(
    '/api/requests/:id/objection',
    {
      schema: {
        summary: 'Bezwaar tegen het besluit (regievoerder), binnen de bezwaartermijn',
        tags: ['verzoeken'],
        params: idParams,
        body: { type: 'object', properties: { reasons: text('De gronden van het bezwaar.') }, required: ['reasons'] },
        response: { 201: { description: 'Het bezwaar.', type: 'object', additionalProperties: true }, ...conflict, ...errors },
      },
      config: { access: { action: 'request.respond', event: 'request.objection' } },
    },
    commandHandler(201, fileObjection, idAndBody('requestId')),
  );

  app.post<IdParams>(
    '/api/requests/:id/withdraw',
    {
      schema: {
        summary: 'Verzoek intrekken (regievoerder), zolang de financier nog niet heeft besloten',
        description:
          'Met een reden, die wordt vastgelegd. Het verzoek staat daarna als ingetrokken bij de financier en de beslistermijn loopt niet meer; ' +
          'de aanbieder kan opnieuw indienen. Na een besluit, of een tweede keer: 409.',
        tags: ['verzoeken'],
        params: idParams,
        body: { type: 'object', properties: { reason: text('Waarom het verzoek wordt ingetrokken.') }, required: ['reason'] },
        response: { ...noContent, ...conflict },
      },
      config: { access: { action: 'request.respond', event: 'request.withdraw' } },
    },
    commandHandler(204, withdrawRequest, idAndBody('requestId')),
  );

  app.get(
    '/api/funder-contracts',
    {
      schema: { summary: 'Contracten van mijn organisatie met financiers of aanbieders, per regime (beheerder)', tags: ['verzoeken'], response: errors },
      config: { access: { action: 'contract.manage', event: 'contract.list' } },
    },
    commandHandler(200, listContracts, () => undefined),
  );

  app.post(
    '/api/funder-contracts',
    {
      schema: { summary: 'Contract vastleggen (beheerder)', tags: ['verzoeken'], body: contractBody, response: { 201: { description: 'Vastgelegd.', type: 'object', additionalProperties: true }, ...conflict, ...errors } },
      config: { access: { action: 'contract.manage', event: 'contract.change' } },
    },
    commandHandler(201, addContract, (request: FastifyRequest) => request.body),
  );

  app.delete(
    '/api/funder-contracts',
    {
      schema: { summary: 'Contract beëindigen (beheerder); lopende verzoeken gaan door', tags: ['verzoeken'], body: contractBody, response: noContent },
      config: { access: { action: 'contract.manage', event: 'contract.change' } },
    },
    commandHandler(204, endContract, (request: FastifyRequest) => request.body),
  );
}

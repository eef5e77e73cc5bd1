import type { FastifyInstance } from 'fastify';
import { appendEntry } from '../../commands/cases/append-entry.ts';
import { assessCase } from '../../commands/cases/assess-case.ts';
import { exportDossier } from '../../commands/cases/export-dossier.ts';
import { importDossier } from '../../commands/cases/import-dossier.ts';
import { listCases, readCaseListKey } from '../../commands/cases/list-cases.ts';
import { openCase } from '../../commands/cases/open-case.ts';
import { readCaseRouting } from '../../commands/cases/read-case-routing.ts';
import { readCase } from '../../commands/cases/read-case.ts';
import { changeCaseRouting } from '../../commands/cases/route-case.ts';
import { changeClientParticulars } from '../../commands/clients/change-client-particulars.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { userOf } from '../../commands/pipeline/resources.ts';
import { CASE_STATUSES } from '../../domain/dossier/status.ts';
import { contextOf } from '../../requests/context.ts';
import { cursorParam, nextCursor } from '../../requests/cursor.ts';
import { dateParam, enumParam, integerParam } from '../../requests/query.ts';
import { presentCase, presentCaseSummary } from '../presenters.ts';
import { errorResponses, idParams, keysetPaging, type IdParams, type Query } from '../schemas.ts';

// Cases: the list, opening and importing, one case with its dossier, an entry, the assessment, the
// export, and where its request goes (team and funder).

const documentBody = {
  type: 'object',
  description: 'Een dossier in het uitwisselformaat zorgvuldig.dossier/1; zie /api/schema/dossier-1.schema.json.',
} as const;
const createdResponses = {
  201: { description: 'Aangemaakt.', type: 'object', properties: { id: { type: 'string' } } },
  ...errorResponses,
} as const;
const routing = {
  type: 'object',
  properties: {
    funderOrganisationId: { type: ['string', 'null'], format: 'uuid', description: 'De financier aan wie het verzoek gaat.' },
    teamId: { type: ['string', 'null'], format: 'uuid' },
    responsibleUserId: { type: ['string', 'null'], format: 'uuid', description: 'Wie verantwoordelijk is voor de casus: een medewerker of regievoerder van de organisatie.' },
  },
} as const;

// The fields as the interchange format has them (schema/dossier-1.schema.json, client), or null.
const particular = (description: string, maxLength: number) => ({ type: ['string', 'null'], minLength: 1, maxLength, description }) as const;
const clientParticulars = {
  type: 'object',
  additionalProperties: false,
  properties: {
    address: particular('Postadres voor brieven, de regels gescheiden door ", " (Kerkstraat 1, 9711 AA Groningen). null of leeg: geen adres.', 300),
    salutation: {
      ...particular('De aanhef in brieven, zonder komma (Geachte heer Mulder, Beste Jan). null of leeg: brieven zeggen ‘Beste’ en de naam.', 100),
      pattern: '^[^,\\n]*[^,\\s]$',
    },
  },
} as const;

export function caseRoutes(app: FastifyInstance): void {
  app.get(
    '/api/cases',
    {
      schema: {
        summary: 'Casussen van mijn organisatie',
        tags: ['casussen'],
        querystring: {
          type: 'object',
          properties: {
            status: { type: 'string', enum: [...CASE_STATUSES] },
            ...keysetPaging,
          },
        },
        response: errorResponses,
      },
      config: { access: { action: 'case.list', event: 'case.list' } },
    },
    async (request) => {
      const query = request.query as Query;
      const status = enumParam(query, 'status', CASE_STATUSES);
      const after = cursorParam(query, 'after', readCaseListKey);
      const result = await execute(contextOf(request), listCases, {
        ...(status !== undefined ? { status } : {}),
        limit: integerParam(query, 'limit', 25, 1, 100),
        offset: integerParam(query, 'offset', 0, 0, 10_000_000),
        ...(after !== undefined ? { after } : {}),
      });
      return { total: result.total, exact: result.exact, cases: result.cases.map(presentCaseSummary), next: nextCursor(result.next) };
    },
  );

  app.post(
    '/api/cases',
    {
      schema: {
        summary: 'Nieuwe casus openen',
        description:
          'Body: `client`, `regime`, `procedure` en `careStarted` zoals in het uitwisselformaat, zonder `entries`. ' +
          'Optioneel: `funderOrganisationId` (de financier aan wie het verzoek gaat; zonder dit veld de enige organisatie ' +
          'van de soort die het regime noemt, als er precies één is), `teamId` en `responsibleUserId` (wie verantwoordelijk is; ' +
          'zonder dit veld wie de casus opent). Onder Bijlage 6 (`regime` `gemeente-bijlage6`) ook `careLaw`: `wmo` of `jeugdwet`, ' +
          'de wet waaronder de zorg valt; die bepaalt hoe lang het dossier bewaard blijft (Wmo 15 jaar, Jeugdwet 20 jaar; onbekend: 20 jaar).',
        tags: ['casussen'],
        body: {
          type: 'object',
          properties: { careLaw: { type: ['string', 'null'], enum: ['wmo', 'jeugdwet', null], description: 'Alleen onder Bijlage 6: de wet waaronder de zorg valt.' } },
        },
        response: createdResponses,
      },
      config: { access: { action: 'case.create', event: 'case.create' } },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const created = await execute(ctx, openCase, { organisationId: userOf(ctx.actor).organisationId, body: request.body });
      return reply.status(201).send({ id: created.caseId });
    },
  );

  app.get<IdParams>(
    '/api/cases/:id',
    {
      schema: { summary: 'Casus met dossier (historie en gecorrigeerde stand)', tags: ['casussen'], params: idParams, response: errorResponses },
      config: { access: { action: 'case.read', event: 'case.read' } },
    },
    async (request) => presentCase(await execute(contextOf(request), readCase, request.params.id)),
  );

  app.post<IdParams>(
    '/api/cases/:id/entries',
    {
      schema: {
        summary: 'Item aan het dossier toevoegen',
        description:
          'Body: één item zoals in `entries` van het uitwisselformaat. Zonder `id` kiest de server er een. ' +
          'Een correctie is een nieuw item met `corrects`: het id van het item dat het verbetert.',
        tags: ['dossier'],
        params: idParams,
        body: { type: 'object' },
        response: { 201: { description: 'Het toegevoegde item, met zijn id.', type: 'object', additionalProperties: true }, ...errorResponses },
      },
      config: { access: { action: 'entry.append', event: 'entry.append' } },
    },
    async (request, reply) =>
      reply.status(201).send(await execute(contextOf(request), appendEntry, { caseId: request.params.id, entry: request.body })),
  );

  app.get<IdParams>(
    '/api/cases/:id/assessment',
    {
      schema: {
        summary: 'Toetsing aan het protocol: eisen met bron, indienbaarheid, volgende stappen, termijnen',
        description: 'Hetzelfde antwoord als `zorgvuldig assess DOSSIER.json --as-of JJJJ-MM-DD --json` op de export van deze casus.',
        tags: ['toetsing'],
        params: idParams,
        querystring: { type: 'object', properties: { asOf: { type: 'string', format: 'date', description: 'Standaard: vandaag.' } } },
        response: errorResponses,
      },
      config: { access: { action: 'case.read', event: 'case.assess' } },
    },
    async (request) => {
      const asOf = dateParam(request.query as Query, 'asOf');
      return execute(contextOf(request), assessCase, { caseId: request.params.id, ...(asOf !== undefined ? { asOf } : {}) });
    },
  );

  app.get<IdParams>(
    '/api/cases/:id/export',
    {
      schema: { summary: 'Dossier exporteren (zorgvuldig.dossier/1)', tags: ['uitwisseling'], params: idParams, response: errorResponses },
      config: { access: { action: 'case.export', event: 'case.export' } },
    },
    async (request) => execute(contextOf(request), exportDossier, request.params.id),
  );

  app.post<{ Querystring: Query }>(
    '/api/import',
    {
      schema: {
        summary: 'Dossier importeren als nieuwe casus (alles of niets)',
        description:
          'Loopt er al een casus voor een cliënt met dezelfde naam en geboortedatum onder hetzelfde protocol, dan volgt 409 met die casus, tenzij confirm=true.',
        tags: ['uitwisseling'],
        querystring: { type: 'object', properties: { confirm: { type: 'string', enum: ['true', 'false'], description: 'true: toch importeren naast een lopende casus van dezelfde cliënt.' } } },
        body: documentBody,
        response: createdResponses,
      },
      config: { access: { action: 'case.import', event: 'case.import' } },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const created = await execute(ctx, importDossier, {
        organisationId: userOf(ctx.actor).organisationId,
        document: request.body,
        confirmed: enumParam(request.query, 'confirm', ['true', 'false']) === 'true',
      });
      return reply.status(201).send({ id: created.caseId });
    },
  );

  app.get<IdParams>(
    '/api/cases/:id/routing',
    {
      schema: { summary: 'Team en financier van een casus', tags: ['casussen'], params: idParams, response: errorResponses },
      config: { access: { action: 'case.read', event: 'case.read' } },
    },
    async (request) => execute(contextOf(request), readCaseRouting, request.params.id),
  );

  app.put<IdParams>(
    '/api/cases/:id/routing',
    {
      schema: {
        summary: 'Team of financier van een casus wijzigen',
        description: 'Velden die ontbreken blijven zoals ze zijn; null maakt ze leeg.',
        tags: ['casussen'],
        params: idParams,
        body: routing,
        response: errorResponses,
      },
      config: { access: { action: 'case.route', event: 'case.route' } },
    },
    async (request) => execute(contextOf(request), changeCaseRouting, { caseId: request.params.id, body: request.body }),
  );

  app.put<IdParams>(
    '/api/cases/:id/client',
    {
      schema: {
        summary: 'Adres of aanhef van de cliënt wijzigen',
        description:
          'Voor brieven die daarna worden opgesteld; goedgekeurde brieven blijven zoals ze zijn. Velden die ontbreken blijven zoals ze zijn; ' +
          'null of leeg maakt ze leeg. Ongeldige invoer: 400 met het JSON-pad, en er verandert niets.',
        tags: ['casussen'],
        params: idParams,
        body: clientParticulars,
        response: {
          200: { type: 'object', properties: { address: { type: ['string', 'null'] }, salutation: { type: ['string', 'null'] } } },
          ...errorResponses,
        },
      },
      config: { access: { action: 'client.update', event: 'client.update' } },
    },
    async (request) => execute(contextOf(request), changeClientParticulars, { caseId: request.params.id, body: request.body }),
  );
}

import type { FastifyInstance } from 'fastify';
import { appendEntry } from '../../commands/append-entry.ts';
import { assessCase } from '../../commands/assess-case.ts';
import { importDossier } from '../../commands/import-dossier.ts';
import { listOwnCases } from '../../commands/list-cases.ts';
import { openCase } from '../../commands/open-case.ts';
import { exportDossier, readCase } from '../../commands/read-case.ts';
import { CASE_STATUSES } from '../../domain/dossier/status.ts';
import { ForbiddenError } from '../../domain/errors.ts';
import type { Actor } from '../../policy/policy.ts';
import type { Store } from '../../store/database.ts';
import { authenticate } from '../authenticate.ts';
import { presentCase, presentCaseSummary } from '../presenters.ts';
import { dateParam, enumParam, integerParam } from '../query.ts';

type IdParams = { Params: { id: string } };
type AnyQuery = Record<string, string | string[] | undefined>;

const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;
const documentBody = {
  type: 'object',
  description: 'Een dossier in het uitwisselformaat zorgvuldig.dossier/1; zie /api/schema/dossier-1.schema.json.',
} as const;
const errorResponses = {
  400: { description: 'Ongeldige invoer: `issues` noemt per veld het JSON-pad en de reden. Er is niets gewijzigd.' },
  401: { description: 'Geen of een ongeldig API-token.' },
  403: { description: 'Deze gebruiker mag dit niet.' },
  404: { description: 'Deze casus bestaat niet.' },
} as const;
const createdResponses = {
  201: { description: 'Aangemaakt.', type: 'object', properties: { id: { type: 'string' } } },
  ...errorResponses,
} as const;

/** The organisation an actor creates cases in: a user's own; the operator must not use the API. */
function ownOrganisation(actor: Actor): string {
  if (actor.kind !== 'user') throw new ForbiddenError();
  return actor.organisationId;
}

export function caseRoutes(app: FastifyInstance, store: Store): void {
  const ctx = async (request: Parameters<typeof authenticate>[1]) => ({ store, actor: await authenticate(store, request) });

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
            limit: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
            offset: { type: 'integer', minimum: 0, default: 0 },
          },
        },
        response: errorResponses,
      },
    },
    async (request) => {
      const query = request.query as AnyQuery;
      const status = enumParam(query, 'status', CASE_STATUSES);
      const result = await listOwnCases(await ctx(request), {
        ...(status !== undefined ? { status } : {}),
        limit: integerParam(query, 'limit', 25, 1, 100),
        offset: integerParam(query, 'offset', 0, 0, 10_000_000),
      });
      return { total: result.total, cases: result.cases.map(presentCaseSummary) };
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
          'van de soort die het regime noemt, als er precies één is) en `teamId`.',
        tags: ['casussen'],
        body: { type: 'object' },
        response: createdResponses,
      },
    },
    async (request, reply) => {
      const context = await ctx(request);
      const id = await openCase(context, ownOrganisation(context.actor), request.body);
      return reply.status(201).send({ id });
    },
  );

  app.get<IdParams>(
    '/api/cases/:id',
    { schema: { summary: 'Casus met dossier (historie en gecorrigeerde stand)', tags: ['casussen'], params: idParams, response: errorResponses } },
    async (request) => presentCase(await readCase(await ctx(request), request.params.id)),
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
    },
    async (request, reply) => reply.status(201).send(await appendEntry(await ctx(request), request.params.id, request.body)),
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
    },
    async (request) => {
      const asOf = dateParam(request.query as AnyQuery, 'asOf');
      return assessCase(await ctx(request), request.params.id, asOf);
    },
  );

  app.get<IdParams>(
    '/api/cases/:id/export',
    { schema: { summary: 'Dossier exporteren (zorgvuldig.dossier/1)', tags: ['uitwisseling'], params: idParams, response: errorResponses } },
    async (request) => exportDossier(await ctx(request), request.params.id),
  );

  app.post(
    '/api/import',
    {
      schema: {
        summary: 'Dossier importeren als nieuwe casus (alles of niets)',
        tags: ['uitwisseling'],
        body: documentBody,
        response: createdResponses,
      },
    },
    async (request, reply) => {
      const context = await ctx(request);
      const id = await importDossier(context, ownOrganisation(context.actor), request.body);
      return reply.status(201).send({ id });
    },
  );
}

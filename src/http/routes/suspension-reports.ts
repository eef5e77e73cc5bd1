import type { FastifyInstance } from 'fastify';
import { execute } from '../../commands/pipeline/execute.ts';
import { listPassedOnReports } from '../../commands/suspension-reports/list-passed-on-reports.ts';
import { listSuspensionReports } from '../../commands/suspension-reports/list-suspension-reports.ts';
import { passOnSuspensionReport } from '../../commands/suspension-reports/pass-on-suspension-report.ts';
import { readSuspensionReport } from '../../commands/suspension-reports/read-suspension-report.ts';
import { reportSuspension } from '../../commands/suspension-reports/report-suspension.ts';
import type { AnonymisedSuspensionReport } from '../../domain/suspension-report/anonymise.ts';
import { contextOf } from '../../requests/context.ts';
import type { SuspensionReportRecord } from '../../store/suspension-reports.ts';
import { errorResponses as errors, idParams, type IdParams } from '../schemas.ts';

// Suspension reports (issue 11, point 8; seed 002 'Zorgopschorting' step 4): the provider reports a
// suspension of a VGZ case to the insurer; the insurer's zorgadviseur reads it and passes it on to
// Zorginkoop anonymised; Zorginkoop reads what was passed on.

const report = { description: 'De melding zoals gemeld, en wat Zorginkoop krijgt of zou krijgen (`anonymised`).', type: 'object', additionalProperties: true } as const;
const tags = ['opschortingsmeldingen'];

function present(r: SuspensionReportRecord, anonymised?: AnonymisedSuspensionReport) {
  return {
    id: r.id,
    caseId: r.caseId,
    organisationId: r.organisationId,
    funderOrganisationId: r.funderOrganisationId,
    reportedAt: r.reportedAt.toISOString(),
    passedOnAt: r.passedOnAt?.toISOString() ?? null,
    content: r.content,
    ...(anonymised !== undefined ? { anonymised } : {}),
  };
}

export function suspensionReportRoutes(app: FastifyInstance): void {
  app.post<IdParams>(
    '/api/cases/:id/suspension-reports',
    {
      schema: {
        summary: 'Opschorting melden bij Zorgadvies en Bemiddeling (regievoerder, alleen VGZ-opschorting)',
        description:
          'Body: `{ "summary": "…" }` (uw beschrijving van de problemen en wat u vraagt, hoogstens 4000 tekens). De melding neemt de ' +
          'gegevens van de cliënt, de periode van opschorting en de incidenten over uit het dossier zoals het nu is, en gaat naar de ' +
          'zorgverzekeraar van de casus. Een casus van een ander regime of zonder zorgverzekeraar: 409.',
        tags,
        params: idParams,
        body: { type: 'object' },
        response: { 201: report, 409: { description: 'Geen VGZ-opschorting, of nog geen zorgverzekeraar gekozen.' }, ...errors },
      },
      config: { access: { action: 'suspension-report.create', event: 'suspension-report.create' } },
    },
    async (request, reply) =>
      reply.status(201).send(present(await execute(contextOf(request), reportSuspension, { caseId: request.params.id, body: request.body }))),
  );

  app.get(
    '/api/suspension-reports',
    {
      schema: {
        summary: 'Meldingen van opschorting: de eigen (zorgaanbieder) of die aan uw zorgverzekeraar (zorgadviseur), nieuwste eerst',
        tags,
        response: errors,
      },
      config: { access: { action: 'suspension-report.list', event: 'suspension-report.list' } },
    },
    async (request) => ({ reports: (await execute(contextOf(request), listSuspensionReports, undefined)).map((r) => present(r)) }),
  );

  app.get<IdParams>(
    '/api/suspension-reports/:id',
    {
      schema: {
        summary: 'Eén melding van opschorting, met wat Zorginkoop krijgt',
        description: '`anonymised`: wat is doorgestuurd, of (nog niet doorgestuurd) precies wat doorsturen zou sturen.',
        tags,
        params: idParams,
        response: { 200: report, ...errors },
      },
      config: { access: { action: 'suspension-report.read', event: 'suspension-report.read' } },
    },
    async (request) => {
      const { report: r, anonymised } = await execute(contextOf(request), readSuspensionReport, request.params.id);
      return present(r, anonymised);
    },
  );

  app.post<IdParams>(
    '/api/suspension-reports/:id/pass-on',
    {
      schema: {
        summary: 'Geanonimiseerd doorsturen naar Zorginkoop (zorgadviseur van de zorgverzekeraar)',
        description: 'Zonder naam, BSN, geboortedatum en adres; vrije tekst ontdaan daarvan; data tot op de maand. Eén keer: daarna 409.',
        tags,
        params: idParams,
        response: { 200: report, 409: { description: 'Al doorgestuurd.' }, ...errors },
      },
      config: { access: { action: 'suspension-report.pass-on', event: 'suspension-report.pass-on' } },
    },
    async (request) => {
      const r = await execute(contextOf(request), passOnSuspensionReport, request.params.id);
      return present(r, r.anonymised as AnonymisedSuspensionReport);
    },
  );

  app.get(
    '/api/purchasing/suspension-reports',
    {
      schema: {
        summary: 'Zorginkoop: de geanonimiseerde meldingen die aan uw zorgverzekeraar zijn doorgestuurd',
        description: 'Alleen wat is doorgestuurd, zoals het is doorgestuurd; geen cliëntgegevens.',
        tags,
        response: errors,
      },
      config: { access: { action: 'suspension-report.read-anonymised', event: 'suspension-report.read-anonymised' } },
    },
    async (request) => ({
      reports: (await execute(contextOf(request), listPassedOnReports, undefined)).map((r) => ({ id: r.id, passedOnAt: r.passedOnAt.toISOString(), ...r.anonymised })),
    }),
  );
}

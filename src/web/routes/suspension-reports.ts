import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { execute } from '../../commands/pipeline/execute.ts';
import { listPassedOnReports } from '../../commands/suspension-reports/list-passed-on-reports.ts';
import { listSuspensionReports } from '../../commands/suspension-reports/list-suspension-reports.ts';
import { passOnSuspensionReport } from '../../commands/suspension-reports/pass-on-suspension-report.ts';
import { previewSuspensionReport } from '../../commands/suspension-reports/preview-suspension-report.ts';
import { readSuspensionReport } from '../../commands/suspension-reports/read-suspension-report.ts';
import { reportSuspension } from '../../commands/suspension-reports/report-suspension.ts';
import { reportResource } from '../../commands/suspension-reports/suspension-report.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { can } from '../../policy/policy.ts';
import { contextOf } from '../../requests/context.ts';
import type { FormValues } from '../entry-forms.ts';
import { html } from '../errors.ts';
import { purchasingPage, reportFormPage, reportListPage, reportPage } from '../pages/suspension-reports.ts';
import type { PageUser } from '../presenters.ts';
import { text } from './form-values.ts';

// Suspension reports: the regievoerder's form on a VGZ suspension case, the zorgadviseur's list and
// report with 'Doorsturen naar Zorginkoop (geanonimiseerd)', and Zorginkoop's page.

type Params = { Params: { id: string } };
const user = (request: FastifyRequest) => request.pageUser as PageUser;

async function showForm(request: FastifyRequest<Params>, reply: FastifyReply, summary?: string, error?: string) {
  const preview = await execute(contextOf(request), previewSuspensionReport, request.params.id);
  const page = reportFormPage({
    user: user(request),
    csrfToken: reply.generateCsrf(),
    caseId: request.params.id,
    preview,
    ...(summary !== undefined ? { summary } : {}),
    ...(error !== undefined ? { error } : {}),
  });
  return html(reply, page, error !== undefined ? 400 : 200);
}

export function suspensionReportPages(app: FastifyInstance): void {
  app.get<Params>(
    '/casussen/:id/opschorting-melden',
    { config: { access: { action: 'suspension-report.create', event: 'case.read', area: 'suspension-reports' } } },
    (request, reply) => showForm(request, reply),
  );

  app.post<Params & { Body: FormValues }>(
    '/casussen/:id/opschorting-melden',
    { config: { access: { action: 'suspension-report.create', event: 'suspension-report.create', area: 'suspension-reports' } } },
    async (request, reply) => {
      const summary = text(request.body, 'summary');
      try {
        const report = await execute(contextOf(request), reportSuspension, { caseId: request.params.id, body: { summary } });
        return reply.redirect(`/opschortingsmeldingen/${report.id}`, 303);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        return showForm(request, reply, summary, error.issues[0]?.message);
      }
    },
  );

  app.get(
    '/opschortingsmeldingen',
    { config: { access: { action: 'suspension-report.list', event: 'suspension-report.list', area: 'suspension-reports' } } },
    async (request, reply) => {
      const reports = await execute(contextOf(request), listSuspensionReports, undefined);
      return html(
        reply,
        reportListPage({
          user: user(request),
          csrfToken: reply.generateCsrf(),
          reports: reports.map((r) => ({
            id: r.id,
            caseId: r.caseId,
            clientName: r.content.identity.names[0] ?? '',
            providerName: r.content.providerName,
            reportedAt: r.reportedAt,
            passedOnAt: r.passedOnAt,
          })),
        }),
      );
    },
  );

  app.get<Params>(
    '/opschortingsmeldingen/:id',
    { config: { access: { action: 'suspension-report.read', event: 'suspension-report.read', area: 'suspension-reports' } } },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { report, anonymised } = await execute(ctx, readSuspensionReport, request.params.id);
      return html(
        reply,
        reportPage({
          user: user(request),
          csrfToken: reply.generateCsrf(),
          id: report.id,
          content: report.content,
          reportedAt: report.reportedAt,
          passedOnAt: report.passedOnAt,
          anonymised,
          mayPassOn: can(ctx.actor, 'suspension-report.pass-on', reportResource(report)),
        }),
      );
    },
  );

  app.post<Params>(
    '/opschortingsmeldingen/:id/doorsturen',
    { config: { access: { action: 'suspension-report.pass-on', event: 'suspension-report.pass-on', area: 'suspension-reports' } } },
    async (request, reply) => {
      const report = await execute(contextOf(request), passOnSuspensionReport, request.params.id);
      return reply.redirect(`/opschortingsmeldingen/${report.id}`, 303);
    },
  );

  app.get('/zorginkoop', { config: { access: { action: 'suspension-report.read-anonymised', event: 'suspension-report.read-anonymised', area: 'purchasing' } } }, async (request, reply) =>
    html(reply, purchasingPage({ user: user(request), csrfToken: reply.generateCsrf(), reports: await execute(contextOf(request), listPassedOnReports, undefined) })),
  );
}

import type { FastifyInstance } from 'fastify';
import type { AgreementView } from '../../commands/agreement/agreement.ts';
import { createAgreement } from '../../commands/agreement/create-agreement.ts';
import { downloadAgreementLetter } from '../../commands/agreement/download-agreement-letter.ts';
import { INVOICE_LETTERS } from '../../domain/agreement/letters.ts';
import { sendPdf } from '../presenters.ts';
import { endClientAgreement } from '../../commands/agreement/end-agreement.ts';
import { issueInvoice } from '../../commands/agreement/issue-invoice.ts';
import { listClients } from '../../commands/agreement/list-clients.ts';
import { planAppointment } from '../../commands/agreement/plan-appointment.ts';
import { readClientAgreement } from '../../commands/agreement/read-agreement.ts';
import { recordAppointment } from '../../commands/agreement/record-appointment.ts';
import { recordInvoice } from '../../commands/agreement/record-invoice.ts';
import { recordPlanEvaluation } from '../../commands/agreement/record-plan-evaluation.ts';
import { savePlanVersion } from '../../commands/agreement/save-plan-version.ts';
import { startTermination } from '../../commands/agreement/start-termination.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { userOf } from '../../commands/pipeline/resources.ts';
import { contextOf } from '../../requests/context.ts';
import { enumParam, integerParam, uuidParam } from '../../requests/query.ts';
import { commandHandler, idAndBody } from '../command-handler.ts';
import { errorResponses, idParams, paging, type IdParams, type Query } from '../schemas.ts';

// The care agreement of seed 004 (decision 0018): clients with an agreement, their appointments,
// invoices, support plan and the agreement's end, and a termination case with the agreement's
// records as evidence. Bodies are checked by the commands (400 with the JSON path of each field).

const pdfResponse = { 200: { description: 'PDF.', type: 'string', format: 'binary' }, ...errorResponses } as const;

const created = { 201: { type: 'object', properties: { id: { type: 'string' } } }, 409: { description: 'Bestaat al (een maand die al gefactureerd is, een einde dat al is vastgelegd).' }, ...errorResponses };
const anyBody = (description: string) => ({ type: 'object', description, additionalProperties: true });

function presentAgreement(view: AgreementView) {
  return {
    client: { id: view.agreement.clientId, ...view.agreement.client },
    startedOn: view.agreement.startedOn,
    municipalityCode: view.agreement.municipalityCode,
    end: view.agreement.end,
    today: view.today,
    appointments: view.appointments.map((a) => ({ ...a.record, priceCents: a.priceCents, cancelBy: a.cancelBy, outcome: a.outcome })),
    municipalityContact: view.contact,
    invoices: view.invoices.map((i) => ({ ...i.record, state: i.state })),
    supportPlan: {
      versions: view.plan.record.versions,
      evaluations: view.plan.record.evaluations,
      currentVersion: view.plan.current?.version ?? null,
      nextEvaluation: view.plan.nextEvaluation ?? null,
    },
    cases: view.cases,
  };
}

export function clientRoutes(app: FastifyInstance): void {
  app.get(
    '/api/clients',
    {
      schema: { summary: 'Cliënten met een zorgovereenkomst', tags: ['zorgovereenkomst'], querystring: { type: 'object', properties: { ...paging } }, response: errorResponses },
      config: { access: { action: 'client.list', event: 'client.list' } },
    },
    async (request) => {
      const query = request.query as Query;
      const { total, clients } = await execute(contextOf(request), listClients, {
        limit: integerParam(query, 'limit', 25, 1, 100),
        offset: integerParam(query, 'offset', 0, 0, 10_000_000),
      });
      return { total, clients: clients.map((c) => ({ id: c.clientId, name: c.client.name, startedOn: c.startedOn, endedOn: c.end?.endedOn ?? null })) };
    },
  );

  app.post(
    '/api/clients',
    {
      schema: {
        summary: 'Nieuwe cliënt met zorgovereenkomst (regievoerder)',
        tags: ['zorgovereenkomst'],
        body: anyBody('{ client: { name, birthDate, hasRepresentative, address? }, startedOn: JJJJ-MM-DD, municipalityCode?: CBS-code, zoals "0171" }'),
        response: created,
      },
      config: { access: { action: 'agreement.manage', event: 'agreement.create' } },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { clientId } = await execute(ctx, createAgreement, { organisationId: userOf(ctx.actor).organisationId, body: request.body });
      return reply.status(201).send({ id: clientId });
    },
  );

  app.get<IdParams>(
    '/api/clients/:id',
    {
      schema: { summary: 'Zorgovereenkomst van een cliënt: afspraken, facturen, ondersteuningsplan, einde', tags: ['zorgovereenkomst'], params: idParams, response: errorResponses },
      config: { access: { action: 'agreement.read', event: 'agreement.read' } },
    },
    commandHandler(200, readClientAgreement, (request) => uuidParam(request.params.id, 'id') as string, presentAgreement),
  );

  app.post<IdParams>(
    '/api/clients/:id/appointments',
    {
      schema: {
        summary: 'Afspraak plannen',
        tags: ['zorgovereenkomst'],
        params: idParams,
        body: anyBody('{ start: "2026-03-30T10:00" (Nederlandse tijd) of met tijdzone, startFold?: earlier|later, durationMinutes, what, rateCentsPerHour, funding: municipality|client }'),
        response: created,
      },
      config: { access: { action: 'appointment.manage', event: 'appointment.plan' } },
    },
    commandHandler(201, planAppointment, idAndBody('clientId')),
  );

  app.post<IdParams>(
    '/api/appointments/:id/outcome',
    {
      schema: {
        summary: 'Afzegging of aanwezigheid van een afspraak vastleggen',
        description: 'Na de tweede no-show komt er één taak "neem contact op met de gemeente" (004 §7).',
        tags: ['zorgovereenkomst'],
        params: idParams,
        body: anyBody('{ kind: "cancellation", receivedAt, by: client|provider } of { kind: "attendance", attendance: attended|absent, forceMajeure?: tekst, sickSince?: JJJJ-MM-DD }'),
        response: { 200: { type: 'object', properties: { taskId: { type: ['string', 'null'] } } }, ...errorResponses },
      },
      config: { access: { action: 'appointment.manage', event: 'appointment.update' } },
    },
    async (request) => {
      const { taskId } = await execute(contextOf(request), recordAppointment, { appointmentId: uuidParam(request.params.id, 'id') as string, body: request.body });
      return { taskId: taskId ?? null };
    },
  );

  app.post<IdParams>(
    '/api/clients/:id/invoices',
    {
      schema: { summary: 'Factuur over een maand maken (regievoerder)', tags: ['zorgovereenkomst'], params: idParams, body: anyBody('{ month: JJJJ-MM, invoiceDate: JJJJ-MM-DD }'), response: created },
      config: { access: { action: 'invoice.manage', event: 'invoice.issue' } },
    },
    commandHandler(201, issueInvoice, idAndBody('clientId')),
  );

  app.post<IdParams>(
    '/api/invoices/:id/steps',
    {
      schema: {
        summary: 'Herinnering of betaling van een factuur vastleggen (regievoerder)',
        tags: ['zorgovereenkomst'],
        params: idParams,
        body: anyBody('{ kind: "reminder-sent", sentOn, statesCosts } of { kind: "reminder-received", receivedOn } of { kind: "payment", paidOn }'),
        response: { 204: { description: 'Gedaan.', type: 'null' }, ...errorResponses },
      },
      config: { access: { action: 'invoice.manage', event: 'invoice.update' } },
    },
    commandHandler(204, recordInvoice, (request) => ({ invoiceId: uuidParam(request.params.id, 'id') as string, body: request.body })),
  );

  app.post<IdParams>(
    '/api/clients/:id/support-plan',
    {
      schema: {
        summary: 'Nieuwe versie van het ondersteuningsplan',
        tags: ['zorgovereenkomst'],
        params: idParams,
        body: anyBody('{ agreedOn, goals: [tekst], agreements: [tekst], clientDoes: [tekst], informalCarers: [{ who, role }], informalCarersDeclined, support: [{ what, amount, paidBy, rateCentsPerHour? }], clientSupporterPointedOut }'),
        response: created,
      },
      config: { access: { action: 'support-plan.manage', event: 'support-plan.update' } },
    },
    commandHandler(201, savePlanVersion, idAndBody('clientId')),
  );

  app.post<IdParams>(
    '/api/clients/:id/support-plan/evaluations',
    {
      schema: { summary: 'Evaluatie van het ondersteuningsplan vastleggen', tags: ['zorgovereenkomst'], params: idParams, body: anyBody('{ date, withClient, note? }'), response: created },
      config: { access: { action: 'support-plan.manage', event: 'support-plan.evaluate' } },
    },
    commandHandler(201, recordPlanEvaluation, idAndBody('clientId')),
  );

  app.post<IdParams>(
    '/api/clients/:id/end',
    {
      schema: {
        summary: 'Einde van de overeenkomst vastleggen (regievoerder)',
        description: 'Geplande afspraken na het einde vervallen zonder kosten; openstaande facturen blijven staan (004 §1).',
        tags: ['zorgovereenkomst'],
        params: idParams,
        body: anyBody('{ kind: mutual-consent|goal-reached|indication-ended|term-expired|notice-by-client|notice-by-provider|court|death|provider-ceased, en de datum van die soort }'),
        response: errorResponses,
      },
      config: { access: { action: 'agreement.manage', event: 'agreement.end' } },
    },
    commandHandler(200, endClientAgreement, idAndBody('clientId')),
  );

  app.post<IdParams>(
    '/api/clients/:id/termination',
    {
      schema: {
        summary: 'Zorgbeëindiging starten voor deze cliënt (regievoerder)',
        description: 'Een casus onder de voorwaarden van de aanbieder (ONL) of het protocol van de gemeente, met de no-shows en onbetaalde facturen als bewijs.',
        tags: ['zorgovereenkomst'],
        params: idParams,
        body: anyBody('{ procedure?: beeindiging|opschorting, regime?: onl-wmo (standaard)|groningen-wmo|gemeente-bijlage6 }'),
        response: created,
      },
      config: { access: { action: 'case.create', event: 'case.create' } },
    },
    async (request, reply) => {
      const created = await execute(contextOf(request), startTermination, { clientId: request.params.id, body: request.body ?? {} });
      return reply.status(201).send({ id: created.caseId });
    },
  );

  app.get<IdParams>(
    '/api/clients/:id/support-plan.pdf',
    {
      schema: { summary: 'Kopie van het ondersteuningsplan voor de cliënt (brief, PDF)', tags: ['zorgovereenkomst'], params: idParams, response: pdfResponse },
      config: { access: { action: 'agreement.read', event: 'document.download' } },
    },
    async (request, reply) => {
      const pdf = await execute(contextOf(request), downloadAgreementLetter, { clientId: uuidParam(request.params.id, 'id') as string, letter: 'support-plan' });
      return sendPdf(reply, pdf, `ondersteuningsplan-${request.params.id}.pdf`);
    },
  );

  app.get<IdParams>(
    '/api/invoices/:id/letter.pdf',
    {
      schema: {
        summary: 'Brief bij een factuur (PDF): de factuur, de betalingsherinnering of rente en incassokosten',
        tags: ['zorgovereenkomst'],
        params: idParams,
        querystring: { type: 'object', properties: { step: { type: 'string', enum: INVOICE_LETTERS, default: 'invoice' } } },
        response: pdfResponse,
      },
      config: { access: { action: 'agreement.read', event: 'document.download' } },
    },
    async (request, reply) => {
      const step = enumParam(request.query as Query, 'step', INVOICE_LETTERS) ?? 'invoice';
      const pdf = await execute(contextOf(request), downloadAgreementLetter, { invoiceId: uuidParam(request.params.id, 'id') as string, letter: step });
      return sendPdf(reply, pdf, `${step}-${request.params.id}.pdf`);
    },
  );
}

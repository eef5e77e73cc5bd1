import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CLIENT_NOT_FOUND } from '../../commands/agreement/agreement.ts';
import { createAgreement } from '../../commands/agreement/create-agreement.ts';
import { downloadAgreementLetter } from '../../commands/agreement/download-agreement-letter.ts';
import { INVOICE_LETTERS } from '../../domain/agreement/letters.ts';
import { endClientAgreement } from '../../commands/agreement/end-agreement.ts';
import { issueInvoice } from '../../commands/agreement/issue-invoice.ts';
import { listClients } from '../../commands/agreement/list-clients.ts';
import { planAppointment } from '../../commands/agreement/plan-appointment.ts';
import { readClientAgreement } from '../../commands/agreement/read-agreement.ts';
import { APPOINTMENT_NOT_FOUND, recordAppointment } from '../../commands/agreement/record-appointment.ts';
import { INVOICE_NOT_FOUND, recordInvoice } from '../../commands/agreement/record-invoice.ts';
import { recordPlanEvaluation } from '../../commands/agreement/record-plan-evaluation.ts';
import { savePlanVersion } from '../../commands/agreement/save-plan-version.ts';
import { startTermination } from '../../commands/agreement/start-termination.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { userOf } from '../../commands/pipeline/resources.ts';
import { parseEuroAmount } from '../../domain/agreement/money.ts';
import { InvalidInputError, NotFoundError } from '../../domain/errors.ts';
import { can } from '../../policy/policy.ts';
import { contextOf } from '../../requests/context.ts';
import { enumParam, integerParam } from '../../requests/query.ts';
import { isUuid } from '../../store/ids.ts';
import type { FormValues } from '../entry-forms.ts';
import { html } from '../errors.ts';
import { clientListPage, clientPage, newClientPage, TABS, type Tab } from '../pages/clients.ts';
import type { PageUser } from '../presenters.ts';
import { text } from './form-values.ts';

// Cliënten (decision 0018): the pages over the same agreement commands as the API. A form is turned
// into the API's body here; a refusal names the field by its Dutch label on the error page.

const PAGE_SIZE = 25;


type Query = Record<string, string | string[] | undefined>;
type Form = { Params: { id: string; item?: string; tab?: string }; Body: FormValues };

const user = (request: FastifyRequest) => request.pageUser as PageUser;

/** The Dutch label of each field a form posts, for the refusal's page. */
const LABELS: Record<string, string> = {
  client: 'Cliënt',
  'client.name': 'Naam van de cliënt',
  'client.birthDate': 'Geboortedatum',
  'client.address': 'Adres',
  'client.salutation': 'Aanhef in brieven',
  startedOn: 'Eerste dag van de overeenkomst',
  municipalityCode: 'Gemeentecode',
  start: 'Begin',
  durationMinutes: 'Duur in minuten',
  what: 'Welke ondersteuning',
  rateCentsPerHour: 'Tarief per uur',
  funding: 'Wie betaalt',
  receivedAt: 'Wanneer kwam de afmelding binnen',
  by: 'Wie zegt af',
  attendance: 'Kwam de cliënt',
  forceMajeure: 'Overmacht',
  sickSince: 'Ziek sinds',
  month: 'Maand',
  invoiceDate: 'Factuurdatum',
  sentOn: 'Verstuurd op',
  receivedOn: 'Ontvangen op',
  paidOn: 'Betaald op',
  agreedOn: 'Afgesproken op',
  goals: 'Doelen',
  agreements: 'Afspraken',
  clientDoes: 'Wat de cliënt zelf doet',
  informalCarers: 'Mantelzorgers en vrijwilligers',
  support: 'Ondersteuning',
  clientSupporterPointedOut: 'Cliëntondersteuner',
  date: 'Datum',
  withClient: 'Samen met de cliënt',
  note: 'Wat is besproken',
  kind: 'Soort',
  requestedEndDate: 'Gevraagde einddatum',
  agreedEndDate: 'Datum',
  indicationEndDate: 'Datum',
  agreedUntil: 'Datum',
  dissolvedOn: 'Datum',
  diedOn: 'Datum',
  cause: 'Wat is er gebeurd',
  procedure: 'Soort',
  regime: 'Welke regels gelden',
};

/** Runs a form's command; a refusal names each field by its label instead of its JSON path. */
async function submit<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    throw new InvalidInputError(
      error.issues.map((i) => {
        const name = i.path.replace(/^\$\.?/, '').replace(/\[\d+\]/g, '');
        return { ...i, path: LABELS[name] ?? LABELS[name.split('.')[0] ?? ''] ?? 'Formulier' };
      }),
    );
  }
}

const lines = (value: string) => value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
const optional = (values: FormValues, name: string) => (text(values, name) === '' ? {} : { [name]: text(values, name) });
const euros = (value: string, path: string) => (value === '' ? undefined : parseEuroAmount(value, path));

function clientId(request: FastifyRequest<Form>): string {
  if (!isUuid(request.params.id)) throw new NotFoundError(CLIENT_NOT_FOUND);
  return request.params.id;
}

const back = (reply: FastifyReply, id: string, tab: Tab, anchor = '') => reply.redirect(`/clienten/${id}/${tab}${anchor}`, 303);

async function showClient(request: FastifyRequest<Form>, reply: FastifyReply, tab: Tab) {
  const ctx = contextOf(request);
  const view = await execute(ctx, readClientAgreement, clientId(request));
  const resource = { kind: 'client' as const, organisationId: view.agreement.organisationId, clientId: view.agreement.clientId };
  const may = {
    appointments: can(ctx.actor, 'appointment.manage', resource),
    invoices: can(ctx.actor, 'invoice.manage', resource),
    plan: can(ctx.actor, 'support-plan.manage', resource),
    agreement: can(ctx.actor, 'agreement.manage', resource),
    startCase: can(ctx.actor, 'case.create', resource),
  };
  return html(reply, clientPage({ user: user(request), csrfToken: reply.generateCsrf(), view, tab, may }));
}

export function clientPages(app: FastifyInstance): void {
  app.get('/clienten', { config: { access: { action: 'client.list', event: 'client.list', area: 'clients' } } }, async (request, reply) => {
    const ctx = contextOf(request);
    const pageNumber = integerParam(request.query as Query, 'pagina', 1, 1, 1_000_000);
    const { total, clients } = await execute(ctx, listClients, { limit: PAGE_SIZE, offset: (pageNumber - 1) * PAGE_SIZE });
    const mayAdd = ctx.actor.kind === 'user' && can(ctx.actor, 'agreement.manage', { kind: 'organisation', organisationId: ctx.actor.organisationId });
    return html(reply, clientListPage({ user: user(request), csrfToken: reply.generateCsrf(), total, clients, page: pageNumber, pageSize: PAGE_SIZE, mayAdd }));
  });

  app.get('/clienten/nieuw', { config: { access: { action: 'agreement.manage', event: 'area.enter', area: 'new-client' } } }, async (request, reply) =>
    html(reply, newClientPage({ user: user(request), csrfToken: reply.generateCsrf() })),
  );

  app.post<Form>('/clienten/nieuw', { config: { access: { action: 'agreement.manage', event: 'agreement.create', area: 'new-client' } } }, async (request, reply) => {
    const ctx = contextOf(request);
    const f = request.body ?? {};
    const body = {
      client: { name: text(f, 'clientName'), birthDate: text(f, 'birthDate'), hasRepresentative: text(f, 'hasRepresentative') === 'ja', ...optional(f, 'address'), ...optional(f, 'salutation') },
      startedOn: text(f, 'startedOn'),
      ...optional(f, 'municipalityCode'),
    };
    const { clientId: id } = await submit(() => execute(ctx, createAgreement, { organisationId: userOf(ctx.actor).organisationId, body }));
    return back(reply, id, 'afspraken');
  });

  app.get<Form>('/clienten/:id', { config: { access: { action: 'agreement.read', event: 'agreement.read', area: 'clients' } } }, (request, reply) =>
    showClient(request, reply, 'afspraken'),
  );

  app.get<Form>('/clienten/:id/:tab', { config: { access: { action: 'agreement.read', event: 'agreement.read', area: 'clients' } } }, (request, reply) => {
    const tab = request.params.tab as string;
    if (!Object.hasOwn(TABS, tab)) throw new NotFoundError(CLIENT_NOT_FOUND);
    return showClient(request, reply, tab as Tab);
  });

  app.get<Form>('/clienten/:id/ondersteuningsplan.pdf', { config: { access: { action: 'agreement.read', event: 'document.download', area: 'clients' } } }, async (request, reply) => {
    const pdf = await execute(contextOf(request), downloadAgreementLetter, { clientId: clientId(request), letter: 'support-plan' });
    return reply.header('content-type', 'application/pdf').header('content-disposition', 'inline; filename="ondersteuningsplan.pdf"').send(pdf);
  });

  app.get<Form>('/clienten/:id/facturen/:item/brief.pdf', { config: { access: { action: 'agreement.read', event: 'document.download', area: 'clients' } } }, async (request, reply) => {
    clientId(request);
    const invoiceId = request.params.item as string;
    if (!isUuid(invoiceId)) throw new NotFoundError(INVOICE_NOT_FOUND);
    const step = enumParam(request.query as Query, 'stap', INVOICE_LETTERS) ?? 'invoice';
    const pdf = await execute(contextOf(request), downloadAgreementLetter, { invoiceId, letter: step });
    return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="${step}.pdf"`).send(pdf);
  });

  app.post<Form>('/clienten/:id/afspraken', { config: { access: { action: 'appointment.manage', event: 'appointment.plan', area: 'clients' } } }, async (request, reply) => {
    const f = request.body ?? {};
    const id = clientId(request);
    const { id: appointmentId } = await submit(async () =>
      execute(contextOf(request), planAppointment, {
        clientId: id,
        body: { start: text(f, 'start'), durationMinutes: text(f, 'durationMinutes'), what: text(f, 'what'), rateCentsPerHour: euros(text(f, 'rate'), '$.rateCentsPerHour'), funding: text(f, 'funding') },
      }),
    );
    return back(reply, id, 'afspraken', `#afspraak-${appointmentId}`);
  });

  app.post<Form>('/clienten/:id/afspraken/:item', { config: { access: { action: 'appointment.manage', event: 'appointment.update', area: 'clients' } } }, async (request, reply) => {
    const f = request.body ?? {};
    const id = clientId(request);
    const appointmentId = request.params.item as string;
    if (!isUuid(appointmentId)) throw new NotFoundError(APPOINTMENT_NOT_FOUND);
    const body =
      text(f, 'kind') === 'cancellation'
        ? { kind: 'cancellation', receivedAt: text(f, 'receivedAt'), by: text(f, 'by') }
        : { kind: text(f, 'kind'), attendance: text(f, 'attendance'), ...optional(f, 'forceMajeure'), ...optional(f, 'sickSince') };
    await submit(() => execute(contextOf(request), recordAppointment, { appointmentId, body }));
    return back(reply, id, 'afspraken', `#afspraak-${appointmentId}`);
  });

  app.post<Form>('/clienten/:id/facturen', { config: { access: { action: 'invoice.manage', event: 'invoice.issue', area: 'clients' } } }, async (request, reply) => {
    const f = request.body ?? {};
    const id = clientId(request);
    const { id: invoiceId } = await submit(() => execute(contextOf(request), issueInvoice, { clientId: id, body: { month: text(f, 'month'), invoiceDate: text(f, 'invoiceDate') } }));
    return back(reply, id, 'facturen', `#factuur-${invoiceId}`);
  });

  app.post<Form>('/clienten/:id/facturen/:item', { config: { access: { action: 'invoice.manage', event: 'invoice.update', area: 'clients' } } }, async (request, reply) => {
    const f = request.body ?? {};
    const id = clientId(request);
    const invoiceId = request.params.item as string;
    if (!isUuid(invoiceId)) throw new NotFoundError(INVOICE_NOT_FOUND);
    const body = { kind: text(f, 'kind'), ...optional(f, 'sentOn'), statesCosts: text(f, 'statesCosts') === 'ja', ...optional(f, 'receivedOn'), ...optional(f, 'paidOn') };
    await submit(() => execute(contextOf(request), recordInvoice, { invoiceId, body }));
    return back(reply, id, 'facturen', `#factuur-${invoiceId}`);
  });

  app.post<Form>('/clienten/:id/ondersteuningsplan', { config: { access: { action: 'support-plan.manage', event: 'support-plan.update', area: 'clients' } } }, async (request, reply) => {
    const f = request.body ?? {};
    const id = clientId(request);
    await submit(async () => {
      const rate = euros(text(f, 'supportRate'), '$.support[0].rateCentsPerHour');
      const body = {
        agreedOn: text(f, 'agreedOn'),
        goals: lines(text(f, 'goals')),
        agreements: lines(text(f, 'agreements')),
        clientDoes: lines(text(f, 'clientDoes')),
        informalCarers: lines(text(f, 'informalCarers')).map((line) => {
          const [who = '', ...role] = line.split(':');
          return { who: who.trim(), role: role.join(':').trim() };
        }),
        informalCarersDeclined: text(f, 'informalCarersDeclined') === 'ja',
        support: [{ what: text(f, 'supportWhat'), amount: text(f, 'supportAmount'), paidBy: text(f, 'supportPaidBy'), ...(rate !== undefined ? { rateCentsPerHour: rate } : {}) }],
        clientSupporterPointedOut: text(f, 'clientSupporterPointedOut') === 'ja',
      };
      return execute(contextOf(request), savePlanVersion, { clientId: id, body });
    });
    return back(reply, id, 'ondersteuningsplan');
  });

  app.post<Form>('/clienten/:id/evaluaties', { config: { access: { action: 'support-plan.manage', event: 'support-plan.evaluate', area: 'clients' } } }, async (request, reply) => {
    const f = request.body ?? {};
    const id = clientId(request);
    await submit(() => execute(contextOf(request), recordPlanEvaluation, { clientId: id, body: { date: text(f, 'date'), withClient: text(f, 'withClient'), ...optional(f, 'note') } }));
    return back(reply, id, 'ondersteuningsplan');
  });

  app.post<Form>('/clienten/:id/einde', { config: { access: { action: 'agreement.manage', event: 'agreement.end', area: 'clients' } } }, async (request, reply) => {
    const f = request.body ?? {};
    const id = clientId(request);
    const kind = text(f, 'kind');
    // The one date field of the form is the date each kind of end names.
    const dateField: Record<string, string> = {
      'mutual-consent': 'agreedEndDate',
      'goal-reached': 'date',
      'indication-ended': 'indicationEndDate',
      'term-expired': 'agreedUntil',
      'notice-by-client': 'receivedOn',
      'notice-by-provider': 'receivedOn',
      court: 'dissolvedOn',
      death: 'diedOn',
      'provider-ceased': 'date',
    };
    const body = { kind, [dateField[kind] ?? 'date']: text(f, 'date'), ...optional(f, 'requestedEndDate'), ...optional(f, 'cause') };
    await submit(() => execute(contextOf(request), endClientAgreement, { clientId: id, body }));
    return back(reply, id, 'overeenkomst');
  });

  app.post<Form>('/clienten/:id/zorgbeeindiging', { config: { access: { action: 'case.create', event: 'case.create', area: 'clients' } } }, async (request, reply) => {
    const id = clientId(request);
    const created = await submit(() => execute(contextOf(request), startTermination, { clientId: id, body: { procedure: text(request.body, 'procedure'), ...optional(request.body ?? {}, 'regime') } }));
    return reply.redirect(`/casussen/${created.caseId}`, 303);
  });
}

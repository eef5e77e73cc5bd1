import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { todayOf } from '../../commands/pipeline/context.ts';
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
import { requestResource } from '../../commands/requests/request-resource.ts';
import { submitRequest } from '../../commands/requests/submit-request.ts';
import { withdrawRequest } from '../../commands/requests/withdraw-request.ts';
import { ConflictError, InvalidInputError, type ValidationIssue } from '../../domain/errors.ts';
import { can } from '../../policy/policy.ts';
import { contextOf } from '../../requests/context.ts';
import { nextCursor } from '../../requests/cursor.ts';
import { integerParam } from '../../requests/query.ts';
import { requestListParams } from '../../requests/request-list-params.ts';
import type { RequestDocument } from '../../store/funder-requests.ts';
import type { FormValues } from '../entry-forms.ts';
import { html } from '../errors.ts';
import { forPeople } from '../messages.ts';
import { contractsPage } from '../pages/contracts.ts';
import { messagePage } from '../pages/message.ts';
import { REGIMES } from '../../domain/dossier/types.ts';
import { findRegime } from '../../domain/protocols/registry.ts';
import { requestPage, requestsPage, type PageIssue, type PostedForm } from '../pages/requests.ts';
import type { PageUser } from '../presenters.ts';
import { text } from './form-values.ts';

// The request to the funder on the pages: the inbox, one request and its forms, the submit form on
// the case page, the PDFs, and the beheerder's contracts. Every form runs the same command as the
// API; a refused one shows the request again with the reasons in Dutch, and changes nothing.

type Query = Record<string, string | string[] | undefined>;

const PAGE_SIZE = 25;
type IdParams = { Params: { id: string } };

const user = (request: FastifyRequest) => request.pageUser as PageUser;

/** The form fields by their path in the command's input, for the reasons a refusal gives. */
const FIELD_LABELS: Record<string, string> = {
  '$.continuityProposal': 'Continuïteit tot het besluit',
  '$.overrideReason': 'Reden',
  '$.funderOrganisationId': 'Financier',
  '$.question': 'Vraag',
  '$.answer': 'Antwoord',
  '$.with': 'Met wie',
  '$.heldOn': 'Datum',
  '$.summary': 'Wat er is gezegd',
  '$.wellFounded': 'Gegrond',
  '$.reasoning': 'Motivering',
  '$.outcome': 'Besluit',
  '$.reasons': 'Redenen',
  '$.reason': 'Reden van intrekken',
  '$.organisationId': 'Organisatie',
  '$.regime': 'Regime',
};

/** How a field is filled in, so the sentence says what to do: choose, or fill in (a date with an example). */
const FIELD_KINDS: Record<string, string> = { '$.outcome': 'choice', '$.with': 'choice', '$.wellFounded': 'yesno', '$.heldOn': 'date' };

/** The reasons of a refusal in words for people ('Vul de reden van intrekken in'), never a JSON path or a code. */
function sentence(issue: ValidationIssue): string {
  const label = FIELD_LABELS[issue.path];
  if (label === undefined) return forPeople(issue.message);
  const kind = FIELD_KINDS[issue.path] ?? 'text';
  // The API names the codes it takes ('moet een van accepted, …'); a page says what to choose.
  if (/^moet een van |^moet '.*' of '.*' zijn|^moet true of false zijn/.test(issue.message)) return forPeople('is verplicht', { label, kind });
  if (kind === 'date' && /^moet een datum zijn/.test(issue.message)) return `Vul ${label.toLowerCase() === 'datum' ? 'een datum' : `de ${label.toLowerCase()}`} in als 4-12-2026`;
  return forPeople(issue.message, { label, kind });
}

function sentences(issues: readonly ValidationIssue[]): string[] {
  return issues.map(sentence);
}

/** A refusal on the request page: each reason linked to the field it is about (the form's own ids). */
function pageIssues(issues: readonly ValidationIssue[], fields: Readonly<Record<string, string>>): PageIssue[] {
  return issues.map((i) => ({ text: sentence(i), ...(fields[i.path] !== undefined ? { field: fields[i.path] } : {}) }));
}

const DECISION_FIELDS = {
  '$.outcome': 'outcome-0',
  '$.reasons': 'besluit-redenen',
  '$.conditions': 'besluit-voorwaarden',
  '$.continuity': 'besluit-continuiteit',
  '$.overrideReason': 'besluit-reden',
};

const yes = (values: FormValues | undefined, name: string) => text(values, name) === 'ja';
const optional = (values: FormValues | undefined, name: string) => (text(values, name).trim() === '' ? undefined : text(values, name));

async function showRequest(request: FastifyRequest, reply: FastifyReply, requestId: string, refused?: { issues: readonly PageIssue[]; posted: PostedForm }, status = 200) {
  const ctx = contextOf(request);
  const view = await execute(ctx, readRequest, { requestId });
  const resource = requestResource(view.request);
  const may = { review: can(ctx.actor, 'request.review', resource), advise: can(ctx.actor, 'request.advise', resource), respond: can(ctx.actor, 'request.respond', resource) };
  const model = { ...view, may, today: todayOf(ctx), ...(refused !== undefined ? refused : {}) };
  return html(reply, requestPage({ user: user(request), csrfToken: reply.generateCsrf(), model }), status);
}

/**
 * Runs a form's command; back to the request on success, the request with the reasons on a
 * refusal, the form filled in as it was posted (`form`: which one; `fields`: its ids by input path).
 */
async function onRequest(
  request: FastifyRequest<IdParams & { Body: FormValues }>,
  reply: FastifyReply,
  run: () => Promise<unknown>,
  anchor: string,
  form: PostedForm['form'],
  fields: Readonly<Record<string, string>>,
) {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof InvalidInputError) && !(error instanceof ConflictError)) throw error;
    const refused = { issues: pageIssues(error.issues, fields), posted: { form, values: request.body } };
    return showRequest(request, reply, request.params.id, refused, error instanceof InvalidInputError ? 400 : 409);
  }
  return reply.redirect(`/verzoeken/${request.params.id}${anchor}`, 303);
}

export function requestPages(app: FastifyInstance): void {
  app.get('/verzoeken', { config: { access: { action: 'request.list', event: 'request.list', area: 'requests' } } }, async (request, reply) => {
    const query = request.query as Query;
    const pageNumber = integerParam(query, 'pagina', 1, 1, 1_000_000);
    const filters = requestListParams(query, { limit: PAGE_SIZE, offset: (pageNumber - 1) * PAGE_SIZE, cursor: 'na' }, true);
    const ctx = contextOf(request);
    const { total, exact, requests, next } = await execute(ctx, listFunderRequests, filters);
    const funder = ctx.actor.kind === 'user' && ctx.actor.organisationKind !== 'provider';
    // A funder's filter lists the regimes of its own kind only (a municipality never decides on VGZ's).
    const kind = ctx.actor.kind === 'user' ? ctx.actor.organisationKind : undefined;
    const regimes = REGIMES.filter((r) => {
      const regime = findRegime(r);
      return regime?.funder !== undefined && (!funder || regime.funderKind === kind);
    });
    return html(
      reply,
      requestsPage({ user: user(request), csrfToken: reply.generateCsrf(), requests, filters, funder, regimes, today: todayOf(ctx), page: pageNumber, pageSize: PAGE_SIZE, total: { total, exact }, next: nextCursor(next) }),
    );
  });

  app.get<IdParams>('/verzoeken/:id', { config: { access: { action: 'request.read', event: 'request.read' } } }, async (request, reply) =>
    showRequest(request, reply, request.params.id),
  );

  for (const [which, path] of [
    ['request', '/verzoeken/:id/verzoek.pdf'],
    ['decision', '/verzoeken/:id/besluit.pdf'],
    ['objection-decision', '/verzoeken/:id/besluit-op-bezwaar.pdf'],
  ] as const satisfies readonly (readonly [RequestDocument, string])[]) {
    app.get<IdParams>(path, { config: { access: { action: 'request.read', event: 'request.download' } } }, async (request, reply) => {
      const pdf = await execute(contextOf(request), downloadRequestDocument, { requestId: request.params.id, which });
      return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="${which}-${request.params.id}.pdf"`).send(pdf);
    });
  }

  app.post<IdParams & { Body: FormValues }>('/casussen/:id/verzoek', { config: { access: { action: 'request.submit', event: 'request.submit' } } }, async (request, reply) => {
    const body = { continuityProposal: text(request.body, 'continuityProposal'), noOtherProvider: yes(request.body, 'noOtherProvider'), overrideReason: optional(request.body, 'overrideReason') };
    try {
      const submitted = await execute(contextOf(request), submitRequest, { caseId: request.params.id, body });
      return reply.redirect(`/verzoeken/${submitted.id}`, 303);
    } catch (error) {
      if (!(error instanceof InvalidInputError) && !(error instanceof ConflictError)) throw error;
      const page = messagePage({
        user: user(request),
        csrfToken: reply.generateCsrf(),
        title: 'Verzoek niet ingediend',
        text: `Er is niets ingediend. ${sentences(error.issues).join(' ')}`,
        link: { href: `/casussen/${request.params.id}#verzoek-kop`, label: 'Terug naar de casus' },
      });
      return html(reply, page, error instanceof InvalidInputError ? 400 : 409);
    }
  });

  app.post<IdParams & { Body: FormValues }>('/verzoeken/:id/vragen', { config: { access: { action: 'request.review', event: 'request.question' } } }, async (request, reply) =>
    onRequest(request, reply, () => execute(contextOf(request), askQuestion, { requestId: request.params.id, body: { question: text(request.body, 'question') } }), '#vragen-kop', 'question', {
      '$.question': 'vraag',
    }),
  );

  app.post<{ Params: { id: string; qid: string }; Body: FormValues }>(
    '/verzoeken/:id/vragen/:qid/antwoord',
    { config: { access: { action: 'request.respond', event: 'request.answer' } } },
    async (request, reply) =>
      onRequest(
        request,
        reply,
        () => execute(contextOf(request), answerQuestion, { requestId: request.params.id, questionId: request.params.qid, body: { answer: text(request.body, 'answer') } }),
        `#vraag-${request.params.qid}`,
        'answer',
        { '$.answer': `antwoord-${request.params.qid}` },
      ),
  );

  app.post<IdParams & { Body: FormValues }>('/verzoeken/:id/wederhoor', { config: { access: { action: 'request.review', event: 'request.hearing' } } }, async (request, reply) =>
    onRequest(request, reply, () =>
      execute(contextOf(request), recordHearing, {
        requestId: request.params.id,
        body: { with: text(request.body, 'with'), heldOn: text(request.body, 'heldOn'), summary: text(request.body, 'summary') },
      }),
      '',
      'hearing',
      { '$.with': 'with-0', '$.heldOn': 'wederhoor-datum', '$.summary': 'wederhoor-tekst' },
    ),
  );

  app.post<IdParams & { Body: FormValues }>('/verzoeken/:id/medisch-advies', { config: { access: { action: 'request.advise', event: 'request.medical-advice' } } }, async (request, reply) => {
    const answer = text(request.body, 'wellFounded');
    const wellFounded = answer === 'ja' ? true : answer === 'nee' ? false : undefined;
    return onRequest(request, reply, () =>
      execute(contextOf(request), recordMedicalAdvice, { requestId: request.params.id, body: { wellFounded, reasoning: text(request.body, 'reasoning') } }),
      '',
      'advice',
      { '$.wellFounded': 'wellFounded-0', '$.reasoning': 'advies-tekst' },
    );
  });

  app.post<IdParams & { Body: FormValues }>('/verzoeken/:id/besluit', { config: { access: { action: 'request.review', event: 'request.decide' } } }, async (request, reply) =>
    onRequest(
      request,
      reply,
      () =>
        execute(contextOf(request), decideRequest, {
          requestId: request.params.id,
          body: {
            outcome: text(request.body, 'outcome'),
            reasons: text(request.body, 'reasons'),
            conditions: optional(request.body, 'conditions'),
            continuity: optional(request.body, 'continuity'),
            referredToAccess: yes(request.body, 'referredToAccess'),
            igjPointed: yes(request.body, 'igjPointed'),
            pgbOffered: yes(request.body, 'pgbOffered'),
            overrideReason: optional(request.body, 'overrideReason'),
          },
        }),
      '#besluit-kop',
      'decision',
      DECISION_FIELDS,
    ),
  );

  app.post<IdParams & { Body: FormValues }>('/verzoeken/:id/bezwaar', { config: { access: { action: 'request.respond', event: 'request.objection' } } }, async (request, reply) =>
    onRequest(request, reply, () => execute(contextOf(request), fileObjection, { requestId: request.params.id, body: { reasons: text(request.body, 'reasons') } }), '#besluit-kop', 'objection', {
      '$.reasons': 'bezwaar-tekst',
    }),
  );

  app.post<IdParams & { Body: FormValues }>('/verzoeken/:id/intrekken', { config: { access: { action: 'request.respond', event: 'request.withdraw' } } }, async (request, reply) =>
    onRequest(request, reply, () => execute(contextOf(request), withdrawRequest, { requestId: request.params.id, body: { reason: text(request.body, 'reason') } }), '', 'withdraw', {
      '$.reason': 'intrekken-reden',
    }),
  );

  app.get('/beheer/contracten', { config: { access: { action: 'contract.manage', event: 'contract.list', area: 'contracts' } } }, async (request, reply) => {
    const listed = await execute(contextOf(request), listContracts, undefined);
    return html(reply, contractsPage({ user: user(request), csrfToken: reply.generateCsrf(), ...listed }));
  });

  for (const [path, cmd] of [
    ['/beheer/contracten', addContract],
    ['/beheer/contracten/beeindigen', endContract],
  ] as const) {
    app.post<{ Body: FormValues }>(path, { config: { access: { action: 'contract.manage', event: 'contract.change', area: 'contracts' } } }, async (request, reply) => {
      const body = { organisationId: text(request.body, 'organisationId'), regime: text(request.body, 'regime') };
      try {
        await execute(contextOf(request), cmd, body);
      } catch (error) {
        if (!(error instanceof InvalidInputError) && !(error instanceof ConflictError)) throw error;
        const listed = await execute(contextOf(request), listContracts, undefined);
        return html(reply, contractsPage({ user: user(request), csrfToken: reply.generateCsrf(), ...listed, issues: sentences(error.issues) }), error instanceof InvalidInputError ? 400 : 409);
      }
      return reply.redirect('/beheer/contracten', 303);
    });
  }
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { appendEntry } from '../../commands/cases/append-entry.ts';
import { exportDossier } from '../../commands/cases/export-dossier.ts';
import { DuplicateImportError, importDossier } from '../../commands/cases/import-dossier.ts';
import { listCases } from '../../commands/cases/list-cases.ts';
import { listResponsibleChoices } from '../../commands/cases/list-responsible-choices.ts';
import { openCase } from '../../commands/cases/open-case.ts';
import { changeCaseRouting } from '../../commands/cases/route-case.ts';
import { readAssessedCase } from '../../commands/cases/read-assessed-case.ts';
import { readCase } from '../../commands/cases/read-case.ts';
import { changeClientParticulars } from '../../commands/clients/change-client-particulars.ts';
import { readClientParticulars } from '../../commands/clients/read-client-particulars.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { userOf } from '../../commands/pipeline/resources.ts';
import { ENTRY_TYPES, type EntryType } from '../../domain/dossier/types.ts';
import { parseEntry, parseJson, untilToday } from '../../domain/dossier/validate.ts';
import { todayOf } from '../../commands/pipeline/context.ts';
import { ConflictError, InvalidInputError, type ValidationIssue } from '../../domain/errors.ts';
import { contextOf } from '../../requests/context.ts';
import { nextCursor } from '../../requests/cursor.ts';
import { contentDisposition } from '../../requests/file-name.ts';
import { parseCaseListParams } from '../case-list-params.ts';
import { entryFromForm, type FormValues } from '../entry-forms.ts';
import { html } from '../errors.ts';
import type { UploadedFile } from '../multipart.ts';
import { caseListPage } from '../pages/case-list.ts';
import { casePage } from '../pages/case.ts';
import { entryFormPage } from '../pages/entry-form.ts';
import { importPage } from '../pages/import.ts';
import { newCaseFromForm, newCasePage } from '../pages/new-case.ts';
import { particularsPage, type ParticularField } from '../pages/particulars.ts';
import { presentCase, presentCaseSummary, presentEntryFormCase, type PageUser } from '../presenters.ts';
import { text } from './form-values.ts';

// The cases area: Mijn casussen, opening and importing a case, the case page, its export, and the
// entry forms.

const PAGE_SIZE = 25;

type IdParams = { Params: { id: string } };

/** The client's particulars for letters, as the new-case form asks them (decision 0025). */
const CLIENT_PARTICULARS: readonly ParticularField[] = [
  { kind: 'text', name: 'address', label: 'Adres voor brieven', help: 'Straat en huisnummer, postcode en plaats, met komma’s: Kerkstraat 1, 9711 AA Groningen. Leeg: geen adres.', optional: true },
  {
    kind: 'text',
    name: 'salutation',
    label: 'Aanhef in brieven',
    help: 'Zoals de cliënt aangesproken wil worden, zonder komma: ‘Geachte heer Mulder’ of ‘Beste Jan’. Leeg: ‘Beste’ en de naam.',
    optional: true,
  },
];

const user = (request: FastifyRequest) => request.pageUser as PageUser;

const entryType = (value: string): EntryType => {
  if (!(ENTRY_TYPES as readonly string[]).includes(value)) {
    throw new InvalidInputError([{ path: 'soort', message: 'dit soort item bestaat niet; kies een soort item uit de lijst op de pagina van de casus' }]);
  }
  return value as EntryType;
};

/**
 * When the form itself already found a problem (an amount that is no amount), the domain has not
 * seen the entry yet; ask it too, so every problem is shown at once rather than one per attempt.
 */
function domainIssues(
  request: FastifyRequest,
  input: Record<string, unknown>,
  client: { birthDate: string },
  ids: readonly string[],
  formIssues: readonly ValidationIssue[],
): ValidationIssue[] {
  if (formIssues.length === 0) return [];
  try {
    parseEntry({ id: '_', ...input }, { client, existingIds: new Set(ids), latest: untilToday(todayOf(contextOf(request))) });
    return [];
  } catch (error) {
    if (error instanceof InvalidInputError) return error.issues;
    throw error;
  }
}

/** Who may be made responsible for a new case, and the one opening it (chosen by default). */
async function responsibleChoices(request: FastifyRequest) {
  const ctx = contextOf(request);
  return { staff: await execute(ctx, listResponsibleChoices, undefined), self: userOf(ctx.actor).userId };
}

export function casePages(app: FastifyInstance): void {
  app.get('/casussen', { config: { access: { action: 'case.list', event: 'case.list' } } }, async (request, reply) => {
    const params = parseCaseListParams(request.query as Record<string, string | string[] | undefined>);
    const { page, search, ...filters } = params;
    const result = await execute(contextOf(request), listCases, {
      ...filters,
      ...(search !== undefined ? { clientName: search } : {}),
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    return html(
      reply,
      caseListPage({ user: user(request), csrfToken: reply.generateCsrf(), params, total: { total: result.total, exact: result.exact }, cases: result.cases.map((c) => presentCaseSummary(c, todayOf(contextOf(request)))), pageSize: PAGE_SIZE, next: nextCursor(result.next) }),
    );
  });

  app.get('/casussen/nieuw', { config: { access: { action: 'case.create', event: 'area.enter', area: 'new-case' } } }, async (request, reply) =>
    html(reply, newCasePage({ user: user(request), csrfToken: reply.generateCsrf(), ...(await responsibleChoices(request)) })),
  );

  app.post<{ Body: FormValues }>('/casussen/nieuw', { config: { access: { action: 'case.create', event: 'case.create' } } }, async (request, reply) => {
    const ctx = contextOf(request);
    try {
      const created = await execute(ctx, openCase, { organisationId: userOf(ctx.actor).organisationId, body: newCaseFromForm(request.body) });
      return reply.redirect(`/casussen/${created.caseId}`, 303);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      return html(reply, newCasePage({ user: user(request), csrfToken: reply.generateCsrf(), ...(await responsibleChoices(request)), values: request.body, issues: error.issues }), 400);
    }
  });

  app.get('/casussen/importeren', { config: { access: { action: 'case.import', event: 'area.enter', area: 'import' } } }, async (request, reply) =>
    html(reply, importPage({ user: user(request), csrfToken: reply.generateCsrf() })),
  );

  app.post<{ Body: Record<string, string | UploadedFile | undefined> }>(
    '/casussen/importeren',
    { config: { access: { action: 'case.import', event: 'case.import' } } },
    async (request, reply) => {
      const ctx = contextOf(request);
      const body = request.body ?? {};
      // A confirmed import carries the document in the form that asked for the confirmation.
      const confirmed = body.bevestigd === 'ja' && typeof body.dossierTekst === 'string';
      const file = confirmed ? { name: String(body.bestandsnaam ?? 'dossier.json'), text: body.dossierTekst as string } : body.dossier;
      try {
        if (typeof file !== 'object' || file.text === '') {
          throw new InvalidInputError([{ path: 'bestand', message: 'kies een dossierbestand (.json)' }]);
        }
        const document = parseJson(file.text);
        const created = await execute(ctx, importDossier, { organisationId: userOf(ctx.actor).organisationId, document, confirmed });
        return reply.redirect(`/casussen/${created.caseId}`, 303);
      } catch (error) {
        const page = { user: user(request), csrfToken: reply.generateCsrf(), ...(typeof file === 'object' ? { fileName: file.name } : {}) };
        if (error instanceof DuplicateImportError && typeof file === 'object') {
          return html(reply, importPage({ ...page, pending: { caseIds: error.caseIds, text: file.text, fileName: file.name } }), 409);
        }
        if (!(error instanceof InvalidInputError)) throw error;
        return html(reply, importPage({ ...page, issues: error.issues }), 400);
      }
    },
  );

  app.get<IdParams & { Querystring: { volgorde?: string; opgeslagen?: string } }>(
    '/casussen/:id',
    { config: { access: { action: 'case.read', event: 'case.read' } } },
    async (request, reply) => {
      const model = presentCase(await execute(contextOf(request), readAssessedCase, request.params.id));
      const saved = request.query.opgeslagen;
      return html(reply, casePage({
        user: user(request),
        csrfToken: reply.generateCsrf(),
        case: model,
        order: request.query.volgorde === 'oudste' ? 'oudste' : 'nieuwste',
        ...(saved !== undefined && model.entries.some((e) => e.entry.id === saved) ? { saved } : {}),
      }));
    },
  );

  app.post<IdParams & { Body: FormValues }>(
    '/casussen/:id/verantwoordelijke',
    { config: { access: { action: 'case.route', event: 'case.route' } } },
    async (request, reply) => {
      const chosen = text(request.body, 'verantwoordelijke');
      await execute(contextOf(request), changeCaseRouting, { caseId: request.params.id, body: { responsibleUserId: chosen === '' ? null : chosen } });
      return reply.redirect(`/casussen/${request.params.id}`, 303);
    },
  );

  /** The form for the client's address and salutation, as stored or as posted with its issues. */
  const particularsForm = (request: FastifyRequest<IdParams>, reply: FastifyReply, name: string, values: FormValues, issues: readonly ValidationIssue[] = []) =>
    html(
      reply,
      particularsPage({
        user: user(request),
        csrfToken: reply.generateCsrf(),
        title: `Adres en aanhef van ${name}`,
        intro: 'Brieven die u hierna opstelt gebruiken het nieuwe adres en de nieuwe aanhef. Brieven die al zijn goedgekeurd, blijven zoals ze zijn.',
        back: { href: `/casussen/${request.params.id}`, label: `Terug naar de casus van ${name}` },
        action: `/casussen/${request.params.id}/adres`,
        fields: CLIENT_PARTICULARS,
        values,
        issues,
      }),
      issues.length > 0 ? 400 : 200,
    );

  app.get<IdParams>('/casussen/:id/adres', { config: { access: { action: 'client.update', event: 'case.read' } } }, async (request, reply) => {
    const client = await execute(contextOf(request), readClientParticulars, request.params.id);
    return particularsForm(request, reply, client.name, { address: client.address ?? '', salutation: client.salutation ?? '' });
  });

  app.post<IdParams & { Body: FormValues }>('/casussen/:id/adres', { config: { access: { action: 'client.update', event: 'client.update' } } }, async (request, reply) => {
    const values = { address: text(request.body, 'address').trim(), salutation: text(request.body, 'salutation').trim() };
    try {
      await execute(contextOf(request), changeClientParticulars, { caseId: request.params.id, body: values });
      return reply.redirect(`/casussen/${request.params.id}`, 303);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      const client = await execute(contextOf(request), readClientParticulars, request.params.id);
      return particularsForm(request, reply, client.name, values, error.issues);
    }
  });

  app.get<IdParams>('/casussen/:id/export', { config: { access: { action: 'case.export', event: 'case.export' } } }, async (request, reply) => {
    const doc = await execute(contextOf(request), exportDossier, request.params.id);
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', contentDisposition('attachment', `dossier ${doc.client.name}.json`))
      .send(`${JSON.stringify(doc, null, 2)}\n`);
  });

  /** The entry form of a case, empty or as it was posted with its issues. */
  const entryForm = async (
    request: FastifyRequest<IdParams>,
    reply: FastifyReply,
    type: EntryType,
    values: FormValues,
    issuesOf: (client: { birthDate: string }, ids: string[]) => ValidationIssue[] = () => [],
  ) => {
    const view = await execute(contextOf(request), readCase, request.params.id);
    const issues = issuesOf(view.case.client, view.entries.map((e) => e.entry.id));
    const page = entryFormPage({ user: user(request), csrfToken: reply.generateCsrf(), case: presentEntryFormCase(view), type, values, issues });
    return html(reply, page, issues.length > 0 ? 400 : 200);
  };

  app.get<IdParams & { Querystring: FormValues }>(
    '/casussen/:id/items/nieuw',
    { config: { access: { action: 'case.read', event: 'case.read' } } },
    async (request, reply) => {
      // A task of the task list opens the form with the fields its rule asks for already filled in.
      const { soort, taak: _task, ...start } = request.query;
      return entryForm(request, reply, entryType(typeof soort === 'string' ? soort : ''), start);
    },
  );

  app.post<IdParams & { Body: FormValues }>(
    '/casussen/:id/items',
    { config: { access: { action: 'entry.append', event: 'entry.append' } } },
    async (request, reply) => {
      const type = entryType(text(request.body, 'soort'));
      const { input, issues } = entryFromForm(type, request.body);
      try {
        if (issues.length > 0) throw new InvalidInputError(issues);
        const entry = await execute(contextOf(request), appendEntry, { caseId: request.params.id, entry: input });
        return reply.redirect(`/casussen/${request.params.id}?opgeslagen=${encodeURIComponent(entry.id)}#item-${entry.id}`, 303);
      } catch (error) {
        // A refusal by the dossier's state (a 307 before the acceptance, the funder's own act) is
        // shown on the form like bad input, with what was typed kept, rather than on a dead end.
        if (!(error instanceof InvalidInputError || error instanceof ConflictError)) throw error;
        return entryForm(request, reply, type, request.body, (client, ids) => [...error.issues, ...domainIssues(request, input, client, ids, issues)]);
      }
    },
  );
}

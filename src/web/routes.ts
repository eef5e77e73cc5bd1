import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { fileURLToPath } from 'node:url';
import { appendEntry } from '../commands/append-entry.ts';
import { createCalendarFeed, revokeCalendarFeed } from '../commands/calendar-feed.ts';
import { listDeadlines } from '../commands/deadline-overview.ts';
import { importDossier } from '../commands/import-dossier.ts';
import { listOwnCases } from '../commands/list-cases.ts';
import { myNotifications, readNotification } from '../commands/notifications.ts';
import { openCase } from '../commands/open-case.ts';
import { readAssessedCase } from '../commands/read-assessed-case.ts';
import { exportDossier, readCase, type CaseView } from '../commands/read-case.ts';
import { signIn } from '../commands/sign-in.ts';
import { signOut } from '../commands/sign-out.ts';
import { teamsOfMyOrganisation } from '../commands/teams.ts';
import { ENTRY_TYPES, type EntryType } from '../domain/dossier/types.ts';
import { parseEntry, parseJson } from '../domain/dossier/validate.ts';
import { ForbiddenError, InvalidInputError, NotFoundError, UnauthenticatedError, type ValidationIssue } from '../domain/errors.ts';
import { authorize, can } from '../policy/policy.ts';
import { calendarFeedUrl } from '../http/routes/deadlines.ts';
import { integerParam } from '../http/query.ts';
import type { Store } from '../store/database.ts';
import { isUuid } from '../store/ids.ts';
import type { SessionUser } from '../store/sessions.ts';
import { parseCaseListParams } from './case-list-params.ts';
import { parseDeadlineListParams } from './deadline-list-params.ts';
import { entryFromForm, type FormValues } from './entry-forms.ts';
import { casePage } from './pages/case.ts';
import { caseListPage } from './pages/case-list.ts';
import { entryFormPage } from './pages/entry-form.ts';
import { calendarFeedPage } from './pages/calendar-feed.ts';
import { deadlinesPage } from './pages/deadlines.ts';
import { notificationsPage } from './pages/notifications.ts';
import { importPage } from './pages/import.ts';
import { messagePage } from './pages/message.ts';
import { newCaseFromForm, newCasePage } from './pages/new-case.ts';
import { signInPage } from './pages/sign-in.ts';
import { navAllows } from './layout.ts';
import { clearSessionCookie, sessionIdOf, sessionUser, setSessionCookie, type WebUser } from './session.ts';
import { multipartFields, type UploadedFile } from './multipart.ts';

// The provider's web pages: server-rendered HTML over the same commands as the API, so every
// action passes the policy. Encapsulated as a Fastify plugin: its cookie, form parsing, CSRF check
// and HTML error pages apply to these routes only, never to the JSON API.

export interface WebOptions {
  store: Store;
}

declare module 'fastify' {
  interface FastifyRequest {
    sessionUser: WebUser | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean;
  }
}

const PAGE_SIZE = 25;
const nodeModules = (path: string) => fileURLToPath(new URL(`../../node_modules/${path}`, import.meta.url));

type IdParams = { Params: { id: string } };
type Query = Record<string, string | string[] | undefined>;
type Body = FormValues & { _csrf?: string };

function text(values: FormValues | undefined, name: string): string {
  const value = values?.[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** Only a path on this site, so the sign-in page cannot be made to send users elsewhere. */
function localPath(value: string): string | undefined {
  return /^\/(?![/\\])/.test(value) ? value : undefined;
}

function html(reply: FastifyReply, body: string, status = 200): FastifyReply {
  return reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
}

export async function webPages(app: FastifyInstance, { store }: WebOptions): Promise<void> {
  await app.register(cookie);
  await app.register(formbody);
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: 'auto' },
    getToken: (request) => (request.body as Body | undefined)?._csrf,
  });
  await app.register(fastifyStatic, { root: fileURLToPath(new URL('./assets/', import.meta.url)), prefix: '/assets/', index: false });
  await app.register(fastifyStatic, {
    root: nodeModules('@utrecht/component-library-css/dist/'),
    prefix: '/assets/utrecht/components/',
    decorateReply: false,
    index: false,
  });
  await app.register(fastifyStatic, {
    root: nodeModules('@utrecht/design-tokens/dist/'),
    prefix: '/assets/utrecht/tokens/',
    decorateReply: false,
    index: false,
  });
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: 32 * 1024 * 1024 }, (request, body, done) => {
    multipartFields(String(request.headers['content-type']), body as Buffer).then(
      (fields) => done(null, fields),
      () => done(Object.assign(new Error('Het formulier kon niet worden gelezen.'), { statusCode: 400 })),
    );
  });

  app.decorateRequest('sessionUser', null);
  app.addHook('preHandler', async (request, reply) => {
    if (request.method === 'POST') {
      await new Promise<void>((resolve) => app.csrfProtection(request, reply, resolve));
      if (reply.sent) return reply;
    }
    // Stylesheets are public: the sign-in page needs them too.
    if (request.routeOptions.config.public === true || request.url.startsWith('/assets/')) return;
    const signedIn = await sessionUser(store, request, new Date());
    if (signedIn === undefined) {
      const back = request.method === 'GET' ? `?terug=${encodeURIComponent(request.url)}` : '';
      return reply.redirect(`/inloggen${back}`, 303);
    }
    request.sessionUser = signedIn;
    // Pages show the unread count in the navigation; a POST only redirects.
    if (request.method === 'GET' && navAllows(signedIn, 'meldingen')) {
      const { unread } = await myNotifications({ store, actor: signedIn.actor }, { unreadOnly: true, limit: 0, offset: 0 });
      request.sessionUser = { ...signedIn, unreadNotifications: unread };
    }
  });

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const user = request.sessionUser ?? undefined;
    const who = user !== undefined ? { user, csrfToken: reply.generateCsrf() } : {};
    const home = { href: user !== undefined ? '/casussen' : '/inloggen', label: user !== undefined ? 'Naar Mijn casussen' : 'Naar inloggen' };
    if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
      return html(reply, messagePage({
        ...who,
        title: 'Formulier niet geaccepteerd',
        text: 'Dit formulier is verlopen of komt niet van deze site; er is niets opgeslagen. Ga terug, laad de pagina opnieuw en probeer het nog eens.',
        link: home,
      }), 403);
    }
    if (error instanceof ForbiddenError) {
      return html(reply, messagePage({
        ...who,
        title: 'Geen toegang',
        text: 'U heeft geen toegang tot deze pagina. Deze pagina’s zijn voor medewerkers en regievoerders van een zorgaanbieder, voor de casussen van hun eigen organisatie. Denkt u dat dit niet klopt? Neem contact op met de beheerder van uw organisatie.',
      }), 403);
    }
    if (error instanceof NotFoundError) {
      return html(reply, messagePage({ ...who, title: 'Niet gevonden', text: 'Deze casus of pagina bestaat niet (meer).', link: home }), 404);
    }
    if (error instanceof InvalidInputError) {
      const reasons = error.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
      return html(reply, messagePage({ ...who, title: 'Ongeldige invoer', text: `Er is niets gewijzigd. ${reasons}`, link: home }), 400);
    }
    if ((error.statusCode ?? 500) < 500) {
      return html(reply, messagePage({ ...who, title: 'Verzoek niet verwerkt', text: 'Dit verzoek kon niet worden verwerkt; er is niets gewijzigd.', link: home }), error.statusCode);
    }
    request.log.error({ err: error }, 'unexpected error');
    return html(reply, messagePage({ ...who, title: 'Er ging iets mis', text: 'Er ging iets mis aan onze kant; er is niets gewijzigd. Probeer het later opnieuw.', link: home }), 500);
  });

  const ctx = (request: FastifyRequest) => ({ store, actor: (request.sessionUser as SessionUser).actor });
  const user = (request: FastifyRequest) => request.sessionUser as SessionUser;

  app.get('/', { config: { public: true } }, async (_request, reply) => reply.redirect('/casussen', 303));

  app.get<{ Querystring: { terug?: string } }>('/inloggen', { config: { public: true } }, async (_request, reply) =>
    html(reply, signInPage(reply.generateCsrf())),
  );

  app.post<{ Body: Body; Querystring: { terug?: string } }>('/inloggen', { config: { public: true } }, async (request, reply) => {
    const email = text(request.body, 'email').trim();
    try {
      const session = await signIn(store, email, text(request.body, 'password'));
      setSessionCookie(reply, session.id, session.expiresAt);
      return reply.redirect(localPath(request.query.terug ?? '') ?? '/casussen', 303);
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) throw error;
      return html(reply, signInPage(reply.generateCsrf(), { email, failed: true }), 401);
    }
  });

  app.post('/uitloggen', { config: { public: true } }, async (request, reply) => {
    const id = sessionIdOf(request);
    if (id !== undefined) await signOut(store, id);
    clearSessionCookie(reply);
    return reply.redirect('/inloggen', 303);
  });

  app.get('/casussen', async (request, reply) => {
    const params = parseCaseListParams(request.query as Record<string, string | string[] | undefined>);
    const { page, search, ...filters } = params;
    const result = await listOwnCases(ctx(request), {
      ...filters,
      ...(search !== undefined ? { clientName: search } : {}),
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    return html(reply, caseListPage({ user: user(request), csrfToken: reply.generateCsrf(), params, ...result, pageSize: PAGE_SIZE }));
  });

  app.get('/casussen/nieuw', async (request, reply) => {
    authorize(user(request).actor, 'case.create', { organisationId: user(request).actor.organisationId });
    return html(reply, newCasePage({ user: user(request), csrfToken: reply.generateCsrf() }));
  });

  app.post<{ Body: Body }>('/casussen/nieuw', async (request, reply) => {
    try {
      const id = await openCase(ctx(request), user(request).actor.organisationId, newCaseFromForm(request.body));
      return reply.redirect(`/casussen/${id}`, 303);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      return html(reply, newCasePage({ user: user(request), csrfToken: reply.generateCsrf(), values: request.body, issues: error.issues }), 400);
    }
  });

  app.get('/casussen/importeren', async (request, reply) => {
    authorize(user(request).actor, 'case.import', { organisationId: user(request).actor.organisationId });
    return html(reply, importPage({ user: user(request), csrfToken: reply.generateCsrf() }));
  });

  app.post<{ Body: Record<string, string | UploadedFile | undefined> }>('/casussen/importeren', async (request, reply) => {
    const file = request.body?.dossier;
    try {
      if (typeof file !== 'object' || file.text === '') {
        throw new InvalidInputError([{ path: 'bestand', message: 'kies een dossierbestand (.json)' }]);
      }
      const id = await importDossier(ctx(request), user(request).actor.organisationId, parseJson(file.text));
      return reply.redirect(`/casussen/${id}`, 303);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      const fileName = typeof file === 'object' ? { fileName: file.name } : {};
      return html(reply, importPage({ user: user(request), csrfToken: reply.generateCsrf(), issues: error.issues, ...fileName }), 400);
    }
  });

  app.get<IdParams & { Querystring: { volgorde?: string; opgeslagen?: string } }>('/casussen/:id', async (request, reply) => {
    const { view, assessment, authors } = await readAssessedCase(ctx(request), request.params.id);
    const saved = request.query.opgeslagen;
    return html(reply, casePage({
      user: user(request),
      csrfToken: reply.generateCsrf(),
      view,
      assessment,
      authors,
      order: request.query.volgorde === 'oudste' ? 'oudste' : 'nieuwste',
      canExport: can(user(request).actor, 'case.export', view.case),
      ...(saved !== undefined && view.entries.some((e) => e.entry.id === saved) ? { saved } : {}),
    }));
  });

  app.get<IdParams>('/casussen/:id/export', async (request, reply) => {
    const doc = await exportDossier(ctx(request), request.params.id);
    const name = doc.client.name.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'dossier';
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="dossier-${name}.json"`)
      .send(`${JSON.stringify(doc, null, 2)}\n`);
  });

  // Issue 4's pages are open to whom the navigation offers them: they belong to the provider (their
  // links lead to its cases), so the policy must allow its deadline overview too, not only the
  // notifications or the feed a funder's reviewer also has. The commands check their own action.
  const allow = (request: FastifyRequest, key: 'termijnen' | 'meldingen' | 'agenda') => {
    if (!navAllows(user(request), key)) throw new ForbiddenError();
  };

  app.get('/termijnen', async (request, reply) => {
    allow(request, 'termijnen');
    const teams = await teamsOfMyOrganisation(ctx(request));
    const params = parseDeadlineListParams(request.query as Query, teams.map((t) => t.id));
    const overview = await listDeadlines(ctx(request), {
      ...(params.type !== undefined ? { types: [params.type] } : {}),
      ...(params.team !== undefined ? { teamId: params.team } : {}),
      limit: PAGE_SIZE,
      offset: (params.page - 1) * PAGE_SIZE,
    });
    return html(reply, deadlinesPage({ user: user(request), csrfToken: reply.generateCsrf(), params, teams, overview, pageSize: PAGE_SIZE }));
  });

  app.get('/meldingen', async (request, reply) => {
    allow(request, 'meldingen');
    const pageNumber = integerParam(request.query as Query, 'pagina', 1, 1, 1_000_000);
    const result = await myNotifications(ctx(request), { unreadOnly: false, limit: PAGE_SIZE, offset: (pageNumber - 1) * PAGE_SIZE });
    return html(reply, notificationsPage({ user: user(request), csrfToken: reply.generateCsrf(), page: pageNumber, pageSize: PAGE_SIZE, ...result }));
  });

  app.post<IdParams & { Body: Body }>('/meldingen/:id/gelezen', async (request, reply) => {
    allow(request, 'meldingen');
    const { id } = request.params;
    if (!isUuid(id)) throw new NotFoundError('Deze melding bestaat niet.');
    await readNotification(ctx(request), id);
    const back = text(request.body, 'pagina');
    return reply.redirect(`/meldingen?pagina=${/^[1-9]\d{0,6}$/.test(back) ? back : '1'}#melding-${id}`, 303);
  });

  app.get('/agenda', async (request, reply) => {
    allow(request, 'agenda');
    return html(reply, calendarFeedPage({ user: user(request), csrfToken: reply.generateCsrf() }));
  });

  // The new address is shown in the response itself, never in a URL (which would end up in logs
  // and the browser's history), and only this once.
  app.post('/agenda/aanmaken', async (request, reply) => {
    allow(request, 'agenda');
    const secret = await createCalendarFeed(ctx(request));
    const result = { kind: 'created', url: calendarFeedUrl(request, secret) } as const;
    return html(reply, calendarFeedPage({ user: user(request), csrfToken: reply.generateCsrf(), result }));
  });

  app.post('/agenda/intrekken', async (request, reply) => {
    allow(request, 'agenda');
    let kind: 'revoked' | 'none-to-revoke' = 'revoked';
    try {
      await revokeCalendarFeed(ctx(request));
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      kind = 'none-to-revoke';
    }
    return html(reply, calendarFeedPage({ user: user(request), csrfToken: reply.generateCsrf(), result: { kind } }));
  });

  const entryType = (value: string): EntryType => {
    if (!(ENTRY_TYPES as readonly string[]).includes(value)) {
      throw new InvalidInputError([{ path: 'soort', message: `onbekend soort item; kies een van: ${ENTRY_TYPES.join(', ')}` }]);
    }
    return value as EntryType;
  };

  /** The entry form of a case, empty or as it was posted with its issues. */
  const entryForm = async (
    request: FastifyRequest<IdParams>,
    reply: FastifyReply,
    type: EntryType,
    values: FormValues,
    issuesOf: (view: CaseView) => ValidationIssue[] = () => [],
  ) => {
    const view = await readCase(ctx(request), request.params.id);
    const issues = issuesOf(view);
    const page = entryFormPage({
      user: user(request),
      csrfToken: reply.generateCsrf(),
      record: view.case,
      entries: view.entries,
      type,
      values,
      issues,
    });
    return html(reply, page, issues.length > 0 ? 400 : 200);
  };

  app.get<IdParams & { Querystring: { soort?: string } }>('/casussen/:id/items/nieuw', async (request, reply) =>
    entryForm(request, reply, entryType(request.query.soort ?? ''), {}),
  );

  app.post<IdParams & { Body: Body }>('/casussen/:id/items', async (request, reply) => {
    const type = entryType(text(request.body, 'soort'));
    const { input, issues } = entryFromForm(type, request.body);
    try {
      if (issues.length > 0) throw new InvalidInputError(issues);
      const entry = await appendEntry(ctx(request), request.params.id, input);
      return reply.redirect(`/casussen/${request.params.id}?opgeslagen=${encodeURIComponent(entry.id)}#item-${entry.id}`, 303);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      return entryForm(request, reply, type, request.body, (view) => [
        ...error.issues,
        ...domainIssues(input, view.case.client, view.entries.map((e) => e.entry.id), issues),
      ]);
    }
  });
}

/**
 * When the form itself already found a problem (an amount that is no amount), the domain has not
 * seen the entry yet; ask it too, so every problem is shown at once rather than one per attempt.
 */
function domainIssues(
  input: Record<string, unknown>,
  client: { birthDate: string },
  ids: readonly string[],
  formIssues: readonly ValidationIssue[],
): ValidationIssue[] {
  if (formIssues.length === 0) return [];
  try {
    parseEntry({ id: '_', ...input }, { client, existingIds: new Set(ids) });
    return [];
  } catch (error) {
    if (error instanceof InvalidInputError) return error.issues;
    throw error;
  }
}

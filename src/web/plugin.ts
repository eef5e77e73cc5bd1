import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { fileURLToPath } from 'node:url';
import { listNotifications } from '../commands/notifications/list-notifications.ts';
import { execute, recordRefusal } from '../commands/pipeline/execute.ts';
import { ForbiddenError } from '../domain/errors.ts';
import { enter, mayEnter } from '../policy/areas.ts';
import { declarePublic } from '../requests/access.ts';
import { authSettingsOf, contextFor, type DoorOptions } from '../requests/context.ts';
import { csrfHmacKey } from '../store/installation-secrets.ts';
import { pageError } from './errors.ts';
import { multipartFields } from './multipart.ts';
import { presentUser } from './presenters.ts';
import { accessLogPages } from './routes/access-log.ts';
import { casePages } from './routes/cases.ts';
import { allocationPages } from './routes/allocation.ts';
import { documentPages } from './routes/documents.ts';
import { letterPages } from './routes/letters.ts';
import { clientPages } from './routes/clients.ts';
import { deadlinePages } from './routes/deadlines.ts';
import { sessionPages } from './routes/session.ts';
import { accountPages } from './routes/account.ts';
import { taskPages } from './routes/tasks.ts';
import { requestPages } from './routes/requests.ts';
import { userPages } from './routes/users.ts';
import { suspensionReportPages } from './routes/suspension-reports.ts';
import { ownFilePages } from './routes/own-file.ts';
import { clientAccessPages } from './routes/client-access.ts';
import { dashboardPages } from './routes/dashboard.ts';
import { csrfUserInfo, sessionUser } from './session.ts';

// The pages: server-rendered HTML over the same commands as the API, so every action passes the
// policy and the access log. Encapsulated as a Fastify plugin: its cookie, form parsing, CSRF check
// and HTML error pages apply to these routes only, never to the JSON API. Routes by area.

const nodeModules = (path: string) => fileURLToPath(new URL(`../../node_modules/${path}`, import.meta.url));

type Body = { _csrf?: string };

async function assets(app: FastifyInstance): Promise<void> {
  // Stylesheets and scripts are public: the sign-in page needs them too.
  app.addHook('onRoute', declarePublic('stylesheets and scripts'));
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
}

export async function web(app: FastifyInstance, options: DoorOptions): Promise<void> {
  const settings = authSettingsOf(options);
  await app.register(cookie);
  await app.register(formbody);
  // A form's token is bound to the session in the cookie (the secret's cookie alone could be planted
  // from elsewhere); signing in drops the secret, so the next page makes new tokens (session.ts).
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: 'auto' },
    getToken: (request) => (request.body as Body | undefined)?._csrf,
    getUserInfo: csrfUserInfo,
    csrfOpts: { hmacKey: await csrfHmacKey(options.store.db) },
  });
  app.addHook('onRequest', async (request, reply) => {
    const generate = reply.generateCsrf.bind(reply);
    reply.generateCsrf = (opts) => generate({ ...opts, userInfo: csrfUserInfo(request) });
  });
  await app.register(assets);
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: 32 * 1024 * 1024 }, (request, body, done) => {
    multipartFields(String(request.headers['content-type']), body as Buffer).then(
      (fields) => done(null, fields),
      () => done(Object.assign(new Error('Het formulier kon niet worden gelezen.'), { statusCode: 400 })),
    );
  });

  app.decorateRequest('pageUser', null);
  app.addHook('preHandler', async (request, reply) => {
    if (request.method === 'POST') {
      await new Promise<void>((resolve) => app.csrfProtection(request, reply, resolve));
      if (reply.sent) return reply;
    }
    const access = request.routeOptions.config.access;
    if (access === undefined || 'public' in access) return;
    const signedIn = await sessionUser(options.store, request, new Date(), settings.sessionIdleMs);
    if (signedIn === undefined) {
      const back = request.method === 'GET' ? `?terug=${encodeURIComponent(request.url)}` : '';
      return reply.redirect(`/inloggen${back}`, 303);
    }
    const ctx = contextFor(options, request, signedIn.actor);
    request.commandContext = ctx;
    request.pageUser = presentUser(signedIn);
    if (access.area !== undefined) {
      const entered = enter(signedIn.actor, access.area);
      if (!entered.allowed) {
        await recordRefusal(ctx, access.event, entered);
        throw new ForbiddenError();
      }
    }
    // Pages show the unread count in the navigation; a POST only redirects.
    if (request.method === 'GET' && mayEnter(signedIn.actor, 'notifications')) {
      const { unread } = await execute(ctx, listNotifications, { unreadOnly: true, limit: 0, offset: 0 });
      request.pageUser = presentUser(signedIn, unread);
    }
  });
  app.setErrorHandler(pageError);

  sessionPages(app, options.store, settings);
  casePages(app);
  documentPages(app);
  letterPages(app);
  allocationPages(app);
  deadlinePages(app);
  accessLogPages(app);
  suspensionReportPages(app);
  dashboardPages(app);
  accountPages(app);
  userPages(app, settings);
  taskPages(app);
  clientPages(app);
  requestPages(app);
  ownFilePages(app);
  clientAccessPages(app, settings);
}

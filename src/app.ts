import { closeRenderPool } from './documents/render-pool.ts';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { registerErrorHandling, apiNotFound } from './http/errors.ts';
import { api } from './http/plugin.ts';
import { declarePublic, requireAccessDeclaration } from './requests/access.ts';
import type { DoorOptions } from './requests/context.ts';
import { refuseUnstorableText } from './requests/hostile-input.ts';
import { loggerOptions } from './requests/log.ts';
import { DOCS_CONTENT_SECURITY_POLICY, noStore, securityHeaders } from './requests/headers.ts';
import { pageNotFound } from './web/errors.ts';
import { web } from './web/plugin.ts';

// The application, composed in one place: the HTTP API (routes by resource) and the pages (routes
// by area) side by side, neither importing the other, both over the same commands. Every route
// declares its access (requests/access.ts); one that does not stops the start-up.

export interface AppOptions extends DoorOptions {
  /** Log to stdout (true), to a stream (the log-hygiene test), or not at all. */
  logger?: boolean | NodeJS.WritableStream;
  /** Whose X-Forwarded-* headers to believe (config.ts: ZORGVULDIG_TRUST_PROXY). */
  trustProxy?: boolean | number | string;
  /** Sees every route as it is added, with its declared access (the generated route test). */
  onRoute?: (route: RouteOptions) => void;
}

export async function buildApp({ logger = false, trustProxy = false, onRoute, ...doors }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger === false ? false : loggerOptions(logger === true ? undefined : logger),
    bodyLimit: 32 * 1024 * 1024,
    // A number of hops: trust the addresses the nearest N proxies added (Fastify's runtime takes the
    // number too, its types only a function).
    trustProxy: typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
  });
  // Checked once every plugin has had its say (a plugin may declare its routes public as they come).
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => void routes.push(route));
  // The PDF worker threads end with the server (the next render starts them again).
  app.addHook('onClose', closeRenderPool);
  app.addHook('onReady', async () => {
    for (const route of routes) {
      requireAccessDeclaration(route);
      onRoute?.(route);
    }
  });
  // Route schemas document the API; the domain validates every body itself (with Dutch messages
  // and JSON paths), so Fastify must not strip, coerce or reject anything on its own.
  app.setValidatorCompiler(() => () => true);
  registerErrorHandling(app);
  app.decorateRequest('commandContext', null);
  // Headers for every answer: a CSP without 'unsafe-inline' (the pages have no inline script or
  // style), HSTS, no framing, nosniff, no Referer; client data is never kept in a cache.
  app.addHook('onRequest', securityHeaders);
  app.addHook('onSend', noStore);
  await app.register(rateLimit, { global: false });
  app.addHook('preValidation', refuseUnstorableText);

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Zorgvuldig API',
        version: '1',
        description:
          'Dossiers en procedures voor het weigeren, opschorten en beëindigen van zorg. Authenticatie: ' +
          '`POST /api/auth/token` met e-mail en wachtwoord geeft een token; stuur dat mee als `Authorization: Bearer <token>`. ' +
          'Elke toegang tot cliëntgegevens wordt vastgelegd in de toegangslog (NEN 7513).',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });
  await app.register(async (reference) => {
    reference.addHook('onRoute', declarePublic('the API reference'));
    // Swagger UI sets its own CSP on its pages (its plugin's onSend); it gets ours (headers.ts).
    await reference.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: DOCS_CONTENT_SECURITY_POLICY });
    reference.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  });

  await app.register(api, doors);
  await app.register(web, doors);
  app.setNotFoundHandler((request, reply) => (request.url.startsWith('/api/') ? apiNotFound(request, reply) : pageNotFound(reply)));
  return app;
}

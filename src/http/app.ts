import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Store } from '../store/database.ts';
import { webPages } from '../web/routes.ts';
import { registerErrorHandling } from './errors.ts';
import { caseRoutes } from './routes/cases.ts';
import { deadlineRoutes } from './routes/deadlines.ts';
import { documentRoutes } from './routes/documents.ts';
import { teamRoutes } from './routes/teams.ts';
import { systemRoutes } from './routes/system.ts';

export interface AppOptions {
  store: Store;
  logger?: boolean;
}

/** The HTTP application: thin routes over the commands, documented as OpenAPI. */
export async function buildApp({ store, logger = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit: 32 * 1024 * 1024 });
  // Route schemas document the API; the domain validates every body itself (with Dutch messages
  // and JSON paths), so Fastify must not strip, coerce or reject anything on its own.
  app.setValidatorCompiler(() => () => true);
  registerErrorHandling(app);

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Zorgvuldig API',
        version: '1',
        description:
          'Dossiers en procedures voor het weigeren, opschorten en beëindigen van zorg. Authenticatie: ' +
          '`POST /api/auth/token` met e-mail en wachtwoord geeft een token; stuur dat mee als `Authorization: Bearer <token>`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  systemRoutes(app, store);
  caseRoutes(app, store);
  deadlineRoutes(app, store);
  documentRoutes(app, store);
  teamRoutes(app, store);
  await app.register(webPages, { store });
  return app;
}

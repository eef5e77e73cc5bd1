import type { FastifyInstance } from 'fastify';
import dossierSchema from '../../../schema/dossier-1.schema.json' with { type: 'json' };
import type { AuthSettings } from '../../auth/settings.ts';
import { issueApiToken } from '../../commands/auth/issue-api-token.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { migrationVersion, type Store } from '../../store/database.ts';
import { SIGN_IN_RATE_LIMIT } from '../../requests/sign-in-limit.ts';

export function systemRoutes(app: FastifyInstance, store: Store, settings: AuthSettings): void {
  app.get(
    '/api/health',
    { schema: { summary: 'Gezondheid: databasesoort en migratieversie', tags: ['systeem'] }, config: { access: { public: 'for monitoring: no data' } } },
    async () => ({ status: 'ok', database: store.kind, migration: await migrationVersion(store.db) }),
  );

  app.get(
    '/api/schema/dossier-1.schema.json',
    {
      schema: { summary: 'JSON Schema van het uitwisselformaat zorgvuldig.dossier/1', tags: ['uitwisseling'] },
      config: { access: { public: 'the published interchange format' } },
    },
    async () => dossierSchema,
  );

  app.post(
    '/api/auth/token',
    {
      schema: {
        summary: 'API-token aanvragen met e-mail, wachtwoord en de code van de tweede factor',
        description:
          'Geeft een token dat verloopt (`expiresAt`, standaard na 30 dagen). Elk account behalve de demo-accounts stuurt ook `code` mee: ' +
          'de zes cijfers van de authenticator-app. Te veel mislukte pogingen geven 429 met Retry-After.',
        tags: ['systeem'],
        body: {
          type: 'object',
          properties: { email: { type: 'string' }, password: { type: 'string' }, code: { type: 'string' } },
          required: ['email', 'password'],
        },
        response: {
          201: { type: 'object', properties: { token: { type: 'string' }, id: { type: 'string' }, expiresAt: { type: 'string', format: 'date-time' } } },
        },
      },
      // Signing in comes before anyone is known: not a command; its outcomes are security events in the access log.
      config: { access: { public: 'signing in: exchanges a password (and a code) for a token' }, rateLimit: SIGN_IN_RATE_LIMIT },
    },
    async (request, reply) => {
      const body = request.body as Record<string, unknown> | null;
      const issues = (['email', 'password'] as const)
        .filter((field) => typeof body?.[field] !== 'string' || body[field] === '')
        .map((field) => ({ path: `$.${field}`, message: 'verplicht veld ontbreekt of is geen tekst' }));
      if (body?.code !== undefined && typeof body.code !== 'string') issues.push({ path: '$.code', message: 'de code is tekst: zes cijfers' });
      if (issues.length > 0) throw new InvalidInputError(issues);
      const credentials = { email: body!.email as string, password: body!.password as string, code: body!.code as string | undefined };
      const issued = await issueApiToken(store, credentials, { origin: request.ip, deviceIds: [], now: new Date() }, settings);
      return reply.status(201).send({ token: issued.token, id: issued.id, expiresAt: issued.expiresAt.toISOString() });
    },
  );
}

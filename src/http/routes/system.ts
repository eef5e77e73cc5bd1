import type { FastifyInstance } from 'fastify';
import dossierSchema from '../../../schema/dossier-1.schema.json' with { type: 'json' };
import { issueApiToken } from '../../commands/auth/issue-api-token.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { migrationVersion, type Store } from '../../store/database.ts';

export function systemRoutes(app: FastifyInstance, store: Store): void {
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
        summary: 'API-token aanvragen met e-mail en wachtwoord',
        tags: ['systeem'],
        body: {
          type: 'object',
          properties: { email: { type: 'string' }, password: { type: 'string' } },
          required: ['email', 'password'],
        },
      },
      // Signing in comes before anyone is known; issue 13 logs failed attempts as security events.
      config: { access: { public: 'signing in: exchanges a password for a token' } },
    },
    async (request, reply) => {
      const body = request.body as Record<string, unknown> | null;
      const issues = (['email', 'password'] as const)
        .filter((field) => typeof body?.[field] !== 'string' || body[field] === '')
        .map((field) => ({ path: `$.${field}`, message: 'verplicht veld ontbreekt of is geen tekst' }));
      if (issues.length > 0) throw new InvalidInputError(issues);
      const token = await issueApiToken(store, body!.email as string, body!.password as string);
      return reply.status(201).send({ token });
    },
  );
}

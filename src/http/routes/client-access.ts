import type { FastifyInstance } from 'fastify';
import type { AuthSettings } from '../../auth/settings.ts';
import { transferDossier } from '../../commands/cases/transfer-dossier.ts';
import { answerRequest } from '../../commands/clients/answer-client-request.ts';
import { inviteClientAccount } from '../../commands/clients/invite-client-account.ts';
import { listClientRequests } from '../../commands/clients/list-client-requests.ts';
import { readClientAccess } from '../../commands/clients/read-client-access.ts';
import { recordRetentionException } from '../../commands/clients/record-retention-exception.ts';
import { withholdEntry } from '../../commands/clients/withhold-entry.ts';
import { listOwnCases } from '../../commands/own-file/list-own-cases.ts';
import { makeClientRequest } from '../../commands/own-file/make-client-request.ts';
import { readOwnAccessLog } from '../../commands/own-file/read-own-access-log.ts';
import { readOwnFile } from '../../commands/own-file/read-own-file.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { contextOf } from '../../requests/context.ts';
import { dateParam, integerParam } from '../../requests/query.ts';
import { errorResponses, idParams, noContent, paging, type IdParams, type Query } from '../schemas.ts';

// The client's own file over the API (decisions 0020, 0023): for the provider's regievoerder the
// accounts, withholdings, retention exceptions and the clients' requests; for a client or their
// representative (with an API token of their own) their own file, who looked, and their requests.

type Body = Record<string, unknown>;
const body = (value: unknown): Body => (typeof value === 'object' && value !== null ? (value as Body) : {});

export function clientAccessRoutes(app: FastifyInstance, settings: AuthSettings): void {
  app.get<IdParams>(
    '/api/cases/:id/client-access',
    { schema: { summary: 'Accounts, afgeschermde items en bewaaruitzonderingen van het eigen dossier van de cliënt', tags: ['cliënt'], params: idParams, response: errorResponses }, config: { access: { action: 'client-account.invite', event: 'case.read' } } },
    async (request) => {
      const access = await execute(contextOf(request), readClientAccess, request.params.id);
      return { accounts: access.accounts, withheld: access.withheld, retentionExceptions: access.exceptions };
    },
  );

  app.post<IdParams>(
    '/api/cases/:id/client-accounts',
    {
      schema: {
        summary: 'Cliënt of wettelijk vertegenwoordiger uitnodigen voor het eigen dossier',
        description: 'holder: client of representative (dan ook ground). De uitnodigingslink werkt één keer en verloopt. Met userId: een nieuwe link voor een bestaand account.',
        tags: ['cliënt'],
        params: idParams,
        body: { type: 'object', properties: { holder: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' }, ground: { type: 'string' }, userId: { type: 'string' } } },
        response: errorResponses,
      },
      config: { access: { action: 'client-account.invite', event: 'client-account.invite' } },
    },
    async (request, reply) => {
      const { userId } = body(request.body);
      const made = await execute(contextOf(request), inviteClientAccount, {
        caseId: request.params.id,
        body: request.body,
        settings,
        ...(typeof userId === 'string' ? { userId } : {}),
      });
      return reply.status(201).send({ id: made.userId, invitationUrl: made.url, expiresAt: made.expiresAt.toISOString() });
    },
  );

  app.post<IdParams>(
    '/api/cases/:id/withheld-entries',
    {
      schema: { summary: 'Item afschermen voor de cliënt (artikel 3)', tags: ['cliënt'], params: idParams, body: { type: 'object', properties: { entryId: { type: 'string' }, reason: { type: 'string' } } }, response: noContent },
      config: { access: { action: 'entry.withhold', event: 'entry.withhold' } },
    },
    async (request, reply) => {
      const input = body(request.body);
      await execute(contextOf(request), withholdEntry, { caseId: request.params.id, entryId: input.entryId, reason: input.reason });
      return reply.status(204).send();
    },
  );

  app.post<IdParams>(
    '/api/cases/:id/retention-exceptions',
    {
      schema: {
        summary: 'Uitzondering op bewaren of vernietigen vastleggen',
        tags: ['cliënt'],
        params: idParams,
        body: { type: 'object', properties: { kind: { type: 'string' }, reason: { type: 'string' }, until: { type: 'string' } } },
        response: noContent,
      },
      config: { access: { action: 'retention.manage', event: 'retention.record' } },
    },
    async (request, reply) => {
      const input = body(request.body);
      await execute(contextOf(request), recordRetentionException, { caseId: request.params.id, kind: input.kind, reason: input.reason, until: input.until });
      return reply.status(204).send();
    },
  );

  app.post<IdParams>(
    '/api/cases/:id/transfer',
    {
      schema: {
        summary: 'Dossier overdragen aan de volgende aanbieder',
        description: 'Alleen met schriftelijke toestemming van de cliënt die deze aanbieder noemt en niet is ingetrokken; anders 409, en de weigering staat in de toegangslog. Legt de overdracht vast in het dossier.',
        tags: ['cliënt'],
        params: idParams,
        body: { type: 'object', properties: { recipient: { type: 'string' } }, required: ['recipient'] },
        response: errorResponses,
      },
      config: { access: { action: 'case.transfer', event: 'case.transfer' } },
    },
    async (request) => execute(contextOf(request), transferDossier, { caseId: request.params.id, recipient: body(request.body).recipient }),
  );

  app.get(
    '/api/client-requests',
    { schema: { summary: 'Open verzoeken van cliënten, het eerst te beantwoorden eerst', tags: ['cliënt'], response: errorResponses }, config: { access: { action: 'client-request.answer', event: 'client-request.list' } } },
    async (request) => ({ requests: await execute(contextOf(request), listClientRequests, undefined) }),
  );

  app.post<{ Params: { id: string; requestId: string } }>(
    '/api/cases/:id/client-requests/:requestId/answer',
    {
      schema: {
        summary: 'Verzoek van de cliënt beantwoorden',
        tags: ['cliënt'],
        params: { type: 'object', properties: { id: { type: 'string', format: 'uuid' }, requestId: { type: 'string', format: 'uuid' } }, required: ['id', 'requestId'] },
        body: { type: 'object', properties: { outcome: { type: 'string' }, answer: { type: 'string' } } },
        response: noContent,
      },
      config: { access: { action: 'client-request.answer', event: 'client-request.answer' } },
    },
    async (request, reply) => {
      const input = body(request.body);
      await execute(contextOf(request), answerRequest, { caseId: request.params.id, requestId: request.params.requestId, outcome: input.outcome, answer: input.answer });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/own-file/cases',
    { schema: { summary: 'Mijn dossier: mijn casussen (cliënt of vertegenwoordiger)', tags: ['mijn dossier'], response: errorResponses }, config: { access: { action: 'own-file.read', event: 'case.list' } } },
    async (request) => ({
      cases: (await execute(contextOf(request), listOwnCases, undefined)).map((c) => ({ id: c.id, procedure: c.procedure, status: c.status, regime: c.regime })),
    }),
  );

  app.get<IdParams>(
    '/api/own-file/cases/:id',
    { schema: { summary: 'Mijn dossier: een casus, zonder wat is afgeschermd', tags: ['mijn dossier'], params: idParams, response: errorResponses }, config: { access: { action: 'own-file.read', event: 'case.read' } } },
    async (request) => {
      const file = await execute(contextOf(request), readOwnFile, request.params.id);
      return {
        case: { id: file.case.id, regime: file.case.regime, procedure: file.case.procedure, status: file.case.status },
        entries: file.entries.map((e) => e.entry),
        withheld: file.withheld,
        deadlines: file.deadlines,
        letters: file.letters,
        requests: file.requests,
        retentionExceptions: file.exceptions,
      };
    },
  );

  app.get<IdParams & { Querystring: Query }>(
    '/api/own-file/cases/:id/access-log',
    {
      schema: {
        summary: 'Mijn dossier: wie heeft het bekeken, nieuwste eerst',
        tags: ['mijn dossier'],
        params: idParams,
        querystring: { type: 'object', properties: { from: { type: 'string', format: 'date' }, until: { type: 'string', format: 'date' }, ...paging } },
        response: errorResponses,
      },
      config: { access: { action: 'access-log.read-own', event: 'access-log.read-own' } },
    },
    async (request) => {
      const from = dateParam(request.query, 'from');
      const until = dateParam(request.query, 'until');
      if (from !== undefined && until !== undefined && until < from) throw new InvalidInputError([{ path: '?until', message: 'ligt vóór het begin van de periode' }]);
      const limit = integerParam(request.query, 'limit', 25, 1, 100);
      const offset = integerParam(request.query, 'offset', 0, 0, 10_000_000);
      const result = await execute(contextOf(request), readOwnAccessLog, {
        caseId: request.params.id,
        ...(from !== undefined ? { from } : {}),
        ...(until !== undefined ? { until } : {}),
        limit,
        offset,
      });
      return {
        total: result.total,
        rows: result.rows.map((r) => ({ time: r.time, eventType: r.eventType, userName: r.userName, userRole: r.userRole, organisation: r.userOrganisationName, purpose: r.purpose, outcome: r.outcome })),
      };
    },
  );

  app.post<IdParams>(
    '/api/own-file/cases/:id/requests',
    {
      schema: {
        summary: 'Mijn dossier: vragen om een correctie (kind correction, entryId) of om vernietiging (kind destruction)',
        tags: ['mijn dossier'],
        params: idParams,
        body: { type: 'object', properties: { kind: { type: 'string' }, entryId: { type: 'string' }, text: { type: 'string' } } },
        response: errorResponses,
      },
      config: { access: { action: 'client-request.make', event: 'client-request.make' } },
    },
    async (request, reply) => {
      const input = body(request.body);
      const made = await execute(contextOf(request), makeClientRequest, { caseId: request.params.id, kind: input.kind, text: input.text, entryId: input.entryId });
      return reply.status(201).send(made);
    },
  );
}

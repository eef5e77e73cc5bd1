import type { FastifyInstance, FastifyRequest } from 'fastify';
import { downloadOwnCopy } from '../../commands/own-file/download-own-copy.ts';
import { downloadOwnLetter } from '../../commands/own-file/download-own-letter.ts';
import { listOwnCases } from '../../commands/own-file/list-own-cases.ts';
import { makeClientRequest } from '../../commands/own-file/make-client-request.ts';
import { readOwnAccessLog } from '../../commands/own-file/read-own-access-log.ts';
import { readOwnFile } from '../../commands/own-file/read-own-file.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { findRegime } from '../../domain/protocols/registry.ts';
import { recordsFunderAct } from '../../domain/requests/funder-entries.ts';
import { contextOf } from '../../requests/context.ts';
import { dateParam, integerParam } from '../../requests/query.ts';
import { html } from '../errors.ts';
import { ownCasesPage, ownFilePage, whoLookedPage } from '../pages/own-file.ts';
import { presentAccessLogEntry, type PageUser } from '../presenters.ts';
import type { FormValues } from '../entry-forms.ts';
import { text } from './form-values.ts';

// Mijn dossier: the pages of a client and their legal representatives (decision 0020). Every page
// is in the area 'own-file'; each action is decided on the case (their own: client-self or
// representative), so another client's case is not found, whatever id is guessed.

type IdParams = { Params: { id: string } };
const PAGE_SIZE = 50;
const user = (request: FastifyRequest) => request.pageUser as PageUser;
const pdf = (name: string) => ({ 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${name}.pdf"` });

export function ownFilePages(app: FastifyInstance): void {
  const area = 'own-file' as const;

  app.get('/mijn-dossier', { config: { access: { action: 'own-file.read', event: 'case.list', area } } }, async (request, reply) => {
    const cases = await execute(contextOf(request), listOwnCases, undefined);
    if (cases.length === 1) return reply.redirect(`/mijn-dossier/${(cases[0] as { id: string }).id}`, 303);
    return html(reply, ownCasesPage({ user: user(request), csrfToken: reply.generateCsrf(), cases }));
  });

  app.get<IdParams & { Querystring: { verzonden?: string } }>(
    '/mijn-dossier/:id',
    { config: { access: { action: 'own-file.read', event: 'case.read', area } } },
    async (request, reply) => {
      const file = await execute(contextOf(request), readOwnFile, request.params.id);
      // The funder's decision, hearing and questions are the funder's, not the provider's (review finding 18).
      const funder = findRegime(file.case.regime)?.funderName ?? 'de financier';
      const entries = file.entries.map((e) => ({ entry: e.entry, seq: e.seq, author: recordsFunderAct(e.entry) ? funder : 'de zorgaanbieder', recordedAt: e.recordedAt }));
      return html(reply, ownFilePage({ user: user(request), csrfToken: reply.generateCsrf(), file, entries, sent: request.query.verzonden === 'ja' }));
    },
  );

  app.get<IdParams>('/mijn-dossier/:id/kopie', { config: { access: { action: 'own-file.read', event: 'document.download', area } } }, async (request, reply) => {
    const bytes = await execute(contextOf(request), downloadOwnCopy, request.params.id);
    return reply.headers(pdf('kopie-dossier')).send(bytes);
  });

  app.get<{ Params: { id: string; letterId: string } }>(
    '/mijn-dossier/:id/brieven/:letterId',
    { config: { access: { action: 'own-file.read', event: 'document.download', area } } },
    async (request, reply) => {
      const bytes = await execute(contextOf(request), downloadOwnLetter, { caseId: request.params.id, letterId: request.params.letterId });
      return reply.headers(pdf('brief')).send(bytes);
    },
  );

  app.get<IdParams & { Querystring: Record<string, string | string[] | undefined> }>(
    '/mijn-dossier/:id/inzage',
    { config: { access: { action: 'access-log.read-own', event: 'access-log.read-own', area } } },
    async (request, reply) => {
      // An empty field of the period form is no filter.
      const query = Object.fromEntries(Object.entries(request.query).filter(([, v]) => v !== '' && v !== undefined));
      const from = dateParam(query, 'van');
      const until = dateParam(query, 'tot');
      if (from !== undefined && until !== undefined && until < from) throw new InvalidInputError([{ path: '?tot', message: 'ligt vóór het begin van de periode' }]);
      const page = integerParam(query, 'pagina', 1, 1, 1_000_000);
      const result = await execute(contextOf(request), readOwnAccessLog, {
        caseId: request.params.id,
        ...(from !== undefined ? { from } : {}),
        ...(until !== undefined ? { until } : {}),
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
      });
      return html(
        reply,
        whoLookedPage({
          user: user(request),
          csrfToken: reply.generateCsrf(),
          caseId: request.params.id,
          ...(from !== undefined ? { from } : {}),
          ...(until !== undefined ? { until } : {}),
          page,
          pageSize: PAGE_SIZE,
          total: result.total,
          entries: result.rows.map(presentAccessLogEntry),
        }),
      );
    },
  );

  app.post<IdParams & { Body: FormValues }>(
    '/mijn-dossier/:id/verzoeken',
    { config: { access: { action: 'client-request.make', event: 'client-request.make', area } } },
    async (request, reply) => {
      const entryId = text(request.body, 'entryId');
      await execute(contextOf(request), makeClientRequest, {
        caseId: request.params.id,
        kind: text(request.body, 'kind'),
        text: text(request.body, 'text'),
        ...(entryId !== '' ? { entryId } : {}),
      });
      return reply.redirect(`/mijn-dossier/${request.params.id}?verzonden=ja`, 303);
    },
  );
}

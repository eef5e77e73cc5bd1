import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuthSettings } from '../../auth/settings.ts';
import { answerRequest } from '../../commands/clients/answer-client-request.ts';
import { inviteClientAccount } from '../../commands/clients/invite-client-account.ts';
import { listClientRequests } from '../../commands/clients/list-client-requests.ts';
import { readClientAccess } from '../../commands/clients/read-client-access.ts';
import { recordRetentionException } from '../../commands/clients/record-retention-exception.ts';
import { withholdEntry } from '../../commands/clients/withhold-entry.ts';
import { transferDossier } from '../../commands/cases/transfer-dossier.ts';
import { todayOf } from '../../commands/pipeline/context.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import type { Html } from '../html.ts';
import { contextOf } from '../../requests/context.ts';
import type { FormValues } from '../entry-forms.ts';
import { html } from '../errors.ts';
import { clientAccessPage, clientRequestsPage, invitationMadePage } from '../pages/client-access.ts';
import { invitationNotice } from '../pages/users.ts';
import type { PageUser } from '../presenters.ts';
import { text } from './form-values.ts';

// The regievoerder's pages for the client's own file: accounts and invitations, withholding,
// retention exceptions (from the case), and the clients' requests (decisions 0020, 0023).

type IdParams = { Params: { id: string } };

export function clientAccessPages(app: FastifyInstance, settings: AuthSettings): void {
  const show = async (request: FastifyRequest<IdParams>, reply: FastifyReply) => {
    const access = await execute(contextOf(request), readClientAccess, request.params.id);
    return html(reply, clientAccessPage({ user: request.pageUser as PageUser, csrfToken: reply.generateCsrf(), access }));
  };
  const made = (request: FastifyRequest<IdParams>, reply: FastifyReply, notice: Html) =>
    html(reply, invitationMadePage({ user: request.pageUser as PageUser, csrfToken: reply.generateCsrf(), caseId: request.params.id, notice }));
  const back = (request: FastifyRequest<IdParams>, reply: FastifyReply) => reply.redirect(`/casussen/${request.params.id}/clienttoegang`, 303);

  app.get<IdParams>('/casussen/:id/clienttoegang', { config: { access: { action: 'client-account.invite', event: 'case.read' } } }, (request, reply) => show(request, reply));

  app.post<IdParams & { Body: FormValues }>(
    '/casussen/:id/clienttoegang',
    { config: { access: { action: 'client-account.invite', event: 'client-account.invite' } } },
    async (request, reply) => {
      const body = { holder: text(request.body, 'holder'), name: text(request.body, 'name'), email: text(request.body, 'email'), ground: text(request.body, 'ground') };
      const invitation = await execute(contextOf(request), inviteClientAccount, { caseId: request.params.id, body, settings });
      return made(request, reply, invitationNotice(invitation.url, invitation.expiresAt, body.email.trim().toLowerCase()));
    },
  );

  app.post<{ Params: { id: string; userId: string } }>(
    '/casussen/:id/clienttoegang/:userId/uitnodiging',
    { config: { access: { action: 'client-account.invite', event: 'client-account.invite' } } },
    async (request, reply) => {
      const invitation = await execute(contextOf(request), inviteClientAccount, { caseId: request.params.id, userId: request.params.userId, body: {}, settings });
      return made(request, reply, invitationNotice(invitation.url, invitation.expiresAt, 'het account'));
    },
  );

  app.post<IdParams & { Body: FormValues }>('/casussen/:id/afschermen', { config: { access: { action: 'entry.withhold', event: 'entry.withhold' } } }, async (request, reply) => {
    await execute(contextOf(request), withholdEntry, { caseId: request.params.id, entryId: text(request.body, 'entryId'), reason: text(request.body, 'reason') });
    return back(request, reply);
  });

  app.post<IdParams & { Body: FormValues }>('/casussen/:id/bewaren', { config: { access: { action: 'retention.manage', event: 'retention.record' } } }, async (request, reply) => {
    await execute(contextOf(request), recordRetentionException, {
      caseId: request.params.id,
      kind: text(request.body, 'kind'),
      reason: text(request.body, 'reason'),
      until: text(request.body, 'until'),
    });
    return back(request, reply);
  });

  app.post<IdParams & { Body: FormValues }>('/casussen/:id/overdragen', { config: { access: { action: 'case.transfer', event: 'case.transfer' } } }, async (request, reply) => {
    const doc = await execute(contextOf(request), transferDossier, { caseId: request.params.id, recipient: text(request.body, 'recipient') });
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', 'attachment; filename="dossier-overdracht.json"')
      .send(`${JSON.stringify(doc, null, 2)}\n`);
  });

  app.get('/clientverzoeken', { config: { access: { action: 'client-request.answer', event: 'client-request.list', area: 'client-requests' } } }, async (request, reply) => {
    const ctx = contextOf(request);
    const requests = await execute(ctx, listClientRequests, undefined);
    return html(reply, clientRequestsPage({ user: request.pageUser as PageUser, csrfToken: reply.generateCsrf(), requests, today: todayOf(ctx) }));
  });

  app.post<{ Params: { id: string; requestId: string }; Body: FormValues }>(
    '/casussen/:id/clientverzoeken/:requestId',
    { config: { access: { action: 'client-request.answer', event: 'client-request.answer' } } },
    async (request, reply) => {
      await execute(contextOf(request), answerRequest, {
        caseId: request.params.id,
        requestId: request.params.requestId,
        outcome: text(request.body, 'outcome'),
        answer: text(request.body, 'answer'),
      });
      return reply.redirect('/clientverzoeken', 303);
    },
  );
}

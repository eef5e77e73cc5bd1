import type { FastifyInstance } from 'fastify';
import { listMailDeliveries } from '../../commands/mail/list-mail-deliveries.ts';
import { resendMailDelivery } from '../../commands/mail/resend-mail-delivery.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import type { MailStatus } from '../../store/schema.ts';
import { contextOf } from '../../requests/context.ts';
import { enumParam, integerParam, uuidParam } from '../../requests/query.ts';
import { errorResponses, idParams, noContent, paging, type IdParams, type Query } from '../schemas.ts';

// For the beheerder: the reminder e-mails to the organisation's users.

const MAIL_STATUSES: readonly MailStatus[] = ['pending', 'sending', 'sent', 'retrying', 'failed', 'unconfirmed'];

export function mailDeliveryRoutes(app: FastifyInstance): void {
  app.get(
    '/api/admin/mail-deliveries',
    {
      schema: {
        summary: 'Herinneringsmails aan gebruikers van mijn organisatie (beheerder)',
        description: 'Status, aantal pogingen en laatste fout; mislukte en onbevestigde eerst.',
        tags: ['beheer'],
        querystring: { type: 'object', properties: { status: { type: 'string', enum: [...MAIL_STATUSES] }, ...paging } },
        response: errorResponses,
      },
      config: { access: { action: 'mail-delivery.manage', event: 'mail-delivery.list' } },
    },
    async (request) => {
      const query = request.query as Query;
      const status = enumParam(query, 'status', MAIL_STATUSES);
      return execute(contextOf(request), listMailDeliveries, {
        ...(status !== undefined ? { statuses: [status] } : {}),
        limit: integerParam(query, 'limit', 25, 1, 100),
        offset: integerParam(query, 'offset', 0, 0, 10_000_000),
      });
    },
  );

  app.post<IdParams>(
    '/api/admin/mail-deliveries/:id/resend',
    {
      schema: {
        summary: 'Mislukte of onbevestigde herinneringsmail opnieuw versturen (beheerder)',
        description: 'Bij een onbevestigde mail kan de ontvanger hem daardoor twee keer krijgen; beide met hetzelfde Message-ID.',
        tags: ['beheer'],
        params: idParams,
        response: noContent,
      },
      config: { access: { action: 'mail-delivery.manage', event: 'mail-delivery.resend' } },
    },
    async (request, reply) => {
      await execute(contextOf(request), resendMailDelivery, uuidParam(request.params.id, 'id') as string);
      return reply.status(204).send();
    },
  );
}

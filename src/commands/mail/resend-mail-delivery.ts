import { NotFoundError } from '../../domain/errors.ts';
import { requeueDelivery } from '../../store/reminders.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

/** Queues a failed or unconfirmed reminder e-mail of the organisation again (a person decided so). */
export const resendMailDelivery = command({
  action: 'mail-delivery.manage',
  event: 'mail-delivery.resend',
  load: ownOrganisation,
  async run(tx, _organisation, id: string, ctx): Promise<void> {
    if (!(await requeueDelivery(tx, userOf(ctx.actor).organisationId, id, new Date()))) {
      throw new NotFoundError('Geen mislukte of onbevestigde e-mail met dit id in uw organisatie.');
    }
  },
});

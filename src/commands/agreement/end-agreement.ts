import { endAgreement, type AgreementEnd, type EndEffect } from '../../domain/agreement/agreement-end.ts';
import { compareDates } from '../../domain/calendar/dates.ts';
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import { cancelByEnd, domainAppointment, listAppointments, listInvoices, recordAgreementEnd } from '../../store/agreement.ts';
import { nowOf, todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { afterAgreementChange, CLIENT_NOT_FOUND, loadClient } from './agreement.ts';
import { Fields } from './inputs.ts';

const END_KINDS = [
  'mutual-consent',
  'goal-reached',
  'indication-ended',
  'term-expired',
  'notice-by-client',
  'notice-by-provider',
  'court',
  'death',
  'provider-ceased',
] as const satisfies readonly AgreementEnd['kind'][];

/** The end as the pure rules take it, each kind with its own date fields. */
function parseEnd(fields: Fields): AgreementEnd | undefined {
  const kind = fields.choice('kind', END_KINDS);
  switch (kind) {
    case 'mutual-consent':
      return { kind, agreedEndDate: fields.date('agreedEndDate')! };
    case 'goal-reached':
      return { kind, date: fields.date('date')! };
    case 'indication-ended':
      return { kind, indicationEndDate: fields.date('indicationEndDate')! };
    case 'term-expired':
      return { kind, agreedUntil: fields.date('agreedUntil')! };
    case 'notice-by-client':
    case 'notice-by-provider': {
      const receivedOn = fields.date('receivedOn')!;
      const requested = fields.optionalDate('requestedEndDate');
      return { kind, receivedOn, ...(requested !== undefined ? { requestedEndDate: requested } : {}) };
    }
    case 'court':
      return { kind, dissolvedOn: fields.date('dissolvedOn')! };
    case 'death':
      return { kind, diedOn: fields.date('diedOn')! };
    case 'provider-ceased':
      return { kind, cause: fields.choice('cause', ['opheffing', 'faillissement', 'surseance'] as const)!, date: fields.date('date')! };
    default:
      return undefined;
  }
}

/**
 * Records an ordinary end of the agreement (004 §1) with its effect, all in one transaction: the
 * planned appointments from the end on are cancelled without charge (marked so), the open invoices
 * are kept, and the effect as computed is stored with the end. An agreement ends once.
 */
export const endClientAgreement = command({
  action: 'agreement.manage',
  event: 'agreement.end',
  notFound: CLIENT_NOT_FOUND,
  load: (tx, input: { clientId: string; body: unknown }) => loadClient(tx, input.clientId, true),
  async run(tx, client, { body }, ctx): Promise<EndEffect> {
    if (client.agreement.end !== null) throw new ConflictError([{ path: '$', message: 'het einde van deze overeenkomst is al vastgelegd' }]);
    const fields = new Fields(body);
    const end = parseEnd(fields);
    fields.done();
    const facts = Object.entries(end!).filter(([k]) => k !== 'kind' && k !== 'cause' && k !== 'requestedEndDate');
    const future = facts.find(([, date]) => compareDates(date as string, todayOf(ctx)) > 0 && end!.kind !== 'mutual-consent' && end!.kind !== 'term-expired' && end!.kind !== 'indication-ended');
    if (future !== undefined) throw new InvalidInputError([{ path: `$.${future[0]}`, message: 'ligt in de toekomst; leg het vast als het is gebeurd' }]);
    const appointments = (await listAppointments(tx, client.clientId)).map(domainAppointment);
    const open = (await listInvoices(tx, client.clientId)).filter((i) => i.paidOn === null);
    const effect = endAgreement(end!, appointments, open);
    const now = nowOf(ctx);
    await cancelByEnd(tx, effect.cancelledAppointments, now);
    await recordAgreementEnd(tx, client.clientId, end!, effect, ctx.actor.kind === 'user' ? ctx.actor.userId : null, now);
    await afterAgreementChange(ctx, tx, client.agreement);
    return effect;
  },
});

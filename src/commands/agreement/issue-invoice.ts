import { monthlyInvoice } from '../../domain/agreement/invoices.ts';
import { compareDates } from '../../domain/calendar/dates.ts';
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import { domainAppointment, insertInvoice, listAppointments } from '../../store/agreement.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { afterAgreementChange, agreementContext, CLIENT_NOT_FOUND, loadClient } from './agreement.ts';
import { Fields } from './inputs.ts';

/**
 * Makes the invoice of a month, in arrears (004 §9): one line per support moment the client pays
 * for that was given, and per no-show charged, each with what, how long and at which rate; due 30
 * days after its date. A month is invoiced once; the lines are stored as invoiced.
 */
export const issueInvoice = command({
  action: 'invoice.manage',
  event: 'invoice.issue',
  notFound: CLIENT_NOT_FOUND,
  load: (tx, input: { clientId: string; body: unknown }) => loadClient(tx, input.clientId, true),
  async run(tx, client, { body }, ctx): Promise<{ id: string }> {
    const fields = new Fields(body);
    const month = fields.text('month', 7);
    const invoiceDate = fields.date('invoiceDate');
    fields.done();
    if (compareDates(invoiceDate!, todayOf(ctx)) > 0) throw new InvalidInputError([{ path: '$.invoiceDate', message: 'ligt in de toekomst' }]);
    const appointments = (await listAppointments(tx, client.clientId)).map(domainAppointment);
    const invoice = monthlyInvoice(month!, invoiceDate!, appointments, agreementContext(client.agreement));
    if (invoice === null) throw new InvalidInputError([{ path: '$.month', message: 'in deze maand is niets te factureren: geen ondersteuning die de cliënt zelf betaalt en geen gemiste afspraak die in rekening mag worden gebracht' }]);
    const id = await insertInvoice(tx, {
      organisationId: client.organisationId,
      clientId: client.clientId,
      month: invoice.month,
      invoiceDate: invoice.invoiceDate,
      dueDate: invoice.dueDate,
      totalCents: invoice.totalCents,
      lines: invoice.lines,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    if (id === undefined) throw new ConflictError([{ path: '$.month', message: 'deze maand is al gefactureerd' }]);
    await afterAgreementChange(ctx, tx, client.agreement);
    return { id };
  },
});

import { invoiceState } from '../../domain/agreement/invoices.ts';
import { compareDates } from '../../domain/calendar/dates.ts';
import { InvalidInputError, type ValidationIssue } from '../../domain/errors.ts';
import { invoiceClient, listInvoices, updateInvoice } from '../../store/agreement.ts';
import { isUuid } from '../../store/ids.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { afterAgreementChange, invoiceFacts, loadClient } from './agreement.ts';
import { Fields } from './inputs.ts';

export const INVOICE_NOT_FOUND = 'Deze factuur bestaat niet.';

/**
 * Records a step of an invoice as it happened: the payment reminder sent (and whether it named the
 * collection costs, which art. 6:96 lid 6 BW requires before they may be charged), the day the
 * client received it, or the day the invoice was paid. The pure rules check the order of the
 * dates; what is owed follows from them whenever the invoice is shown.
 */
export const recordInvoice = command({
  action: 'invoice.manage',
  event: 'invoice.update',
  notFound: INVOICE_NOT_FOUND,
  async load(tx, input: { invoiceId: string; body: unknown }) {
    const clientId = isUuid(input.invoiceId) ? await invoiceClient(tx, input.invoiceId) : undefined;
    return clientId === undefined ? undefined : loadClient(tx, clientId, true);
  },
  async run(tx, client, { invoiceId, body }, ctx): Promise<void> {
    const invoice = (await listInvoices(tx, client.clientId)).find((i) => i.id === invoiceId)!;
    const fields = new Fields(body);
    const kind = fields.choice('kind', ['reminder-sent', 'reminder-received', 'payment'] as const);
    const change: { reminderSentOn?: string; reminderStatesCosts?: boolean; reminderReceivedOn?: string; paidOn?: string } =
      kind === 'reminder-sent'
        ? { reminderSentOn: fields.date('sentOn') as string, reminderStatesCosts: fields.boolean('statesCosts') as boolean }
        : kind === 'reminder-received'
          ? { reminderReceivedOn: fields.date('receivedOn') as string }
          : { paidOn: fields.date('paidOn') as string };
    fields.done();
    const today = todayOf(ctx);
    const issues: ValidationIssue[] = [];
    const [name, date] = Object.entries(change).find(([, v]) => typeof v === 'string') as [string, string];
    const path = { reminderSentOn: '$.sentOn', reminderReceivedOn: '$.receivedOn', paidOn: '$.paidOn' }[name] as string;
    if (compareDates(date, today) > 0) issues.push({ path, message: 'ligt in de toekomst' });
    if (kind === 'reminder-sent' && invoice.reminderSentOn !== null) issues.push({ path: '$.kind', message: 'de herinnering is al vastgelegd' });
    if (kind === 'reminder-received' && invoice.reminderSentOn === null) issues.push({ path: '$.kind', message: 'leg eerst vast wanneer de herinnering is verstuurd' });
    if (kind === 'payment' && invoice.paidOn !== null) issues.push({ path: '$.kind', message: 'de betaling is al vastgelegd' });
    if (issues.length > 0) throw new InvalidInputError(issues);
    const after = { ...invoice, ...change };
    // The rules check the dates' order; a reminder not yet received is checked as if received on the day it was sent.
    const facts = invoiceFacts({ ...after, reminderReceivedOn: after.reminderReceivedOn ?? after.reminderSentOn });
    invoiceState(facts, compareDates(today, invoice.invoiceDate) < 0 ? invoice.invoiceDate : today);
    await updateInvoice(tx, invoiceId, change);
    await afterAgreementChange(ctx, tx, client.agreement);
  },
});

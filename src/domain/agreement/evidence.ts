// The care agreement's records as evidence in a termination case (issue 15, decision 0018): each
// missed appointment and each invoice unpaid past its term becomes the dossier entry the
// assessment counts for the grounds 'no-show' and 'non-payment' (assessment/context.ts) and the
// request to the funder lists, with the record's own dates and a link back to it. The entry ids
// are derived from the records, so the same record is never entered twice; a record that changes
// afterwards (an invoice paid, a reminder received) is entered again as a correction.

import { compareDates, formatDutchDate } from '../calendar/dates.ts';
import type { Entry, IsoDate } from '../dossier/types.ts';
import { appointmentOutcome, type AgreementContext, type Appointment } from './appointments.ts';
import { formatLocalMoment, localDate } from './instants.ts';
import { formatEuro } from './money.ts';

export interface InvoiceRecordFacts {
  id: string;
  month: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  totalCents: number;
  reminderSentOn: IsoDate | null;
  reminderReceivedOn: IsoDate | null;
  paidOn: IsoDate | null;
}

/** Where a record is seen in Zorgvuldig: the client's page, on its tab, at the record. */
function evidenceLink(clientId: string, record: { kind: 'appointment' | 'invoice'; id: string }): string {
  return record.kind === 'appointment' ? `/clienten/${clientId}/afspraken#afspraak-${record.id}` : `/clienten/${clientId}/facturen#factuur-${record.id}`;
}

const shortId = (id: string) => id.replace(/-/g, '').slice(0, 12);
export const appointmentEntryId = (id: string) => `ovk-afspraak-${shortId(id)}`;
export const invoiceEntryId = (id: string) => `ovk-factuur-${shortId(id)}`;
const reminderEntryId = (id: string) => `ovk-herinnering-${shortId(id)}`;

const HOUR_MS = 3_600_000;

/**
 * The dossier entries the agreement's records give on `asOf`: the no-shows that happened by then
 * (late or not cancelled, with force majeure marked so it does not count), the invoices unpaid
 * after their due date (with the payment once made, even late) and their payment reminders.
 */
export function agreementEvidence(
  clientId: string,
  appointments: readonly Appointment[],
  invoices: readonly InvoiceRecordFacts[],
  context: AgreementContext,
  asOf: IsoDate,
): Entry[] {
  const entries: Entry[] = [];
  for (const a of appointments) {
    const date = localDate(a.start);
    if (compareDates(date, asOf) > 0) continue;
    const outcome = appointmentOutcome(a, context);
    if (outcome.kind !== 'no-show') continue;
    const hoursAhead = a.cancellation === undefined ? undefined : Math.floor((Date.parse(a.start) - Date.parse(a.cancellation.receivedAt)) / HOUR_MS);
    entries.push({
      id: appointmentEntryId(a.id),
      type: 'no-show',
      date,
      ...(hoursAhead !== undefined ? { cancelledHoursAhead: Math.max(0, hoursAhead) } : {}),
      ...(a.forceMajeure !== undefined ? { forceMajeure: true } : {}),
      note: `Afspraak uit de zorgovereenkomst: ${a.what}, ${formatLocalMoment(a.start)}. ${outcome.explanation} Zie ${evidenceLink(clientId, { kind: 'appointment', id: a.id })}`,
    });
  }
  for (const invoice of invoices) {
    const unpaidAfterTerm = compareDates(invoice.dueDate, asOf) < 0 && (invoice.paidOn === null || compareDates(invoice.paidOn, invoice.dueDate) > 0);
    if (!unpaidAfterTerm) continue;
    const paid = invoice.paidOn !== null && compareDates(invoice.paidOn, asOf) <= 0 ? invoice.paidOn : undefined;
    entries.push({
      id: invoiceEntryId(invoice.id),
      type: 'invoice',
      date: invoice.invoiceDate,
      amountCents: invoice.totalCents,
      dueDate: invoice.dueDate,
      ...(paid !== undefined ? { paid } : {}),
      note: `Factuur over ${invoice.month} uit de zorgovereenkomst: ${formatEuro(invoice.totalCents)}, te betalen uiterlijk ${formatDutchDate(invoice.dueDate)}. Zie ${evidenceLink(clientId, { kind: 'invoice', id: invoice.id })}`,
    });
    if (invoice.reminderSentOn !== null && compareDates(invoice.reminderSentOn, asOf) <= 0) {
      const received = invoice.reminderReceivedOn !== null && compareDates(invoice.reminderReceivedOn, asOf) <= 0 ? invoice.reminderReceivedOn : undefined;
      entries.push({
        id: reminderEntryId(invoice.id),
        type: 'payment-reminder',
        date: invoice.reminderSentOn,
        invoice: invoiceEntryId(invoice.id),
        ...(received !== undefined ? { received } : {}),
        note: `Betalingsherinnering voor de factuur over ${invoice.month}. Zie ${evidenceLink(clientId, { kind: 'invoice', id: invoice.id })}`,
      });
    }
  }
  return entries.sort((a, b) => compareDates(a.date, b.date));
}

/** Whether two entries say the same (a record unchanged since it was entered). */
export function sameEvidence(a: Entry, b: Entry): boolean {
  const strip = ({ corrects: _c, id: _i, ...rest }: Entry & { corrects?: string }) => JSON.stringify(Object.entries(rest).sort(([x], [y]) => x.localeCompare(y)));
  return strip(a) === strip(b);
}

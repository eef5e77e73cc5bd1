// Invoices for self-paid support and charged no-shows (seed 004 §9): monthly in arrears, one line
// per support moment, due in 30 days; then a payment reminder with 14 days from its receipt; then
// statutory interest from the end of the first term and collection costs. Terms of days are
// extended under the Algemene termijnenwet, as the ONL regime counts its terms (and never to the
// client's detriment: an extension only gives the client longer).

import { addDays, addMonths, compareDates, formatDutchDate, isValidIsoDate } from '../calendar/dates.ts';
import { computeTerm } from '../calendar/terms.ts';
import type { IsoDate } from '../dossier/types.ts';
import { InvalidInputError, type ValidationIssue } from '../errors.ts';
import type { SourceRef } from '../protocols/types.ts';
import { appointmentOutcome, appointmentPriceCents, type AgreementContext, type Appointment } from './appointments.ts';
import { collectionCosts, collectionCostsChargeable, type FourteenDayLetter } from './collection-costs.ts';
import { compareInstants, localDate } from './instants.ts';
import { formatEuro, type Cents } from './money.ts';
import { SEED_004 } from './sources.ts';
import { statutoryInterest, UnconfirmedRateError, type InterestPeriod } from './statutory-interest.ts';

/** One support moment on the invoice: what, how much, at which rate (004 §9). */
export interface InvoiceLine {
  appointmentId: string;
  /** The Dutch calendar date of the support moment. */
  date: IsoDate;
  what: string;
  minutes: number;
  rateCentsPerHour: Cents;
  amountCents: Cents;
  /** Support given, or support missed without timely notice and charged (004 §7). */
  kind: 'support' | 'no-show';
}

export interface Invoice {
  /** The month invoiced, 'JJJJ-MM'. */
  month: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  lines: InvoiceLine[];
  totalCents: Cents;
  sources: readonly SourceRef[];
}

const MONTH_SHAPE = /^\d{4}-(0[1-9]|1[0-2])$/;
const PAYMENT_TERM = { amount: 30, unit: 'days', direction: 'after' } as const;

function invoiceLine(appointment: Appointment, kind: InvoiceLine['kind']): InvoiceLine {
  return {
    appointmentId: appointment.id,
    date: localDate(appointment.start),
    what: appointment.what,
    minutes: appointment.durationMinutes,
    rateCentsPerHour: appointment.rateCentsPerHour,
    amountCents: appointmentPriceCents(appointment),
    kind,
  };
}

/**
 * The invoice for `month`, dated `invoiceDate` (on or after the first day of the next month:
 * 'maandelijks achteraf'): support the client pays for that was given, and no-shows charged to
 * the client. Support on an indication is the municipality's to pay and is left out. Null when
 * there is nothing to invoice.
 */
export function monthlyInvoice(
  month: string,
  invoiceDate: IsoDate,
  appointments: readonly Appointment[],
  context: AgreementContext,
): Invoice | null {
  if (!MONTH_SHAPE.test(month)) throw new InvalidInputError([{ path: '$.month', message: 'is geen maand; gebruik JJJJ-MM' }]);
  const nextMonth = addMonths(`${month}-01`, 1);
  if (!isValidIsoDate(invoiceDate)) throw new InvalidInputError([{ path: '$.invoiceDate', message: 'is geen geldige datum; gebruik JJJJ-MM-DD' }]);
  if (compareDates(invoiceDate, nextMonth) < 0) {
    throw new InvalidInputError([
      { path: '$.invoiceDate', message: `een maand wordt achteraf gefactureerd: de factuurdatum is op of na ${formatDutchDate(nextMonth)}` },
    ]);
  }
  const lines = [...appointments]
    .filter((a) => localDate(a.start).startsWith(`${month}-`))
    .sort((a, b) => compareInstants(a.start, b.start) || a.id.localeCompare(b.id))
    .flatMap((a): InvoiceLine[] => {
      const outcome = appointmentOutcome(a, context);
      if (outcome.kind === 'held' && a.funding === 'client') return [invoiceLine(a, 'support')];
      if (outcome.kind === 'no-show' && outcome.charge.kind === 'client') return [invoiceLine(a, 'no-show')];
      return [];
    });
  if (lines.length === 0) return null;
  return {
    month,
    invoiceDate,
    dueDate: computeTerm(invoiceDate, PAYMENT_TERM, 'atw').date,
    lines,
    totalCents: lines.reduce((sum, line) => sum + line.amountCents, 0),
    sources: [SEED_004.invoiceMonthly, SEED_004.invoiceSpecified, SEED_004.invoiceTerm, SEED_004.selfPaid, SEED_004.noShowDamage],
  };
}

/** What happened to an invoice, as recorded. */
export interface InvoiceFacts {
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  totalCents: Cents;
  /** The payment reminder, which is also the fourteen-day letter of art. 6:96 lid 6 BW. */
  reminder?: FourteenDayLetter & { sentOn: IsoDate };
  /** The day the invoice amount was received in full. */
  paidOn?: IsoDate;
}

export type InvoiceStatus =
  /** Within the 30 days. */
  | 'open'
  /** Paid without anything more owed. */
  | 'paid'
  /** The 30 days have passed: the reminder is to be sent. */
  | 'reminder-due'
  /** Reminded, within the 14 days (or not yet received). */
  | 'reminded'
  /** Unpaid after the reminder's term: interest runs, collection costs may be charged. */
  | 'in-default'
  /** Paid after the reminder's term: interest up to the payment, and collection costs, are owed. */
  | 'paid-late';

export type InvoiceInterest =
  | { kind: 'none' }
  | { kind: 'computed'; from: IsoDate; to: IsoDate; cents: Cents; periods: InterestPeriod[] }
  /** A day of the period has no confirmed rate: no amount, and the reason. */
  | { kind: 'refused'; from: IsoDate; to: IsoDate; message: string };

export type InvoiceCosts = { kind: 'none'; reason: string } | { kind: 'chargeable'; cents: Cents; from: IsoDate };

export interface InvoiceState {
  status: InvoiceStatus;
  asOf: IsoDate;
  dueDate: IsoDate;
  /** The last day to pay after the reminder (14 days from the day after receipt, Atw applied). */
  reminderTermEnds: IsoDate | null;
  /** The invoice amount still unpaid. */
  principalCents: Cents;
  interest: InvoiceInterest;
  costs: InvoiceCosts;
  /** Principal, interest and costs together; null when the interest could not be computed. */
  totalOwedCents: Cents | null;
  /** Dutch, for the care worker. */
  explanation: string;
  sources: readonly SourceRef[];
}

function factIssues(facts: InvoiceFacts, asOf: IsoDate): ValidationIssue[] {
  const dates: [string, IsoDate | undefined][] = [
    ['$.invoiceDate', facts.invoiceDate],
    ['$.dueDate', facts.dueDate],
    ['$.reminder.sentOn', facts.reminder?.sentOn],
    ['$.reminder.receivedOn', facts.reminder?.receivedOn],
    ['$.paidOn', facts.paidOn],
    ['$.asOf', asOf],
  ];
  const invalid = dates.filter(([, date]) => date !== undefined && !isValidIsoDate(date));
  if (invalid.length > 0) return invalid.map(([path]) => ({ path, message: 'is geen geldige datum; gebruik JJJJ-MM-DD' }));
  const issues: ValidationIssue[] = [];
  if (!Number.isSafeInteger(facts.totalCents) || facts.totalCents <= 0) {
    issues.push({ path: '$.totalCents', message: 'moet een bedrag in hele centen zijn, groter dan nul' });
  }
  if (compareDates(facts.dueDate, facts.invoiceDate) < 0) issues.push({ path: '$.dueDate', message: 'ligt vóór de factuurdatum' });
  const { reminder, paidOn } = facts;
  if (reminder && compareDates(reminder.sentOn, facts.dueDate) <= 0) {
    issues.push({ path: '$.reminder.sentOn', message: `de herinnering komt na het verstrijken van de betalingstermijn, dus na ${formatDutchDate(facts.dueDate)}` });
  }
  if (reminder && compareDates(reminder.receivedOn, reminder.sentOn) < 0) {
    issues.push({ path: '$.reminder.receivedOn', message: 'ligt vóór de verzenddatum van de herinnering' });
  }
  if (paidOn && compareDates(paidOn, facts.invoiceDate) < 0) issues.push({ path: '$.paidOn', message: 'ligt vóór de factuurdatum' });
  if (compareDates(asOf, facts.invoiceDate) < 0) issues.push({ path: '$.asOf', message: 'ligt vóór de factuurdatum' });
  return issues;
}

function interestFor(principalCents: Cents, from: IsoDate, to: IsoDate): InvoiceInterest {
  try {
    const result = statutoryInterest(principalCents, from, to);
    return { kind: 'computed', from, to, cents: result.interestCents, periods: result.periods };
  } catch (error) {
    if (error instanceof UnconfirmedRateError) return { kind: 'refused', from, to, message: error.message };
    throw error;
  }
}

const onOrBefore = (a: IsoDate, b: IsoDate) => compareDates(a, b) <= 0;

/**
 * The state of an invoice on `asOf` and what the client owes then. A reminder or payment dated
 * after `asOf` has not happened yet on that day. Interest runs from the day after the due date
 * ('vanaf het verstrijken van de eerste betalingstermijn') up to and including the payment or
 * `asOf`, but only once the reminder's term has passed unpaid ('Als daarna nog niet is betaald');
 * collection costs likewise, and only when the reminder named them (art. 6:96 lid 6 BW).
 */
export function invoiceState(facts: InvoiceFacts, asOf: IsoDate): InvoiceState {
  const issues = factIssues(facts, asOf);
  if (issues.length > 0) throw new InvalidInputError(issues);
  const paidOn = facts.paidOn !== undefined && onOrBefore(facts.paidOn, asOf) ? facts.paidOn : undefined;
  const reminder = facts.reminder && onOrBefore(facts.reminder.sentOn, asOf) && (!paidOn || compareDates(facts.reminder.sentOn, paidOn) < 0) ? facts.reminder : undefined;
  const letter = reminder ? collectionCostsChargeable(reminder, asOf) : undefined;
  const reminderTermEnds = letter?.paymentTermEnds ?? null;
  const base = {
    asOf,
    dueDate: facts.dueDate,
    reminderTermEnds,
    sources: [SEED_004.invoiceTerm, SEED_004.reminder, SEED_004.interestAndCosts, SEED_004.statutoryInterest, SEED_004.collectionCosts],
  };
  const nothingMore = (status: InvoiceStatus, principalCents: Cents, explanation: string): InvoiceState => ({
    ...base,
    status,
    principalCents,
    interest: { kind: 'none' },
    costs: { kind: 'none', reason: 'De termijn na de herinnering is niet onbetaald verstreken.' },
    totalOwedCents: principalCents,
    explanation,
  });
  const due = formatDutchDate(facts.dueDate);

  const defaulted = reminderTermEnds !== null && compareDates(paidOn ?? asOf, reminderTermEnds) > 0;
  if (!defaulted) {
    if (paidOn) return nothingMore('paid', 0, `Betaald op ${formatDutchDate(paidOn)}; er is niets meer verschuldigd.`);
    if (onOrBefore(asOf, facts.dueDate)) return nothingMore('open', facts.totalCents, `Te betalen uiterlijk ${due}.`);
    if (!reminder) {
      return nothingMore('reminder-due', facts.totalCents, `De betalingstermijn is op ${due} verstreken: stuur de cliënt een betalingsherinnering met 14 dagen na ontvangst.`);
    }
    return nothingMore(
      'reminded',
      facts.totalCents,
      `Herinnerd; de cliënt kan zonder rente of kosten betalen tot en met ${formatDutchDate(reminderTermEnds ?? reminder.receivedOn)}.`,
    );
  }

  const interestTo = paidOn ?? asOf;
  const interest = interestFor(facts.totalCents, addDays(facts.dueDate, 1), interestTo);
  const costs: InvoiceCosts =
    letter && letter.chargeableFrom !== null
      ? { kind: 'chargeable', cents: collectionCosts(facts.totalCents).costsCents, from: letter.chargeableFrom }
      : { kind: 'none', reason: letter?.explanation ?? '' };
  const principalCents = paidOn ? 0 : facts.totalCents;
  const costsCents = costs.kind === 'chargeable' ? costs.cents : 0;
  const totalOwedCents = interest.kind === 'computed' ? principalCents + interest.cents + costsCents : null;
  const interestText =
    interest.kind === 'computed'
      ? `wettelijke rente ${formatEuro(interest.cents)} over ${formatDutchDate(interest.from)} t/m ${formatDutchDate(interest.to)}`
      : interest.kind === 'refused'
        ? `de wettelijke rente kan niet worden berekend: ${interest.message}`
        : 'geen rente';
  const costsText = costs.kind === 'chargeable' ? `incassokosten ${formatEuro(costs.cents)}` : 'geen incassokosten (de herinnering noemde ze niet)';
  const opening = paidOn
    ? `Betaald op ${formatDutchDate(paidOn)}, na de termijn van de herinnering; nog verschuldigd:`
    : `Niet betaald na de termijn van de herinnering (tot en met ${formatDutchDate(reminderTermEnds)}); verschuldigd: ${formatEuro(principalCents)} hoofdsom,`;
  return {
    ...base,
    status: paidOn ? 'paid-late' : 'in-default',
    principalCents,
    interest,
    costs,
    totalOwedCents,
    explanation: `${opening} ${interestText}, ${costsText}.`,
  };
}

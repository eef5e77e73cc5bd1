// The care agreement's letters (seed 004): the invoice, the payment reminder (the fourteen-day
// letter of art. 6:96 lid 6 BW, naming the collection costs), the notice of interest and costs once
// the reminder's term has passed unpaid, and the client's copy of the support plan. Every figure
// comes from the stored record and the part-1 computations; a letter that the facts do not (yet)
// support is refused with the reason.

import { formatDutchDate } from '../calendar/dates.ts';
import type { Client, IsoDate } from '../dossier/types.ts';
import { InvalidInputError } from '../errors.ts';
import { addressing, questions } from '../letters/common.ts';
import type { PrintedLetter, Sender } from '../letters/types.ts';
import { collectionCosts } from './collection-costs.ts';
import type { InvoiceLine, InvoiceState } from './invoices.ts';
import { formatEuro } from './money.ts';
import { SEED_004 } from './sources.ts';
import type { EvaluationDue, SupportPlanVersion } from './support-plan.ts';

export const INVOICE_LETTERS = ['invoice', 'reminder', 'default-notice'] as const;
export type InvoiceLetter = (typeof INVOICE_LETTERS)[number];

const paragraph = (text: string) => ({ kind: 'paragraph' as const, text });
const items = (list: string[]) => ({ kind: 'list' as const, items: list });

function frame(client: Client, sender: Sender, date: IsoDate, subject: string, body: PrintedLetter['body'], source: PrintedLetter['source']): PrintedLetter {
  return {
    date,
    sender,
    // Addressed, greeted and closed as the dossier's letters are (letters/common.ts).
    ...addressing(client),
    subject,
    body: [...body, questions(sender)],
    closing: 'Met vriendelijke groet,',
    signatory: sender.name,
    source,
  };
}

export interface InvoiceFactsForLetter {
  month: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  totalCents: number;
  lines: InvoiceLine[];
  reminderSentOn: IsoDate | null;
}

const lineText = (l: InvoiceLine) =>
  `${formatDutchDate(l.date)}: ${l.what}, ${l.minutes} minuten tegen ${formatEuro(l.rateCentsPerHour)} per uur = ${formatEuro(l.amountCents)}${l.kind === 'no-show' ? ' (niet gekomen en niet op tijd afgemeld)' : ''}`;

/** The letter for a step of an invoice, dated `date`. */
export function invoiceLetter(step: InvoiceLetter, client: Client, sender: Sender, invoice: InvoiceFactsForLetter, state: InvoiceState, date: IsoDate): PrintedLetter {
  const total = formatEuro(invoice.totalCents);
  switch (step) {
    case 'invoice':
      return frame(
        client,
        sender,
        invoice.invoiceDate,
        `Factuur over ${invoice.month}`,
        [
          paragraph(`Hierbij ontvangt u de factuur voor de ondersteuning in ${invoice.month}. Per afspraak staat erbij welke ondersteuning, hoeveel en tegen welk tarief.`),
          items(invoice.lines.map(lineText)),
          paragraph(`Totaal: ${total}. Wilt u dit bedrag uiterlijk ${formatDutchDate(invoice.dueDate)} betalen?`),
        ],
        SEED_004.invoiceSpecified,
      );
    case 'reminder': {
      if (state.status === 'open' || state.status === 'paid') {
        throw new InvalidInputError([{ path: '$.step', message: `een herinnering kan pas na de betalingstermijn, dus na ${formatDutchDate(invoice.dueDate)}, en alleen als nog niet is betaald` }]);
      }
      const costs = collectionCosts(invoice.totalCents).costsCents;
      return frame(
        client,
        sender,
        invoice.reminderSentOn ?? date,
        `Betalingsherinnering: factuur over ${invoice.month}`,
        [
          paragraph(`Op ${formatDutchDate(invoice.invoiceDate)} stuurden wij u een factuur van ${total}. De betaaltermijn liep tot en met ${formatDutchDate(invoice.dueDate)}. Wij hebben uw betaling nog niet ontvangen.`),
          paragraph('U kunt nog betalen binnen 14 dagen na de dag waarop u deze brief ontvangt. Dan kost het u niets extra.'),
          paragraph(
            `Betaalt u niet binnen die 14 dagen? Dan rekenen wij incassokosten van ${formatEuro(costs)} en de wettelijke rente vanaf ${formatDutchDate(invoice.dueDate)}. Dat mag volgens de wet (artikel 6:96 lid 6 en artikel 6:119 van het Burgerlijk Wetboek).`,
          ),
        ],
        SEED_004.reminder,
      );
    }
    case 'default-notice': {
      if (state.status !== 'in-default') throw new InvalidInputError([{ path: '$.step', message: 'rente en incassokosten kunnen pas als de factuur ook 14 dagen na ontvangst van de herinnering niet is betaald' }]);
      if (state.interest.kind === 'refused') throw new InvalidInputError([{ path: '$.step', message: state.interest.message }]);
      const interest = state.interest.kind === 'computed' ? state.interest.cents : 0;
      const costs = state.costs.kind === 'chargeable' ? state.costs.cents : 0;
      return frame(
        client,
        sender,
        date,
        `Rente en incassokosten: factuur over ${invoice.month}`,
        [
          paragraph(`Wij stuurden u een herinnering voor de factuur over ${invoice.month}. Ook 14 dagen na ontvangst daarvan hebben wij uw betaling niet ontvangen.`),
          items([
            `Factuurbedrag: ${total}`,
            `Wettelijke rente tot en met ${formatDutchDate(state.asOf)}: ${formatEuro(interest)}`,
            `Incassokosten: ${state.costs.kind === 'chargeable' ? formatEuro(costs) : `geen (${state.costs.reason})`}`,
            `Totaal: ${formatEuro(invoice.totalCents + interest + costs)}`,
          ]),
          paragraph('Wilt u dit bedrag zo snel mogelijk betalen? De rente loopt door tot u betaalt. Kunt u niet betalen, neem dan contact met ons op: wij zoeken samen een oplossing.'),
        ],
        SEED_004.interestAndCosts,
      );
    }
  }
}

/** The client's copy of the support plan in force, with the next evaluation. */
export function planCopyLetter(client: Client, sender: Sender, version: SupportPlanVersion, next: EvaluationDue | undefined, date: IsoDate): PrintedLetter {
  return frame(
    client,
    sender,
    date,
    `Uw ondersteuningsplan (versie ${version.version})`,
    [
      paragraph(`Hierbij ontvangt u uw ondersteuningsplan, zoals wij het op ${formatDutchDate(version.agreedOn)} samen hebben afgesproken.`),
      paragraph('Doelen:'),
      items(version.goals.map((g) => g.description)),
      paragraph('Afspraken om de doelen te halen:'),
      items(version.agreements),
      paragraph('Wat u zelf doet:'),
      items(version.clientDoes),
      paragraph('Mantelzorgers en vrijwilligers:'),
      items(version.informalCarers.length > 0 ? version.informalCarers.map((c) => `${c.who}: ${c.role}`) : [version.informalCarersDeclined ? 'U wilt geen mantelzorgers betrekken; dat respecteren wij.' : 'Geen.']),
      paragraph('Ondersteuning en wie betaalt:'),
      items(version.support.map((s) => `${s.what}, ${s.amount}: ${s.paidBy === 'municipality' ? 'betaald door de gemeente' : `u betaalt zelf, ${formatEuro(s.rateCentsPerHour ?? 0)} per uur`}`)),
      paragraph(next !== undefined ? `Wij bespreken het plan minstens elk half jaar met u. De volgende keer is uiterlijk ${formatDutchDate(next.dueDate)}.` : 'Wij bespreken het plan minstens elk half jaar met u.'),
    ],
    SEED_004.planGoalsAndAgreements,
  );
}

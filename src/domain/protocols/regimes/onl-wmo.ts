// Zorggroep Oude en Nieuwe Land, conditions of the Wmo care and service agreement (seed 004).
//
// These are general conditions, not a funder's protocol: there is no request to the municipality
// and no decision, so only 'beeindiging' is offered, read as the provider ending the agreement by
// notice (§1). Its grounds are the client's obligations the conditions name (§6, §7, §9); its
// 'submittable' means the provider may give notice. The other ordinary ends (mutual consent, goal
// reached, indication ended, death …) need no procedure. The client's own notice and a request to
// destroy the dossier have their own entry types, from which their terms (30 days, three months) run.
//
// Payment (§9): an invoice is due 30 days after its date, or on its own later due date; the
// reminder is sent once that has passed, and the 14 days run from the client's receipt of it, so
// a notice for non-payment waits for a recorded reminder and its receipt. A no-show by force
// majeure (§7) is neither charged nor counted. The support plan's half-yearly evaluation runs from
// the last evaluation with the client, so a missed one stays overdue.

import type { EntryMatch, Regime } from '../types.ts';
import {
  BACKWARD_TERM,
  CLIENT_OWN_NOTICE_TERM,
  CLIENT_PAYMENT_TERM,
  PROVIDER_DUTY_TERM,
  PROVIDER_NOTICE_TERM,
  RETENTION_TERM,
} from '../countings.ts';
import { consultationWith } from '../matches.ts';

const SEED = '004_d9920a75818a7854.txt';
const PROCEDURES = ['beeindiging'] as const;

const NON_PAYMENT_GROUND = 'onl-non-payment';
const PAYMENT_TERM = 'onl-deadline-invoice-payment';
const REMINDER_TERM = 'onl-deadline-payment-reminder';
const NOTICE_TERM = 'onl-deadline-provider-notice';
const CLIENT_NOTICE_TERM = 'onl-deadline-client-notice';
const RETENTION_QUOTE = 'De zorgaanbieder bewaart het dossier 15 jaar';

/** An appointment the client had to cancel, unless force majeure kept the client from it. */
const noShow = { type: 'no-show', where: { forceMajeure: { isNot: true } } } as const satisfies EntryMatch;
/** An appointment missed without cancelling at least 48 hours ahead, and not by force majeure. */
const lateNoShow = {
  type: 'no-show',
  where: { cancelledHoursAhead: { absentOrBelow: 48 }, forceMajeure: { isNot: true } },
} as const satisfies EntryMatch;
const providerNotice = { type: 'client-notice', where: { kind: { is: 'final-notice' } } } as const satisfies EntryMatch;

export const onlWmo: Regime = {
  id: 'onl-wmo',
  name: 'Zorggroep Oude en Nieuwe Land (Wmo-voorwaarden)',
  funderKind: 'municipality',
  funderName: 'de gemeente',
  procedures: PROCEDURES,
  phases: [{ id: 'preparation', blocking: true }],
  grounds: [
    {
      id: 'onl-information-cooperation',
      label: 'de cliënt geeft niet de inlichtingen en medewerking die redelijkerwijs nodig zijn',
      codes: ['withholding-information', 'non-cooperation'],
      by: ['client'],
      procedures: PROCEDURES,
      source: {
        seed: SEED,
        place: 'ONL-voorwaarden §6 Verplichtingen van de aanbieder en de cliënt',
        quote:
          'De cliënt geeft de aanbieder naar beste weten de inlichtingen en de medewerking die redelijkerwijs nodig is voor de uitvoering van de overeenkomst',
      },
    },
    {
      id: 'onl-behaviour',
      label: 'discriminatie, agressief gedrag, intimidatie of ander maatschappelijk onacceptabel gedrag tegenover medewerkers',
      codes: ['discrimination', 'aggression', 'threat-intimidation', 'nuisance', 'weapons'],
      by: ['client'],
      procedures: PROCEDURES,
      source: {
        seed: SEED,
        place: 'ONL-voorwaarden §6 Verplichtingen van de aanbieder en de cliënt',
        quote:
          'De cliënt onthoudt zich ten opzichte van medewerkers van de aanbieder van discriminatie, agressief gedrag, intimidatie en ander maatschappelijk onacceptabel gedrag',
      },
    },
    {
      id: 'onl-no-show',
      label: 'afgesproken ondersteuning niet afnemen zonder tijdig af te melden',
      codes: ['no-show'],
      by: ['client'],
      procedures: PROCEDURES,
      source: {
        seed: SEED,
        place: 'ONL-voorwaarden §7 Annulering / no show',
        quote: 'Indien de cliënt geen gebruik maakt van de afgesproken ondersteuning zonder dit tijdig aan de aanbieder te melden',
      },
    },
    {
      id: NON_PAYMENT_GROUND,
      label: 'facturen niet betalen, ook niet na de betalingsherinnering',
      codes: ['non-payment'],
      by: ['client'],
      procedures: PROCEDURES,
      source: { seed: SEED, place: 'ONL-voorwaarden §9 Betaling door de cliënt', quote: 'Als daarna nog niet is betaald, mogen wij rente berekenen' },
    },
  ],
  requirements: [
    {
      id: 'onl-ground',
      procedures: PROCEDURES,
      phase: 'preparation',
      title: 'een reden voor opzegging',
      check: { kind: 'ground' },
      texts: {
        met: 'Het dossier toont een reden voor opzegging door de aanbieder: {grounds}.',
        missing:
          'Leg vast welke verplichting de cliënt niet nakomt, zoals agressief gedrag of intimidatie, geen medewerking, niet afgemelde afspraken of niet betalen.',
      },
      source: { seed: SEED, place: 'ONL-voorwaarden §1 Wijziging en einde van de zorg- en dienstverleningsovereenkomst', quote: 'door opzegging door de cliënt of door de aanbieder' },
    },
    {
      id: 'onl-no-show-municipality',
      procedures: PROCEDURES,
      phase: 'preparation',
      title: 'contact met de gemeente na twee no-shows',
      when: {
        condition: { kind: 'entries', match: lateNoShow, min: 2 },
        otherwise: 'De cliënt heeft niet twee keer een afspraak gemist zonder ten minste 48 uur van tevoren af te melden.',
      },
      check: { kind: 'entries', match: consultationWith('toegangsmedewerker', 'sociaal-team'), after: { match: lateNoShow, nth: 2 } },
      texts: {
        met: 'Na de tweede niet (tijdig) afgemelde afspraak is contact opgenomen met de gemeente.',
        missing:
          'De cliënt heeft twee keer een afspraak gemist zonder 48 uur van tevoren af te melden: neem per e-mail of telefoon contact op met de gemeente.',
        outOfOrder: 'Het contact met de gemeente was vóór de tweede gemiste afspraak; neem na de tweede no-show opnieuw contact op.',
      },
      source: {
        seed: SEED,
        place: 'ONL-voorwaarden §7 Annulering / no show',
        quote:
          'De opdrachtnemer neemt via e-mail of telefonisch contact op met de gemeente om tot afstemming te komen wanneer inwoner twee keer de gemaakte tijdsafspraken (no show) niet nakomt',
      },
    },
    {
      id: 'onl-non-payment-reminder-expired',
      procedures: PROCEDURES,
      phase: 'preparation',
      title: 'verstreken herinneringstermijn bij niet betalen',
      when: {
        condition: { kind: 'ground', grounds: [NON_PAYMENT_GROUND] },
        otherwise: 'Niet betalen is hier niet de reden voor opzegging.',
      },
      check: { kind: 'deadline', deadline: REMINDER_TERM, state: 'overdue' },
      texts: {
        met: 'Er is een factuur die ook 14 dagen na ontvangst van de betalingsherinnering niet is betaald.',
        missing:
          'Opzeggen wegens niet betalen kan pas als een factuur na de betalingstermijn open bleef, de cliënt daarna een betalingsherinnering ontving en 14 dagen na die ontvangst nog niet heeft betaald; dat blijkt niet uit het dossier. Leg de herinnering vast met de datum van ontvangst.',
      },
      source: {
        seed: SEED,
        place: 'ONL-voorwaarden §9 Betaling door de cliënt',
        quote: 'krijgt deze de gelegenheid binnen 14 dagen na ontvangst van de herinnering alsnog te betalen',
      },
    },
  ],
  deadlines: [
    {
      id: NOTICE_TERM,
      procedures: PROCEDURES,
      label: 'Vroegste einddatum bij opzegging door de aanbieder',
      from: 'de opzegging',
      anchor: { kind: 'entry', match: providerNotice, occurrence: 'last' },
      term: { amount: 1, unit: 'weeks', direction: 'after' },
      counting: PROVIDER_NOTICE_TERM,
      satisfiedBy: { kind: 'elapse' },
      source: { seed: SEED, place: 'ONL-voorwaarden §1 Wijziging en einde van de zorg- en dienstverleningsovereenkomst', quote: 'De zorgaanbieder neemt bij opzegging een termijn in acht van ten minste een week' },
    },
    {
      id: 'onl-deadline-retention',
      procedures: PROCEDURES,
      label: 'Bewaren van het dossier (ten minste)',
      from: 'het einde van de overeenkomst na opzegging',
      anchor: { kind: 'deadline', deadline: NOTICE_TERM },
      term: { amount: 15, unit: 'years', direction: 'after' },
      counting: RETENTION_TERM,
      satisfiedBy: { kind: 'elapse' },
      source: { seed: SEED, place: 'ONL-voorwaarden §3 Dossier', quote: RETENTION_QUOTE },
    },
    {
      id: CLIENT_NOTICE_TERM,
      procedures: PROCEDURES,
      label: 'Vroegste einddatum bij opzegging door de cliënt',
      from: 'de opzegging door de cliënt',
      anchor: { kind: 'entry', match: { type: 'notice-by-client' }, occurrence: 'last' },
      term: { amount: 30, unit: 'days', direction: 'after' },
      counting: CLIENT_OWN_NOTICE_TERM,
      satisfiedBy: { kind: 'elapse' },
      source: { seed: SEED, place: 'ONL-voorwaarden §1 Wijziging en einde van de zorg- en dienstverleningsovereenkomst', quote: 'U neemt daarbij een opzegtermijn van 30 dagen in acht' },
    },
    {
      id: 'onl-deadline-client-end-retention',
      procedures: PROCEDURES,
      label: 'Bewaren van het dossier (ten minste)',
      from: 'het einde van de overeenkomst na opzegging door de cliënt',
      anchor: { kind: 'deadline', deadline: CLIENT_NOTICE_TERM },
      term: { amount: 15, unit: 'years', direction: 'after' },
      counting: RETENTION_TERM,
      satisfiedBy: { kind: 'elapse' },
      source: { seed: SEED, place: 'ONL-voorwaarden §3 Dossier', quote: RETENTION_QUOTE },
    },
    {
      id: 'onl-deadline-destruction',
      procedures: PROCEDURES,
      label: 'Vernietiging van het dossier op verzoek van de cliënt',
      from: 'het verzoek',
      anchor: { kind: 'entry', match: { type: 'destruction-request' }, occurrence: 'last' },
      term: { amount: 3, unit: 'months', direction: 'after' },
      counting: PROVIDER_DUTY_TERM,
      source: {
        seed: SEED,
        place: 'ONL-voorwaarden §3 Dossier',
        quote: 'De zorgaanbieder vernietigt het dossier binnen drie maanden na een daartoe strekkend verzoek van de cliënt',
      },
    },
    {
      id: 'onl-deadline-cancellation',
      procedures: PROCEDURES,
      label: 'Afmelden van een afspraak door de cliënt',
      from: 'de afspraak (48 uur)',
      anchor: { kind: 'entry', match: noShow, occurrence: 'each' },
      term: { amount: 2, unit: 'days', direction: 'before' },
      counting: BACKWARD_TERM,
      satisfiedBy: { kind: 'start-number', field: 'cancelledHoursAhead', atLeast: 48 },
      keptByClient: true,
      source: { seed: SEED, place: 'ONL-voorwaarden §7 Annulering / no show', quote: 'meldt hij dit uiterlijk 48 uur van tevoren aan de aanbieder' },
    },
    {
      id: PAYMENT_TERM,
      procedures: PROCEDURES,
      label: 'Betaling van de factuur',
      from: 'de factuurdatum',
      anchor: { kind: 'entry', match: { type: 'invoice' }, occurrence: 'each' },
      term: { amount: 30, unit: 'days', direction: 'after' },
      counting: CLIENT_PAYMENT_TERM,
      ownDate: { field: 'dueDate', label: 'De vervaldatum op de factuur' },
      satisfiedBy: { kind: 'start-field', field: 'paid' },
      source: { seed: SEED, place: 'ONL-voorwaarden §9 Betaling door de cliënt', quote: 'een duidelijke en gespecificeerde factuur die binnen 30 dagen moet worden betaald' },
    },
    {
      id: REMINDER_TERM,
      procedures: PROCEDURES,
      label: 'Betaling na de betalingsherinnering',
      from: 'ontvangst van de herinnering, die na de betalingstermijn is verstuurd',
      anchor: {
        kind: 'deadline',
        deadline: PAYMENT_TERM,
        then: { match: { type: 'payment-reminder' }, link: 'invoice', field: 'received' },
      },
      term: { amount: 14, unit: 'days', direction: 'after' },
      counting: CLIENT_PAYMENT_TERM,
      satisfiedBy: { kind: 'start-field', field: 'paid' },
      source: {
        seed: SEED,
        place: 'ONL-voorwaarden §9 Betaling door de cliënt',
        quote: 'krijgt deze de gelegenheid binnen 14 dagen na ontvangst van de herinnering alsnog te betalen',
      },
    },
    {
      id: 'onl-deadline-plan-evaluation',
      procedures: PROCEDURES,
      label: 'Evaluatie van het ondersteuningsplan met de cliënt',
      from: 'de vorige evaluatie met de cliënt (of de start van de zorg)',
      anchor: {
        kind: 'entry',
        match: { type: 'plan-evaluation', where: { withClient: { is: true } } },
        occurrence: 'last',
        orCareStarted: true,
      },
      term: { amount: 6, unit: 'months', direction: 'after' },
      counting: PROVIDER_DUTY_TERM,
      source: {
        seed: SEED,
        place: 'ONL-voorwaarden §2 Het ondersteuningsplan',
        quote: 'Het ondersteuningsplan wordt minimaal eens per half jaar geëvalueerd door de zorgaanbieder en de cliënt',
      },
    },
  ],
  advice: [
    {
      id: 'onl-advice-notice',
      procedures: PROCEDURES,
      trigger: { kind: 'ready', unless: providerNotice },
      text: 'U kunt de overeenkomst opzeggen; neem daarbij een opzegtermijn van ten minste een week in acht.',
      source: { seed: SEED, place: 'ONL-voorwaarden §1 Wijziging en einde van de zorg- en dienstverleningsovereenkomst', quote: 'De zorgaanbieder neemt bij opzegging een termijn in acht van ten minste een week' },
    },
  ],
};

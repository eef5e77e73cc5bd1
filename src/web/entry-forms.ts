import type { EntryType } from '../domain/dossier/types.ts';
import type { ValidationIssue } from '../domain/errors.ts';
import {
  ALTERNATIVE_KIND_LABELS,
  BY_LABELS,
  CAUSED_BY_CONDITION_LABELS,
  CLIENT_NOTICE_KIND_LABELS,
  CONSEQUENCE_LABELS,
  CONSULTATION_PARTY_LABELS,
  DECISION_OUTCOME_LABELS,
  DEPENDENCE_LABELS,
  ENDANGERED_LABELS,
  FROM_LABELS,
  GROUND_LABELS,
  NOTICE_UNIT_LABELS,
  WEDERHOOR_WITH_LABELS,
} from './labels.ts';

// One form per entry type of the interchange format, described as data: the same description
// renders the form and turns the posted fields back into an entry. The domain validates that entry
// (parseEntry, via appendEntry); its issue paths (`$.description`) name these fields directly.

export type FieldSpec =
  | { kind: 'text' | 'textarea' | 'date'; name: string; label: string; help?: string; optional?: boolean }
  | { kind: 'choice'; name: string; label: string; help?: string; options: Readonly<Record<string, string>>; optional?: boolean }
  /** Checkboxes; an optional group left empty leaves the field out. */
  | { kind: 'multi'; name: string; label: string; help?: string; options: Readonly<Record<string, string>>; optional?: boolean }
  /** A boolean as Ja/Nee radios; optional ones also offer "Niet vastgelegd" (the field is left out). */
  | { kind: 'yesno'; name: string; label: string; help?: string; optional?: boolean }
  | { kind: 'number' | 'euro'; name: string; label: string; help?: string; optional?: boolean }
  /** The id of another entry of this dossier, of `entryType`: chosen from the case's entries on the page. */
  | { kind: 'entry'; name: string; label: string; help?: string; entryType: EntryType };

export interface EntryForm {
  type: EntryType;
  /** What this entry records, shown above the form. */
  intro: string;
  fields: readonly FieldSpec[];
}

const outcome = (help: string): FieldSpec => ({ kind: 'textarea', name: 'outcome', label: 'Uitkomst', help });

export const ENTRY_FORMS: Readonly<Record<EntryType, EntryForm>> = {
  incident: {
    type: 'incident',
    intro: 'Leg vast wat er is gebeurd: feitelijk, met wie erbij betrokken was.',
    fields: [
      { kind: 'choice', name: 'ground', label: 'Soort gebeurtenis', help: 'De reden die dit incident laat zien.', options: GROUND_LABELS },
      { kind: 'choice', name: 'by', label: 'Door wie', options: BY_LABELS },
      { kind: 'textarea', name: 'description', label: 'Beschrijving', help: 'Wat is er gebeurd, wanneer en waar? Beschrijf gedrag, geen oordeel.' },
      {
        kind: 'multi',
        name: 'endangered',
        label: 'Wiens veiligheid kwam in het geding?',
        help: 'Alleen als iemands veiligheid echt in gevaar was. Beëindigen met onmiddellijke ingang kan alleen na zo’n recent incident.',
        options: ENDANGERED_LABELS,
        optional: true,
      },
    ],
  },
  warning: {
    type: 'warning',
    intro: 'Een waarschuwing aan de cliënt over het gedrag en wat er kan volgen.',
    fields: [
      { kind: 'yesno', name: 'written', label: 'Schriftelijk?', help: 'Is de waarschuwing op papier of per e-mail gegeven?' },
      { kind: 'choice', name: 'consequence', label: 'Gevolg dat is genoemd', help: 'Welk gevolg is de cliënt voorgehouden als het gedrag niet verandert?', options: CONSEQUENCE_LABELS },
      { kind: 'yesno', name: 'sharedWithRepresentative', label: 'Gedeeld met de wettelijk vertegenwoordiger?', optional: true },
      { kind: 'textarea', name: 'description', label: 'Inhoud van de waarschuwing', help: 'Wat is er gezegd of geschreven, en welke afspraken zijn gemaakt?' },
    ],
  },
  consultation: {
    type: 'consultation',
    intro: 'Overleg met andere disciplines over de situatie van de cliënt.',
    fields: [
      { kind: 'multi', name: 'with', label: 'Overlegd met', help: 'Kies iedereen met wie is overlegd.', options: CONSULTATION_PARTY_LABELS },
      outcome('Wat is afgesproken of geadviseerd?'),
    ],
  },
  alternative: {
    type: 'alternative',
    intro: 'Een alternatief dat is gezocht of ingezet voordat de zorg stopt.',
    fields: [
      { kind: 'choice', name: 'kind', label: 'Soort alternatief', options: ALTERNATIVE_KIND_LABELS },
      outcome('Wat leverde het op? Waarom wel of niet passend?'),
      { kind: 'yesno', name: 'withClient', label: 'Samen met de cliënt gezocht?', help: 'Met de cliënt of de wettelijk vertegenwoordiger.', optional: true },
      { kind: 'yesno', name: 'succeeded', label: 'Gelukt?', help: 'Is er een andere aanbieder of plek gevonden, of hielp de maatregel?', optional: true },
    ],
  },
  'condition-assessment': {
    type: 'condition-assessment',
    intro: 'Of het gedrag (mede) voortkomt uit het ziektebeeld van de cliënt.',
    fields: [
      { kind: 'choice', name: 'causedByCondition', label: 'Komt het gedrag voort uit het ziektebeeld?', options: CAUSED_BY_CONDITION_LABELS },
      { kind: 'text', name: 'assessedBy', label: 'Beoordeeld door', help: 'Naam en functie, bijvoorbeeld: M. Jansen, gedragsdeskundige.' },
    ],
  },
  weighing: {
    type: 'weighing',
    intro: 'De afweging tussen het belang van de cliënt en dat van medewerkers en andere cliënten.',
    fields: [
      { kind: 'textarea', name: 'clientInterest', label: 'Belang van de cliënt en naasten', help: 'Waarom is doorgaan met de zorg voor de cliënt belangrijk?', optional: true },
      { kind: 'choice', name: 'dependence', label: 'Hoe afhankelijk is de cliënt van deze zorg?', options: DEPENDENCE_LABELS, optional: true },
      { kind: 'yesno', name: 'dependenceAssessedWithGp', label: 'Afhankelijkheid beoordeeld met de huisarts?', help: 'Eventueel in een MDO. VGZ vraagt dit.', optional: true },
      { kind: 'textarea', name: 'othersInterest', label: 'Belangen van medewerkers, medebewoners en de zorgaanbieder', optional: true },
      { kind: 'textarea', name: 'text', label: 'Afweging en conclusie', help: 'Hoe weegt u beide kanten tegen elkaar af?' },
    ],
  },
  'client-notice': {
    type: 'client-notice',
    intro: 'Een bericht aan de cliënt over de procedure.',
    fields: [
      { kind: 'choice', name: 'kind', label: 'Soort bericht', options: CLIENT_NOTICE_KIND_LABELS },
      { kind: 'yesno', name: 'written', label: 'Schriftelijk?' },
      { kind: 'yesno', name: 'complaintRouteMentioned', label: 'Klachtenregeling genoemd?', help: 'Staat in het bericht hoe de cliënt kan klagen?', optional: true },
    ],
  },
  'gp-informed': { type: 'gp-informed', intro: 'De huisarts van de cliënt is geïnformeerd.', fields: [] },
  'funder-request': {
    type: 'funder-request',
    intro: 'Het verzoek aan de financier om in te stemmen.',
    fields: [
      { kind: 'yesno', name: 'dossierAttached', label: 'Dossier meegestuurd?' },
      { kind: 'textarea', name: 'continuityProposal', label: 'Voorstel voor continuïteit van zorg', help: 'Hoe wordt de zorg voortgezet na beëindiging?', optional: true },
    ],
  },
  'information-request': {
    type: 'information-request',
    intro: 'Een verzoek om aanvullende informatie.',
    fields: [
      { kind: 'choice', name: 'from', label: 'Gevraagd door', options: FROM_LABELS },
      { kind: 'date', name: 'answered', label: 'Beantwoord op', help: 'Laat leeg zolang het niet is beantwoord.', optional: true },
    ],
  },
  wederhoor: {
    type: 'wederhoor',
    intro: 'De financier heeft de cliënt gehoord (wederhoor).',
    fields: [{ kind: 'choice', name: 'with', label: 'Gehoord', options: WEDERHOOR_WITH_LABELS }],
  },
  'funder-decision': {
    type: 'funder-decision',
    intro: 'Het besluit van de financier op het verzoek.',
    fields: [
      { kind: 'choice', name: 'outcome', label: 'Besluit', options: DECISION_OUTCOME_LABELS },
      { kind: 'date', name: 'endDate', label: 'Einddatum van de zorg', optional: true },
      { kind: 'textarea', name: 'reasons', label: 'Motivering' },
    ],
  },
  objection: {
    type: 'objection',
    intro: 'Bezwaar tegen het besluit van de financier.',
    fields: [{ kind: 'textarea', name: 'reasons', label: 'Gronden van het bezwaar' }],
  },
  consent: {
    type: 'consent',
    intro: 'Toestemming van de cliënt om gegevens te delen met een volgende aanbieder.',
    fields: [
      { kind: 'text', name: 'recipient', label: 'Ontvanger', help: 'Aan wie mogen de gegevens worden gegeven?' },
      { kind: 'yesno', name: 'written', label: 'Schriftelijk?' },
      { kind: 'date', name: 'withdrawn', label: 'Ingetrokken op', optional: true, help: 'Trekt de cliënt de toestemming in? Leg dan een correctie van deze toestemming vast met de datum.' },
    ],
  },
  'suspension-period': {
    type: 'suspension-period',
    intro: 'De periode waarin niet-noodzakelijke zorg is opgeschort.',
    fields: [
      { kind: 'date', name: 'start', label: 'Begin' },
      { kind: 'date', name: 'end', label: 'Einde' },
      { kind: 'textarea', name: 'scope', label: 'Welke zorg wordt opgeschort', help: 'Alleen zorg die niet noodzakelijk is.' },
      { kind: 'yesno', name: 'agreedWithGp', label: 'Periode afgestemd met de huisarts?' },
    ],
  },
  transfer: {
    type: 'transfer',
    intro: 'De zorg is overgedragen aan een andere aanbieder.',
    fields: [{ kind: 'text', name: 'to', label: 'Overgedragen aan' }],
  },
  'police-report': { type: 'police-report', intro: 'Er is aangifte of melding gedaan bij de politie.', fields: [] },
  'no-show': {
    type: 'no-show',
    intro: 'De cliënt kwam niet op een afspraak.',
    fields: [
      { kind: 'number', name: 'cancelledHoursAhead', label: 'Afgezegd, uren van tevoren', help: 'Laat leeg als de afspraak helemaal niet is afgezegd.', optional: true },
      { kind: 'yesno', name: 'forceMajeure', label: 'Door overmacht?', help: 'Kon de cliënt door overmacht niet afzeggen? Dan brengt u niets in rekening.', optional: true },
    ],
  },
  invoice: {
    type: 'invoice',
    intro: 'Een factuur aan de cliënt.',
    fields: [
      { kind: 'euro', name: 'amountCents', label: 'Bedrag in euro', help: 'Bijvoorbeeld 125,50.' },
      { kind: 'date', name: 'dueDate', label: 'Vervaldatum' },
      { kind: 'date', name: 'paid', label: 'Betaald op', help: 'Laat leeg zolang niet betaald.', optional: true },
    ],
  },
  'stop-message': {
    type: 'stop-message',
    intro: 'Het stopbericht (iWmo 307) is verstuurd.',
    fields: [{ kind: 'text', name: 'messageId', label: 'Berichtkenmerk', optional: true }],
  },
  'notice-by-client': {
    type: 'notice-by-client',
    intro: 'De cliënt zegt de overeenkomst op. De cliënt neemt een opzegtermijn van 30 dagen in acht.',
    fields: [
      { kind: 'date', name: 'endDate', label: 'Gevraagde einddatum', help: 'Alleen als de cliënt een datum noemt.', optional: true },
    ],
  },
  'destruction-request': {
    type: 'destruction-request',
    intro: 'De cliënt vraagt het dossier te vernietigen. Dat moet binnen drie maanden, tenzij bewaren van aanmerkelijk belang is voor een ander of de wet zich ertegen verzet.',
    fields: [],
  },
  'continuity-proposal': {
    type: 'continuity-proposal',
    intro: 'Het voorstel hoe de zorg doorloopt totdat de financier over het verzoek heeft beslist. Het hoort bij het verzoek.',
    fields: [{ kind: 'textarea', name: 'text', label: 'Voorstel', help: 'Wie levert welke zorg tot het besluit, en wie is verantwoordelijk?' }],
  },
  'decision-deviation': {
    type: 'decision-deviation',
    intro: 'U wijkt af van het besluit van de financier, bijvoorbeeld met een andere einddatum. Deel dit met de contractmanager en de toegangsmedewerker.',
    fields: [{ kind: 'textarea', name: 'description', label: 'Wat wijkt af, en waarom?' }],
  },
  'copy-request': {
    type: 'copy-request',
    intro: 'De cliënt vraagt een kopie van het dossier.',
    fields: [{ kind: 'date', name: 'provided', label: 'Kopie gegeven op', help: 'Laat leeg zolang de kopie niet is gegeven.', optional: true }],
  },
  'payment-reminder': {
    type: 'payment-reminder',
    intro: 'Een betalingsherinnering, verstuurd nadat de betalingstermijn van de factuur is verstreken. De cliënt heeft 14 dagen vanaf ontvangst.',
    fields: [
      { kind: 'entry', name: 'invoice', label: 'Factuur', help: 'De factuur waarover de herinnering gaat.', entryType: 'invoice' },
      { kind: 'date', name: 'received', label: 'Ontvangen door de cliënt op', help: 'Laat leeg zolang niet bekend is wanneer de cliënt de herinnering ontving.', optional: true },
    ],
  },
  'plan-evaluation': {
    type: 'plan-evaluation',
    intro: 'Het ondersteuningsplan is geëvalueerd. Dat moet minstens eens per half jaar, samen met de cliënt.',
    fields: [{ kind: 'yesno', name: 'withClient', label: 'Samen met de cliënt?' }],
  },
  'notice-period': {
    type: 'notice-period',
    intro: 'De opzegtermijn die u hanteert als u de zorg beëindigt, en waarom die redelijk is. De definitieve opzegging neemt deze termijn over.',
    fields: [
      { kind: 'number', name: 'amount', label: 'Opzegtermijn (aantal)' },
      { kind: 'choice', name: 'unit', label: 'Eenheid', options: NOTICE_UNIT_LABELS },
      { kind: 'textarea', name: 'problemsAndDependence', label: 'Ernst van de problematiek en afhankelijkheid van de zorg' },
      { kind: 'textarea', name: 'stay', label: 'Aard en duur van het verblijf of de zorg' },
      { kind: 'textarea', name: 'timeForAlternative', label: 'Tijd nodig om een aanvaardbaar alternatief te vinden' },
    ],
  },
};

/** The fields every entry has besides its own. */
export const COMMON_FIELDS: readonly FieldSpec[] = [
  { kind: 'date', name: 'date', label: 'Datum', help: 'De dag waarop het gebeurde: vandaag of eerder, bijvoorbeeld 16-03-2026.' },
  { kind: 'textarea', name: 'note', label: 'Aantekening', help: 'Wat verder van belang is voor wie het dossier leest.', optional: true },
];

export type FormValues = Record<string, string | string[] | undefined>;

function single(values: FormValues, name: string): string {
  const value = values[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

function list(values: FormValues, name: string): string[] {
  const value = values[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Euro text as typed in the Netherlands (`1.250,50`, `12,5`, `40`) to whole cents, or undefined. */
export function euroToCents(text: string): number | undefined {
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(text.replace(/^€\s*/, ''));
  if (match === null) return undefined;
  return Number((match[1] as string).replace(/\./g, '')) * 100 + Number(((match[2] ?? '') + '00').slice(0, 2));
}

/**
 * The posted form as an entry object for the domain to validate. Empty fields are left out, so a
 * missing required field gets the domain's own "verplicht veld ontbreekt"; only what the domain
 * never sees (the euro text before it becomes cents) is checked here.
 */
export function entryFromForm(type: EntryType, values: FormValues): { input: Record<string, unknown>; issues: ValidationIssue[] } {
  const input: Record<string, unknown> = { type };
  const issues: ValidationIssue[] = [];
  for (const field of [...COMMON_FIELDS, ...ENTRY_FORMS[type].fields]) {
    if (field.kind === 'multi') {
      const chosen = list(values, field.name);
      if (chosen.length > 0 || field.optional !== true) input[field.name] = chosen;
      continue;
    }
    const raw = single(values, field.name);
    if (raw === '') continue;
    switch (field.kind) {
      case 'yesno':
        input[field.name] = raw === 'ja' ? true : raw === 'nee' ? false : raw;
        break;
      case 'number':
        input[field.name] = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
        break;
      case 'euro': {
        const cents = euroToCents(raw);
        if (cents === undefined) issues.push({ path: `$.${field.name}`, message: 'geen geldig bedrag; schrijf bijvoorbeeld 125,50' });
        else input[field.name] = cents;
        break;
      }
      default:
        input[field.name] = raw;
    }
  }
  const corrects = single(values, 'corrects');
  if (corrects !== '') input.corrects = corrects;
  return { input, issues };
}

/** The form field an issue belongs to: `$.with[1]` → `with`; undefined for the entry as a whole. */
export function fieldOfIssue(path: string): string | undefined {
  return /^\$\.([A-Za-z]+)/.exec(path)?.[1];
}

// Form errors as people read them, in the words the NL Design System and GOV.UK guidance use: say
// what to do, name the field, no codes ('Vul de geboortedatum in', 'De datum moet vandaag of in het
// verleden liggen'). The domain's messages name a JSON path for the API; a page never shows one,
// nor a program's own error text.

/** What a message needs to know of its field: how it is called and whether it is a choice. */
export interface MessageField {
  label: string;
  kind: string;
}

const HET_WORDS = new Set(['regime', 'bedrag', 'aantal', 'gevolg', 'voorstel', 'formulier', 'besluit', 'bericht', 'item', 'dossier', 'wachtwoord', 'e-mailadres']);
const CHOICE_KINDS = new Set(['choice', 'multi', 'yesno', 'entry']);

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The field as a sentence names it: 'de geboortedatum', 'het bedrag', or quoted when its label is a question or phrase. */
function named(label: string): string {
  if (label.endsWith('?') || /^(Door|Beoordeeld|Zorg|Overlegd|Gedeeld|Samen|Wiens|Welk|Welke|Wat|Wie|Hoe)\b/.test(label)) return `‘${label}’`;
  const lower = label.charAt(0).toLowerCase() + label.slice(1);
  return `${HET_WORDS.has(lower.split(/[\s(]/)[0] ?? '') ? 'het' : 'de'} ${lower}`;
}

/** A domain or form message for a field, rephrased for the person filling it in. */
export function forPeople(message: string, field?: MessageField): string {
  const subject = field === undefined ? 'de waarde' : named(field.label);
  const question = field !== undefined && (field.kind === 'yesno' || field.label.endsWith('?'));
  if (/^(verplicht veld ontbreekt|mag niet leeg zijn|moet minstens 1 waarde|is verplicht)/.test(message)) {
    if (question) return `Kies ja of nee bij ${subject}`;
    return field !== undefined && CHOICE_KINDS.has(field.kind) ? `Kies ${subject}` : `Vul ${subject} in`;
  }
  if (/^geen geldige datum/.test(message)) return `${capital(subject)} moet een bestaande datum zijn, bijvoorbeeld 16-03-2026`;
  if (/moet in het verleden liggen/.test(message)) return `${capital(subject)} moet in het verleden liggen`;
  if (/ligt na (vandaag|de peildatum)/.test(message)) return `${capital(subject)} moet vandaag of in het verleden liggen`;
  if (/vóór de geboortedatum/.test(message)) return `${capital(subject)} moet na de geboortedatum van de cliënt liggen`;
  if (/ligt buiten \d{4}-\d{2}-\d{2} tot en met/.test(message)) return `${capital(subject)} moet tussen 1900 en 2199 liggen`;
  const tooLong = /^is te lang \(maximaal (\d+) tekens\)/.exec(message);
  if (tooLong) return `${capital(subject)} mag niet langer zijn dan ${tooLong[1]} tekens`;
  if (field !== undefined && /^moet een geheel getal zijn|^moet een getal zijn/.test(message)) return `${capital(subject)} moet een getal zijn, bijvoorbeeld 3`;
  if (field !== undefined && /^moet op één regel staan/.test(message)) return `${capital(subject)} ${message}`;
  if (/^geen geldig bedrag/.test(message)) return `${capital(subject)} moet een bedrag zijn, bijvoorbeeld 125,50`;
  if (field !== undefined && /^moet een van deze waarden zijn|^onbekend soort item/.test(message)) return `Kies ${subject} uit de lijst`;
  if (/^geen geldige JSON/.test(message)) return 'Het bestand is geen dossierbestand: de inhoud is geen geldige JSON';
  // Anything else: the domain's own Dutch sentence, without a path in it and starting with a capital.
  return capital(message.replace(/\s*\(?\$[.[][^\s)]*\)?/g, '').trim());
}

/** A message about a field of an imported file: nothing there is to be filled in, it is missing. */
export function forFile(message: string): string {
  return /^verplicht veld ontbreekt/.test(message) ? 'Ontbreekt in het bestand' : forPeople(message);
}

// The interchange format's own fields, as the new-case form names them (review finding 21).
const FILE_FIELDS: Readonly<Record<string, string>> = {
  format: 'formaat',
  regime: 'regime',
  procedure: 'procedure',
  careStarted: 'zorg gestart op',
  client: 'cliënt',
  'client.name': 'naam van de cliënt',
  'client.birthDate': 'geboortedatum',
  'client.hasRepresentative': 'wettelijk vertegenwoordiger',
  'client.address': 'adres van de cliënt',
  'client.representative': 'wettelijk vertegenwoordiger',
  allocation: 'toewijzing',
  entries: 'items',
};

/**
 * Where an issue of an imported file is, in words: `$.entries[2].date` → 'Item 3, datum';
 * `$.client.birthDate` → 'Geboortedatum'. An entry's field by the label its form gives it
 * (`entryLabels`), the field's own name only when no form has it.
 */
export function placeInFile(path: string, entryLabels: ReadonlyMap<string, string> = new Map()): string {
  const entry = /^\$\.entries\[(\d+)\](?:\.([A-Za-z]+)(.*))?$/.exec(path);
  if (entry) {
    const field = entry[2] === undefined ? '' : `, ${(entryLabels.get(entry[2]) ?? entry[2]).toLowerCase()}`;
    return `Item ${Number(entry[1]) + 1}${field}`;
  }
  if (path === '$' || path === 'bestand') return 'Het bestand';
  const field = path.replace(/^\$\./, '');
  const label = FILE_FIELDS[field] ?? FILE_FIELDS[field.replace(/[.[].*$/, '')];
  return label === undefined ? `Veld ${field}` : label.charAt(0).toUpperCase() + label.slice(1);
}

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

/** Where an issue of an imported file is, in words: `$.entries[2].date` → 'item 3, date'. */
export function placeInFile(path: string): string {
  const entry = /^\$\.entries\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (entry) return `Item ${Number(entry[1]) + 1}${entry[2] !== undefined ? `, veld ${entry[2]}` : ''}`;
  if (path === '$' || path === 'bestand') return 'Het bestand';
  return `Veld ${path.replace(/^\$\./, '').replace(/\[(\d+)\]/g, (_, n: string) => ` ${Number(n) + 1}`)}`;
}

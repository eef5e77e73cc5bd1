import type { CaseStatus } from '../domain/dossier/status.ts';
import type { RequirementStatus } from '../domain/assessment/types.ts';

export * from '../domain/dossier/labels.ts';

// Labels only the pages use, beside the format's code names (domain/dossier/labels.ts).

export const STATUS_LABELS: Record<CaseStatus, string> = {
  open: 'Open',
  ingediend: 'Ingediend bij financier',
  besloten: 'Besloten door financier',
  afgerond: 'Afgerond',
};

/** Why client data was accessed (the access log's purpose of use). */
export const PURPOSE_LABELS: Record<string, string> = {
  treatment: 'Zorgverlening',
  'funder-review': 'Beoordeling door de financier',
  'client-access': 'Inzage door de cliënt',
  administration: 'Beheer',
};

/** Why the policy refused (the access log's reason). */
export const REFUSAL_LABELS: Record<string, string> = {
  'no-relation': 'geen relatie met deze gegevens',
  'not-granted': 'de rol heeft dit recht niet',
  'wrong-password': 'wachtwoord onjuist',
  'wrong-code': 'code van de tweede factor onjuist',
  blocked: 'te veel mislukte pogingen; tijdelijk tegengehouden',
  deactivated: 'account gedeactiveerd',
};

export const ROLE_LABELS: Record<string, string> = {
  medewerker: 'Medewerker',
  regievoerder: 'Regievoerder',
  beoordelaar: 'Beoordelaar',
  'medisch-adviseur': 'Medisch adviseur',
  client: 'Cliënt',
  beheerder: 'Beheerder',
  operator: 'Beheerder van de server',
  system: 'Systeem',
};

export const REQUIREMENT_STATUS_LABELS: Record<RequirementStatus, string> = {
  met: 'Voldaan',
  missing: 'Ontbreekt',
  'not-applicable': 'Niet van toepassing',
};

// Built once: constructing a formatter per call costs more than the rest of a page.
const momentFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

/** `2026-05-04` → `4 mei 2026`. */
export { formatDutchDate as formatDate } from '../domain/calendar/dates.ts';

/** A moment as Dutch readers write it, in Dutch time: `22 november 2026 om 15:40`. */
export function formatMoment(moment: Date): string {
  return momentFormat.format(moment);
}

/** The seed documents the rules cite, by the number their file name starts with. */
const SOURCE_TITLES: Record<string, string> = {
  '000': 'Gemeente Groningen — te ondernemen stappen bij zorgbeëindiging door een gecontracteerde aanbieder',
  '001': 'Bijlage 6 — Zorgweigering en zorgbeëindiging',
  '002': 'VGZ — notitie opschorten en beëindigen van wijkverpleging',
  '003': 'VGZ — Zorg opschorten of beëindigen (stappenplan voor zorgaanbieders)',
  '004': 'Zorggroep Oude en Nieuwe Land — voorwaarden Wmo',
};

export function sourceTitle(seed: string): string {
  return SOURCE_TITLES[seed.slice(0, 3)] ?? seed;
}

/** The client's own pages: the procedure and where it stands, in plain words (B1). */
export const PROCEDURE_PLAIN: Record<string, string> = {
  weigering: 'De zorgaanbieder wil (een deel van) de zorg niet geven.',
  opschorting: 'De zorgaanbieder stopt de zorg voor een tijd.',
  beeindiging: 'De zorgaanbieder wil de zorg stoppen.',
  'beeindiging-onmiddellijk': 'De zorgaanbieder wil de zorg meteen stoppen.',
};

export const STATUS_PLAIN: Record<CaseStatus, string> = {
  open: 'De zorgaanbieder zet alles op een rij. Er is nog niets gevraagd aan de gemeente of de zorgverzekeraar.',
  ingediend: 'De zorgaanbieder heeft de gemeente of de zorgverzekeraar om een besluit gevraagd. Dat besluit komt nog.',
  besloten: 'De gemeente of de zorgverzekeraar heeft een besluit genomen.',
  afgerond: 'Dit is afgerond.',
};

/** Who looked at a client's file, in the client's words. */
export const LOOKER_ROLE_PLAIN: Record<string, string> = {
  ...ROLE_LABELS,
  client: 'U zelf',
  representative: 'Uw wettelijk vertegenwoordiger',
  system: 'Zorgvuldig (automatisch)',
};

import { daysBetween, MONTHS_NL } from '../calendar/dates.ts';
import type { Ground, RegimeId } from '../dossier/types.ts';
import type { ReportIdentity, SuspensionReportContent } from './report.ts';

// What Zorgadvies passes on to Zorginkoop (seed 002, 'Zorgopschorting' step 4: 'Zorgadvies geeft
// dit, geanonimiseerd, ter kennisgeving door aan Zorginkoop van VGZ'). Purchasing needs to know
// that a provider met these problems and suspended this care, not who the client is. So the
// client's name, BSN, birth date and address are left out, dates are cut to the month, and every
// free text is scrubbed: of the names, addresses, birth date and BSN the report knows, and of
// anything shaped like a street address, a BSN, a postcode, a telephone number or an e-mail address. What scrubbing
// cannot catch (a neighbour's name, 'de enige Syrische familie in de straat') is in decision 0019.

export interface AnonymisedSuspensionReport {
  regime: RegimeId;
  providerName: string;
  /** 'YYYY-MM'. */
  reportedIn: string;
  summary: string;
  period: { startsIn: string; days: number; scope: string } | null;
  incidents: { month: string; ground: Ground; description: string }[];
}

/** What replaces each kind of identifying text. */
export const PLACEHOLDERS = {
  name: '[naam]',
  address: '[adres]',
  birthDate: '[geboortedatum]',
  bsn: '[BSN]',
  postcode: '[postcode]',
  phone: '[telefoonnummer]',
  email: '[e-mailadres]',
} as const;
type Kind = keyof typeof PLACEHOLDERS;

/**
 * Words of a name that are not the name: titles, forms of address and the Dutch surname prefixes
 * (a prefix alone identifies nobody, and scrubbing every 'de' and 'van' would leave no text).
 */
const NOT_A_NAME = new Set(
  ['mevrouw', 'meneer', 'heer', 'mw', 'mevr', 'dhr', 'mr', 'dr', 'drs', 'ir', 'ing', 'prof', 'de', 'der', 'den', 'van', 'het', 'ter', 'ten', 'te', 'op', 'in', 'la', 'le', 'du', 'da', 'di', 'von', 'zu'],
);

/**
 * The words of a name that identify on their own: capitalised (a name's own words; the lower-case
 * ones in 'dhr. R. Kramer (vader, gezaghebbende ouder)' say who someone is to the client), two
 * letters or more (an initial alone is everyone's), no title or prefix.
 */
export function nameWords(name: string): string[] {
  return [...name.matchAll(/\p{L}+/gu)].map((m) => m[0]).filter((w) => w.length >= 2 && /^\p{Lu}/u.test(w) && !NOT_A_NAME.has(w.toLowerCase()));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A literal that may be written with other spacing (a line break in a postcode). */
const literal = (s: string) => s.trim().split(/\s+/).map(escape).join('\\s+');
/** Not inside a longer word or number. */
const word = (source: string) => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;
/** Not inside a longer number (a BSN straight after 'BSN' is still a BSN). */
const digits = (source: string) => `(?<!\\p{N})(?:${source})(?!\\p{N})`;

const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** The birth date as people write it: 1941-11-03, 3-11-1941, 03/11/1941, 3.11.1941, 3 november 1941, 3 nov. 1941. */
function birthDateSource(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const d = `0?${day}`;
  const m = `0?${month}`;
  const monthName = `(?:${MONTHS_NL[month - 1]}|${MONTH_ABBREVIATIONS[month - 1]}\\.?${month === 9 ? '|sept\\.?' : ''})`;
  return [escape(iso), `${d}[-/.]${m}[-/.]${year}`, `${d}\\s+${monthName}\\s+${year}`].join('|');
}

/** The whole address, each of its lines, and the street's words (a street name alone still points at a house). */
function addressSources(address: string): string[] {
  const lines = address.split(',').map((l) => l.trim()).filter((l) => l !== '');
  const street = lines[0] === undefined ? [] : nameWords(lines[0].replace(/\d.*$/, ''));
  return [address, ...lines, ...street].map(literal);
}

/**
 * Any street address, whoever's (review finding 24: a neighbour's or an old address is not in the
 * report's identity): a word ending in a Dutch street suffix, its house number (12, 12a, 12-3, 12 bis),
 * and a postcode with the place when they follow ('Dorpsstraat 12, 1234 AB Ede').
 */
const STREET_SUFFIXES = 'straat|laan|weg|plein|singel|gracht|kade|dijk|dreef|hof|pad|steeg|markt|park|erf|ring|baan|wal|haven|plantsoen|boulevard|allee|dam|veld|hoek|akker|brink|weide|zijde|burg';
const STREET_ADDRESS = `[\\p{L}'-]+?(?:${STREET_SUFFIXES})\\s+\\d{1,5}(?:\\s?[a-z](?![\\p{L}])|-\\d{1,4}|\\s+bis)?(?:,?\\s*[1-9]\\d{3}\\s?[a-z]{2}(?:\\s+\\p{Lu}[\\p{L}'-]+)?)?`;

interface Pattern {
  kind: Kind;
  source: string;
}

/** One alternation whose alternatives all stand between the same boundaries. */
function bounded(boundary: (source: string) => string, patterns: readonly Pattern[]): { source: string; kinds: Kind[] } {
  return { source: boundary(patterns.map((p) => `(${p.source})`).join('|')), kinds: patterns.map((p) => p.kind) };
}

/**
 * The identity as one regular expression, each alternative a group that names its kind. Longer
 * literals first: at one position the first alternative that matches wins, so a full name goes
 * before its words and an address before its lines. The boundaries are written once per group of
 * alternatives: a Unicode letter class under the `i` flag is costly to compile, and there is one
 * expression per report.
 */
function matcherOf(identity: ReportIdentity): { regex: RegExp; kinds: Kind[] } {
  const byLength = (a: string, b: string) => b.length - a.length;
  const names = [...identity.names, ...identity.names.flatMap(nameWords)].map(literal).sort(byLength);
  const addresses = identity.addresses.flatMap(addressSources).sort(byLength);
  const words = bounded(word, [
    ...addresses.map((source) => ({ kind: 'address' as const, source })),
    ...names.map((source) => ({ kind: 'name' as const, source })),
    { kind: 'address', source: STREET_ADDRESS },
    { kind: 'postcode', source: '[1-9]\\d{3}\\s?[A-Za-z]{2}' },
  ]);
  const numbers = bounded(digits, [
    { kind: 'birthDate', source: birthDateSource(identity.birthDate) },
    ...(identity.bsn === null ? [] : [{ kind: 'bsn' as const, source: escape(identity.bsn) }]),
    // Any BSN, whoever's: nine digits, or grouped 3-3-3 or 4-2-3.
    { kind: 'bsn', source: '\\d{9}|\\d{3}[ .-]\\d{3}[ .-]\\d{3}|\\d{4}[ .-]\\d{2}[ .-]\\d{3}' },
    { kind: 'phone', source: '(?:\\+31|0031|0)\\s?[1-9](?:[\\s-]?\\d){8}' },
  ]);
  const email = { source: '([\\w.%+-]+@[\\w.-]+\\.[a-z]{2,})', kinds: ['email' as const] };
  const parts = [words, numbers, email];
  return { regex: new RegExp(parts.map((p) => p.source).join('|'), 'giu'), kinds: parts.flatMap((p) => p.kinds) };
}

/**
 * Free text with every identifying string of the identity replaced by its placeholder, in one
 * pass (so a placeholder is never scrubbed again), case-insensitively.
 */
export function scrub(text: string, identity: ReportIdentity): string {
  return scrubber(identity)(text);
}

function scrubber(identity: ReportIdentity): (text: string) => string {
  const { regex, kinds } = matcherOf(identity);
  return (text) =>
    text.replace(regex, (...args: unknown[]) => {
      const index = kinds.findIndex((_, i) => args[i + 1] !== undefined);
      return PLACEHOLDERS[kinds[index] as Kind];
    });
}

const monthOf = (iso: string) => iso.slice(0, 7);

/** The report as Zorginkoop may see it: no name, BSN, birth date or address, free text scrubbed, dates to the month. */
export function anonymiseSuspensionReport(report: SuspensionReportContent): AnonymisedSuspensionReport {
  const clean = scrubber(report.identity);
  return {
    regime: report.regime,
    providerName: report.providerName,
    reportedIn: monthOf(report.reportedOn),
    summary: clean(report.summary),
    period:
      report.period === null
        ? null
        : { startsIn: monthOf(report.period.start), days: daysBetween(report.period.start, report.period.end) + 1, scope: clean(report.period.scope) },
    incidents: report.incidents.map((i) => ({ month: monthOf(i.date), ground: i.ground, description: clean(i.description) })),
  };
}

import { deadlineTypeOf } from '../assessment/deadline-types.ts';
import type { DeadlineResult } from '../assessment/types.ts';
import type { CareLaw, Entry, IsoDate, RegimeId } from '../dossier/types.ts';
import { addMonths } from '../calendar/dates.ts';
import type { ValidationIssue } from '../errors.ts';

// The client's rights over their own file, from seed 004 §3 (inzage, copy, correction, retention,
// destruction) and §10 (complaints), as data with their quotes: what the client's pages say, what
// the provider must record to withhold an entry or keep a file, and the deadlines of the requests.

const SEED = '004';

export const WITHHOLDING_REASONS = {
  'privacy-other': {
    label: 'Om de privacy van een ander dan u te beschermen',
    quote: 'voor zover de persoonlijke levenssfeer van een ander dan de cliënt daardoor zou worden geschaad',
  },
  'domestic-violence': {
    label: 'Om huiselijk geweld te beëindigen of een vermoeden daarvan te onderzoeken',
    quote: 'noodzakelijk is om een situatie van huiselijk geweld of kindermishandeling te beëindigen dan wel een redelijke vermoeden daarvan te onderzoeken',
  },
  'child-abuse': {
    label: 'Om kindermishandeling te beëindigen of een vermoeden daarvan te onderzoeken',
    quote: 'noodzakelijk is om een situatie van huiselijk geweld of kindermishandeling te beëindigen dan wel een redelijke vermoeden daarvan te onderzoeken',
  },
} as const;
export type WithholdingReason = keyof typeof WITHHOLDING_REASONS;

export function isWithholdingReason(value: unknown): value is WithholdingReason {
  return typeof value === 'string' && Object.hasOwn(WITHHOLDING_REASONS, value);
}

/** Why a file is kept longer than 15 years, or not destroyed on request (seed 004 §3). */
export const RETENTION_EXCEPTIONS = {
  'longer-retention': {
    label: 'Het dossier wordt langer bewaard dan de gewone bewaartermijn',
    quote: 'en zoveel langer als redelijkerwijs in verband met een zorgvuldige uitvoering van de taak van de aanbieder op grond van de WMO 2015 noodzakelijk is',
    blocksDestruction: false,
  },
  'important-to-other': {
    label: 'Het dossier is van groot belang voor een ander dan u',
    quote: 'tenzij redelijkerwijs aannemelijk is dat het bewaren van het dossier van aanmerkelijk belang is voor een ander dan de verzoeker',
    blocksDestruction: true,
  },
  'wmo-obligation': {
    label: 'De wet verplicht ons het dossier te bewaren',
    quote: 'alsmede voor zover het bepaald bij of krachtens de WMO 2015 zich tegen vernietiging verzet',
    blocksDestruction: true,
  },
  'legal-hold': {
    label: 'Het dossier is nodig voor een rechtszaak of onderzoek',
    quote: 'alsmede voor zover het bepaald bij of krachtens de WMO 2015 zich tegen vernietiging verzet',
    blocksDestruction: true,
  },
} as const;
export type RetentionExceptionKind = keyof typeof RETENTION_EXCEPTIONS;

export function isRetentionExceptionKind(value: unknown): value is RetentionExceptionKind {
  return typeof value === 'string' && Object.hasOwn(RETENTION_EXCEPTIONS, value);
}

/** Seed 004 §3: 'vernietigt het dossier binnen drie maanden na een daartoe strekkend verzoek'. */
const DESTRUCTION_MONTHS = 3;
export const DESTRUCTION_QUOTE = 'De zorgaanbieder vernietigt het dossier binnen drie maanden na een daartoe strekkend verzoek van de cliënt';
const RETENTION_QUOTE = 'De zorgaanbieder bewaart het dossier 15 jaar';

/** How long a file is kept after its last change, by the law the care falls under. */
export interface RetentionRule {
  years: number;
  /** Dutch, for the pages: where the rule comes from. */
  source: string;
  /** As a destruction's record names its clause. */
  clause: string;
}

// Wmo support (Groningen, ONL, Bijlage 6 under the Wmo): seed 004 §3, 15 years. Wijkverpleging under
// the Zvw (VGZ) is a medical treatment agreement, whose file the WGBO keeps 20 years from its last
// change: BW 7:454 lid 3 ('gedurende twintig jaren, te rekenen vanaf het tijdstip van de laatste
// wijziging in het dossier'); seed 004 is the ONL terms for Wmo care and does not govern it (review
// finding 17).
const WMO_RETENTION: RetentionRule = { years: 15, source: 'de algemene voorwaarden (Wmo), artikel 3', clause: `004 §3: ${RETENTION_QUOTE}` };
const WGBO_RETENTION: RetentionRule = {
  years: 20,
  source: 'de WGBO (Burgerlijk Wetboek, artikel 7:454 lid 3)',
  clause: 'BW 7:454 lid 3: gedurende twintig jaren, te rekenen vanaf het tijdstip van de laatste wijziging in het dossier',
};
// Bijlage 6 (seed 001) is a municipality's contract for Wmo and youth care alike and says nothing of
// retention; seed 004 §3's 15 years are 'op grond van de WMO 2015'. Youth care's term comes from the
// Jeugdwet itself, not from any seed: art. 7.3.8 Jeugdwet, 20 years from the file's last change
// (decision 0031).
const JEUGDWET_RETENTION: RetentionRule = {
  years: 20,
  source: 'de Jeugdwet, artikel 7.3.8',
  clause: 'Jeugdwet art. 7.3.8: twintig jaar, te rekenen vanaf het tijdstip van de laatste wijziging in het dossier',
};
// A Bijlage 6 case whose law is not known (opened before the question was asked, without an
// allocation): the longer of the two terms, since a destroyed file cannot come back and a file kept
// longer can still be destroyed once its law is known.
const UNKNOWN_LAW_RETENTION: RetentionRule = {
  ...JEUGDWET_RETENTION,
  source: 'de Jeugdwet, artikel 7.3.8: niet vastgelegd is of de zorg onder de Wmo of de Jeugdwet valt, dus geldt de langste termijn',
};

/**
 * The law a case's care falls under, as far as it matters here: what was said when the case was
 * opened (asked for Bijlage 6 cases), else the standard its allocation came in (iWmo or iJw), else
 * unknown. The retention job asks the same in SQL (store/destruction.ts `CARE_LAW`).
 */
export function careLawOf(c: { careLaw: CareLaw | null; allocation?: { law: CareLaw } }): CareLaw | null {
  return c.careLaw ?? c.allocation?.law ?? null;
}

/**
 * The law a new case states, checked against its regime and allocation (decision 0031): asked under
 * Bijlage 6 only, where it is either; optional there, so a client of the API that never sent it
 * still opens cases (they fall back on the allocation, else the longest term).
 */
export function parseCareLaw(value: unknown, doc: { regime: RegimeId; allocation?: { law: CareLaw } }): CareLaw | null | ValidationIssue {
  if (value === undefined || value === null || value === '') return null;
  if (doc.regime !== 'gemeente-bijlage6') return { path: '$.careLaw', message: 'hoort alleen bij een casus onder Bijlage 6; laat dit veld weg' };
  if (value !== 'wmo' && value !== 'jeugdwet') return { path: '$.careLaw', message: 'kies "wmo" of "jeugdwet"' };
  if (doc.allocation !== undefined && doc.allocation.law !== value) return { path: '$.careLaw', message: 'verschilt van de wet van de toewijzing ($.allocation.law)' };
  return value;
}

/** How long a case's file is kept after its last change: by its regime, and under Bijlage 6 by the law its care falls under. */
export function retentionOf(regime: RegimeId, law: CareLaw | null): RetentionRule {
  switch (regime) {
    case 'vgz-wijkverpleging':
      return WGBO_RETENTION;
    case 'gemeente-bijlage6':
      return law === 'wmo' ? WMO_RETENTION : law === 'jeugdwet' ? JEUGDWET_RETENTION : UNKNOWN_LAW_RETENTION;
    case 'groningen-wmo':
    case 'onl-wmo':
      return WMO_RETENTION;
  }
}

/**
 * When the provider must answer a request. Destruction: within three months (seed 004 §3). A
 * correction ('De cliënt is bevoegd om de aanbieder te vragen gegevens uit het dossier te
 * corrigeren') has no term in the seeds; the AVG (art. 12(3)) gives one month, which we use.
 */
export function requestDueOn(kind: 'correction' | 'destruction', requestedOn: IsoDate): IsoDate {
  return addMonths(requestedOn, kind === 'destruction' ? DESTRUCTION_MONTHS : 1);
}

/** Seed 004 §10, in plain words: where the client can go with a complaint. */
export const COMPLAINT_ROUTE = {
  steps: [
    'Bent u niet tevreden? Praat er eerst over met de medewerker, of met zijn of haar leidinggevende.',
    'Komt u er samen niet uit? De klachtenbemiddelaar van de zorgaanbieder helpt u. Die geeft advies en zoekt samen met u en de medewerker naar een oplossing.',
    'Lukt dat ook niet? Dan dient u een klacht in bij de zorgaanbieder. Die behandelt uw klacht volgens de klachtenregeling. De regeling staat op de website van de zorgaanbieder.',
  ],
  source: { seed: SEED, clause: '§10', quote: 'Cliënten kunnen een klacht indienen bij de zorgaanbieder als in onderling overleg geen oplossing gevonden kan worden.' },
} as const;

/**
 * The deadlines of a case that concern the client: the terms they keep or wait out (their notice,
 * the provider's notice, the 48 hours to cancel, how long the file is kept) and the provider's term
 * to destroy the file on their request. Not the term to object to the funder's decision: that
 * objection is the provider's (seed 001 §6.4 'Opdrachtnemer kan bezwaar maken tegen dit besluit';
 * seed 002, Procedure – Zorgbeëindiging), not the client's (review finding 3).
 */
export function deadlinesForClient(deadlines: readonly DeadlineResult[]): DeadlineResult[] {
  return deadlines.filter((d) => {
    const type = deadlineTypeOf(d.id);
    return type?.waitingTerm === true || /-destruction$/.test(type?.id ?? '');
  });
}

/** The entries the client sees: all but those withheld (a correction of a withheld entry is withheld with it). */
export function visibleEntries<E extends { entry: Entry }>(entries: readonly E[], withheld: ReadonlySet<string>): E[] {
  const hidden = new Set(withheld);
  for (const { entry } of entries) if (entry.corrects !== undefined && hidden.has(entry.corrects)) hidden.add(entry.id);
  return entries.filter((e) => !hidden.has(e.entry.id));
}

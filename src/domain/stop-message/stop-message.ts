// The content of the iWmo/iJw 307 'stop zorg' message for a case whose termination the funder
// accepted (seed 000, step 5B: 'De aanbieder dient uiteindelijk het 307 bericht in'). Pure: the
// document and the message's own date and id in, the message's fields out, or every reason it
// cannot be sent yet, each with the JSON path of what is missing or wrong.

import { compareDates, formatDutchDate, isValidIsoDate } from '../calendar/dates.ts';
import { currentEntries } from '../dossier/corrections.ts';
import type { Allocation, DossierDocument, Entry, IsoDate, RegimeId } from '../dossier/types.ts';
import { InvalidInputError, type ValidationIssue } from '../errors.ts';
import { passesElevenTest } from './bsn.ts';
import { GENDER_CODES, STANDARDS, type StandardDefinition } from './standards.ts';

export interface StopMessage {
  standard: StandardDefinition;
  header: { sender: string; receiver: string; id: string; date: IsoDate };
  client: {
    bsn: string;
    birthDate: IsoDate;
    gender: (typeof GENDER_CODES)[keyof typeof GENDER_CODES];
    familyName: string;
    familyNamePrefix?: string;
    initials?: string;
  };
  product: {
    allocationNumber: number;
    category: string;
    code?: string;
    allocationStartDate?: IsoDate;
    startDate: IsoDate;
    reasonCode: string;
    endDate: IsoDate;
    /** StatusAanlevering 1: eerste aanlevering. */
    status: '1';
  };
}

export interface StopMessageOptions {
  /** Dagtekening; absent: the date of the dossier's stop-message entry, else `today`. */
  date?: IsoDate;
  /** Identificatie (max. 12 characters); absent: the stop-message entry's messageId, else derived. */
  id?: string;
  today: IsoDate;
  /** How the caller names the date and id options in its messages ('--date', '?date'); default 'date', 'id'. */
  optionNames?: { date: string; id: string };
}

/**
 * How each regime shows an accepted termination, or null where a 307 does not exist: VGZ funds
 * district nursing under the Zvw, which the iWmo/iJw messages do not cover. The ONL conditions have
 * no funder decision: the provider's written notice ends the agreement (seed 004 §1).
 */
const TERMINATION_SHOWN_BY: Readonly<Record<RegimeId, ((e: Entry) => boolean) | null>> = {
  'groningen-wmo': isAcceptance,
  'gemeente-bijlage6': isAcceptance,
  'onl-wmo': (e) => e.type === 'client-notice' && e.kind === 'final-notice' && e.written,
  'vgz-wijkverpleging': null,
};

/** Whether the case ends with a 307: a termination under a regime of the iWmo/iJw (a refusal never started care; VGZ is Zvw). */
export function endsWithStopMessage(doc: Pick<DossierDocument, 'regime' | 'procedure'>): boolean {
  return TERMINATION_SHOWN_BY[doc.regime] !== null && (doc.procedure === 'beeindiging' || doc.procedure === 'beeindiging-onmiddellijk');
}

function isAcceptance(entry: Entry): boolean {
  return entry.type === 'funder-decision' && (entry.outcome === 'accepted' || entry.outcome === 'accepted-with-conditions');
}

const MAX_ID_LENGTH = 12;

function defaultId(date: IsoDate, allocationNumber: number): string {
  // YYMMDD + the allocation number's last six digits: 12 characters, one per allocation per day.
  return `${date.slice(2).replaceAll('-', '')}${String(allocationNumber % 1_000_000).padStart(6, '0')}`;
}

/** What the schema cannot check of an allocation: the BSN's eleven-test and the standard's code lists. */
export function allocationIssues(allocation: Allocation): ValidationIssue[] {
  const standard = STANDARDS[allocation.law];
  const issues: ValidationIssue[] = [];
  if (!passesElevenTest(allocation.bsn)) {
    issues.push({ path: '$.allocation.bsn', message: 'BSN voldoet niet aan de elfproef' });
  }
  if (!standard.productCategories.includes(allocation.product.category)) {
    issues.push({
      path: '$.allocation.product.category',
      message: `productcategorie ${allocation.product.category} bestaat niet in ${standard.name}; wel: ${standard.productCategories.join(', ')}`,
    });
  }
  if (allocation.reasonCode !== undefined && !Object.hasOwn(standard.endReasons, allocation.reasonCode)) {
    issues.push({
      path: '$.allocation.reasonCode',
      message: `reden beëindiging ${allocation.reasonCode} bestaat niet in ${standard.name}; wel: ${Object.keys(standard.endReasons).sort().join(', ')}`,
    });
  }
  return issues;
}

/** The 307 for the document, or InvalidInputError naming everything that stands in the way. */
export function buildStopMessage(doc: DossierDocument, options: StopMessageOptions): StopMessage {
  const shownBy = TERMINATION_SHOWN_BY[doc.regime];
  if (shownBy === null) {
    throw new InvalidInputError([
      { path: '$.regime', message: 'wijkverpleging valt onder de Zorgverzekeringswet; daarvoor bestaat geen iWmo/iJw 307-bericht' },
    ]);
  }
  const allocation = doc.allocation;
  if (allocation === undefined) {
    throw new InvalidInputError([
      {
        path: '$.allocation',
        message: 'ontbreekt: het 307-bericht neemt de gegevens van de toewijzing (AGB-code, gemeentecode, BSN, toewijzingnummer, product, begindatum) over',
      },
    ]);
  }
  const standard = STANDARDS[allocation.law];
  const issues = allocationIssues(allocation);

  const entries = currentEntries(doc.entries);
  const termination = entries.filter(shownBy).at(-1);
  if (termination === undefined) {
    issues.push({
      path: '$.entries',
      message:
        doc.regime === 'onl-wmo'
          ? 'er is geen schriftelijke opzegging vastgelegd; een 307 volgt pas op de beëindiging'
          : 'er is geen besluit van de gemeente vastgelegd dat de beëindiging accepteert; een 307 volgt pas na acceptatie',
    });
  }
  const decisionEnd = termination?.type === 'funder-decision' ? termination.endDate : undefined;
  const endDate = allocation.endDate ?? decisionEnd;
  if (termination !== undefined && endDate === undefined) {
    issues.push({
      path: '$.allocation.endDate',
      message:
        termination.type === 'funder-decision'
          ? 'de definitieve einddatum ontbreekt: leg die vast in de toewijzing of in het besluit van de gemeente (endDate)'
          : 'de definitieve einddatum ontbreekt: leg de einddatum na de opzegtermijn vast in de toewijzing',
    });
  }
  if (endDate !== undefined && compareDates(endDate, allocation.startDate) < 0) {
    issues.push({ path: '$.allocation.endDate', message: `de einddatum ligt vóór de begindatum (${allocation.startDate})` });
  }

  const names = options.optionNames ?? { date: 'date', id: 'id' };
  const recorded = entries.filter((e) => e.type === 'stop-message').at(-1);
  const date = options.date ?? recorded?.date ?? options.today;
  if (!isValidIsoDate(date)) {
    issues.push({ path: names.date, message: 'geen geldige datum; gebruik JJJJ-MM-DD met een bestaande dag' });
  } else if (endDate !== undefined && compareDates(date, endDate) < 0) {
    issues.push({
      path: names.date,
      message: `een 307 meldt een stop die al is ingegaan: verstuur het op of na de einddatum (${formatDutchDate(endDate)}), niet op ${formatDutchDate(date)}`,
    });
  }
  const recordedId = recorded?.type === 'stop-message' ? recorded.messageId : undefined;
  const id = options.id ?? (recordedId !== undefined && recordedId.length <= MAX_ID_LENGTH ? recordedId : defaultId(date, allocation.allocationNumber));
  if (id.trim() === '' || id.length > MAX_ID_LENGTH) {
    issues.push({ path: names.id, message: `de berichtidentificatie moet 1 tot ${MAX_ID_LENGTH} tekens zijn` });
  }
  if (issues.length > 0 || endDate === undefined) throw new InvalidInputError(issues);

  return {
    standard,
    header: { sender: allocation.providerAgbCode, receiver: allocation.municipalityCode, id, date },
    client: {
      bsn: allocation.bsn,
      birthDate: doc.client.birthDate,
      gender: GENDER_CODES[allocation.gender],
      familyName: allocation.familyName,
      ...(allocation.familyNamePrefix !== undefined ? { familyNamePrefix: allocation.familyNamePrefix } : {}),
      ...(allocation.initials !== undefined ? { initials: allocation.initials } : {}),
    },
    product: {
      allocationNumber: allocation.allocationNumber,
      category: allocation.product.category,
      ...(allocation.product.code !== undefined ? { code: allocation.product.code } : {}),
      ...(allocation.allocationStartDate !== undefined ? { allocationStartDate: allocation.allocationStartDate } : {}),
      startDate: allocation.startDate,
      reasonCode: allocation.reasonCode ?? standard.providerTerminationReason,
      endDate,
      status: '1',
    },
  };
}

// The final notice that ends the care. Its notice period is the one the dossier records, with its
// reasoning (a `notice-period` entry); under the ONL conditions, whose own minimum is a week, that
// minimum when none is recorded; without either, the end date the funder's decision names. The end date is the period counted from the letter (computeTerm,
// with the Algemene termijnenwet: the provider's notice protects the client), never earlier than
// the end date the funder's decision names; when the decision's date is later, the letter says so
// beside the period, so the two never contradict. An immediate termination (Groningen) has no
// notice period: the care ends on the letter's date, or on the decision's end date.

import { formatDutchDate } from '../calendar/dates.ts';
import { computeTerm, describeTerm, type TermSpec } from '../calendar/terms.ts';
import type { Entry, IsoDate, NoticePeriodEntry, NoticeUnit } from '../dossier/types.ts';
import { PROVIDER_NOTICE_TERM } from '../protocols/countings.ts';
import { findRegime } from '../protocols/registry.ts';
import { FUNDERS, type LetterOffer } from './catalogue.ts';
import { capitalised, complaintRoute, current, letter, paragraph, unsupported, whoseCare } from './common.ts';
import { latestDecision } from './decision.ts';
import type { Letter, LetterBlock, LetterInput } from './types.ts';

interface NoticeTerm {
  amount: number;
  unit: NoticeUnit;
}

/**
 * Below a week a notice ends care practically at once: that is the immediate procedure, with its
 * own demand of urgent danger (seed 000), not an ordinary termination with a short period.
 */
const LEAST_ORDINARY_NOTICE: NoticeTerm = { amount: 1, unit: 'weeks' };

const after = (term: NoticeTerm): TermSpec => ({ ...term, direction: 'after' });
const named = (term: NoticeTerm) => describeTerm(after(term)).replace(/ na$/, '');

/** The least notice the regime's own rules demand: the term of its deadline that runs from the provider's final notice (ONL). */
function minimumNotice(input: LetterInput): NoticeTerm | undefined {
  const { doc } = input;
  const rule = findRegime(doc.regime)?.deadlines.find((d) => {
    if (!d.procedures.includes(doc.procedure) || d.anchor.kind !== 'entry' || d.anchor.match.type !== 'client-notice') return false;
    const kind = d.anchor.match.where?.kind;
    return kind !== undefined && 'is' in kind && kind.is === 'final-notice';
  });
  const unit = rule?.term.unit;
  return rule !== undefined && (unit === 'days' || unit === 'weeks' || unit === 'months') ? { amount: rule.term.amount, unit } : undefined;
}

function endOf(from: IsoDate, term: NoticeTerm): IsoDate {
  return computeTerm(from, after(term), PROVIDER_NOTICE_TERM.counting).date;
}

export interface NoticeEnd {
  date: IsoDate;
  /** Dutch sentences: the period and the end date, and why the end date is what it is. */
  sentences: string;
  /** The entries the period and the date come from. */
  basis: Entry[];
}

/** The funder's accepting decision, where the funder decides; a rejection leaves nothing to end. */
function acceptingDecision(input: LetterInput) {
  if (!FUNDERS[input.doc.regime].decides) return undefined;
  const decision = latestDecision(input.doc);
  if (decision.outcome === 'rejected') unsupported('de financier heeft de beëindiging niet geaccepteerd; er valt niets op te zeggen');
  return decision;
}

export function noticeEnd(input: LetterInput): NoticeEnd {
  const decision = acceptingDecision(input);
  const decided = decision?.endDate !== undefined && decision.endDate > input.date ? decision.endDate : undefined;
  const fromDecision = decision === undefined ? [] : [decision];

  if (input.doc.procedure === 'beeindiging-onmiddellijk') {
    const date = decided ?? input.date;
    return {
      date,
      sentences: `De zorg eindigt ${decided === undefined ? 'vandaag' : 'op de datum die in het besluit staat'}: ${formatDutchDate(date, true)}.`,
      basis: fromDecision,
    };
  }

  const recorded = current(input.doc)
    .filter((e): e is NoticePeriodEntry => e.type === 'notice-period' && e.date <= input.date)
    .at(-1);
  const minimum = minimumNotice(input);
  const term: NoticeTerm | undefined = recorded ?? minimum;
  if (term === undefined) {
    // No period of its own: the end date the funder set in its decision, where it set one.
    if (decided !== undefined) {
      return {
        date: decided,
        sentences: `De zorg eindigt op ${formatDutchDate(decided, true)}, de datum die ${FUNDERS[input.doc.regime].name} in het besluit noemde.`,
        basis: fromDecision,
      };
    }
    unsupported('het dossier noemt nog geen opzegtermijn; leg eerst de opzegtermijn en de onderbouwing vast (item ‘Opzegtermijn en onderbouwing’)');
  }
  const least = minimum ?? LEAST_ORDINARY_NOTICE;
  if (endOf(input.date, term) < endOf(input.date, least)) {
    unsupported(
      `de opzegtermijn in het dossier (${named(term)}) is korter dan ${named(least)}` +
        (minimum === undefined ? '; wie de zorg vrijwel meteen beëindigt, volgt de procedure beëindiging met onmiddellijke ingang' : ', het minimum van de voorwaarden'),
    );
  }
  const byTerm = endOf(input.date, term);
  const basis = [...fromDecision, ...(recorded === undefined ? [] : [recorded])];
  if (decided !== undefined && decided > byTerm) {
    return {
      date: decided,
      sentences:
        `Wij houden een opzegtermijn aan van ${named(term)}; ${FUNDERS[input.doc.regime].name} noemde in het besluit een latere einddatum. ` +
        `De zorg eindigt daarom op ${formatDutchDate(decided, true)}.`,
      basis,
    };
  }
  return { date: byTerm, sentences: `Wij houden een opzegtermijn aan van ${named(term)}. De zorg eindigt op ${formatDutchDate(byTerm, true)}.`, basis };
}

function opening(input: LetterInput): LetterBlock {
  const funder = FUNDERS[input.doc.regime];
  const decision = funder.decides ? latestDecision(input.doc) : undefined;
  const consent = decision === undefined ? '' : `${capitalised(funder.name)} heeft op ${formatDutchDate(decision.date)} ingestemd met het beëindigen van ${whoseCare(input.doc)}. `;
  return paragraph(
    input.doc.procedure === 'beeindiging-onmiddellijk'
      ? `${consent}Met deze brief beëindigen wij de zorgovereenkomst met onmiddellijke ingang.`
      : `${consent}Met deze brief zeggen wij de zorgovereenkomst op.`,
  );
}

export function finalNoticeLetter(input: LetterInput, offer: LetterOffer): Letter {
  const end = noticeEnd(input);
  const responsibility = FUNDERS[input.doc.regime].responsibility;
  return letter(
    input,
    'final-notice',
    offer.source,
    input.doc.procedure === 'beeindiging-onmiddellijk' ? 'Beëindiging van de zorg met onmiddellijke ingang' : 'Opzegging van de zorg',
    [
      opening(input),
      paragraph(end.sentences),
      paragraph(responsibility ?? 'Tot die datum leveren wij de zorg zoals afgesproken.'),
      complaintRoute(input),
    ],
    end.basis,
  );
}

// The final notice of termination: the notice period and the end date. The end date is the notice
// period counted from the letter by the deadline rules (computeTerm, with the regime's counting),
// never earlier than the end date the funder's decision names. Under the ONL conditions, which have
// no funder decision, the provider's notice is the termination itself and must be at least a week.

import { compareDates, formatDutchDate } from '../calendar/dates.ts';
import { computeTerm, describeTerm } from '../calendar/terms.ts';
import type { DossierDocument, IsoDate } from '../dossier/types.ts';
import { InvalidInputError, type ValidationIssue } from '../errors.ts';
import { findRegime } from '../protocols/registry.ts';
import { FUNDERS, REASONABLE_NOTICE, type LetterOffer, type NoticePeriod } from './catalogue.ts';
import { complaintRoute, letter, paragraph, whoseCare, type Params } from './common.ts';
import { latestDecision } from './decision.ts';
import type { Letter, LetterInput } from './types.ts';

const UNITS = ['days', 'weeks', 'months'] as const;

/**
 * The least notice the regime's own rules demand: the term of its deadline that runs from the
 * provider's final notice (ONL: 'ten minste een week'), if it has one.
 */
function minimumNotice(doc: DossierDocument): NoticePeriod | undefined {
  const rule = findRegime(doc.regime)?.deadlines.find((d) => {
    if (!d.procedures.includes(doc.procedure) || d.anchor.kind !== 'entry' || d.anchor.match.type !== 'client-notice') return false;
    const kind = d.anchor.match.where?.kind;
    return kind !== undefined && 'is' in kind && kind.is === 'final-notice';
  });
  if (rule === undefined || !(UNITS as readonly string[]).includes(rule.term.unit)) return undefined;
  return { amount: rule.term.amount, unit: rule.term.unit as NoticePeriod['unit'] };
}

export function noticeParams(params: Params, doc: DossierDocument, issues: ValidationIssue[]): { noticePeriod: NoticePeriod } {
  const proposed = minimumNotice(doc) ?? REASONABLE_NOTICE;
  const raw = params.noticePeriod;
  if (raw === undefined) return { noticePeriod: proposed };
  const value = raw as Partial<NoticePeriod> | null;
  const amountOk = typeof value?.amount === 'number' && Number.isInteger(value.amount) && value.amount >= 1 && value.amount <= 365;
  const unitOk = typeof value?.unit === 'string' && (UNITS as readonly string[]).includes(value.unit);
  if (!amountOk) issues.push({ path: '$.params.noticePeriod.amount', message: 'moet een geheel getal van 1 tot en met 365 zijn' });
  if (!unitOk) issues.push({ path: '$.params.noticePeriod.unit', message: `moet een van deze waarden zijn: ${UNITS.join(', ')}` });
  return { noticePeriod: amountOk && unitOk ? (value as NoticePeriod) : proposed };
}

export interface EndDate {
  date: IsoDate;
  /** Dutch: how the date follows from the notice period and the decision. */
  explanation: string;
}

export function noticeEndDate(doc: DossierDocument, from: IsoDate, period: NoticePeriod): EndDate {
  const counting = findRegime(doc.regime)?.termCounting ?? 'plain';
  const term = computeTerm(from, { ...period, direction: 'after' }, counting);
  const minimum = minimumNotice(doc);
  if (minimum !== undefined && compareDates(term.date, computeTerm(from, { ...minimum, direction: 'after' }, counting).date) < 0) {
    throw new InvalidInputError([
      { path: '$.params.noticePeriod', message: `de opzegtermijn is ten minste ${describeTerm({ ...minimum, direction: 'after' }).replace(/ na$/, '')}` },
    ]);
  }
  if (FUNDERS[doc.regime].decides) {
    const decision = latestDecision(doc);
    if (decision.outcome === 'rejected') {
      throw new InvalidInputError([{ path: '$.kind', message: 'de financier heeft de beëindiging niet geaccepteerd; er valt niets op te zeggen' }]);
    }
    if (decision.endDate !== undefined && compareDates(decision.endDate, term.date) > 0) {
      return {
        date: decision.endDate,
        explanation: `${term.explanation} De financier noemde in zijn besluit ${formatDutchDate(decision.endDate)} als einddatum; eerder eindigt de zorg niet.`,
      };
    }
  }
  return { date: term.date, explanation: term.explanation };
}

export function finalNoticeLetter(input: LetterInput, offer: LetterOffer, p: { noticePeriod: NoticePeriod }): Letter {
  const end = noticeEndDate(input.doc, input.date, p.noticePeriod);
  const period = describeTerm({ ...p.noticePeriod, direction: 'after' }).replace(/ na$/, '');
  return letter(input, 'final-notice', offer.source, 'Opzegging van de zorg', [
    paragraph(
      FUNDERS[input.doc.regime].decides
        ? `Zoals wij u eerder schreven, heeft de financier ingestemd met het beëindigen van ${whoseCare(input.doc)}. Met deze brief zeggen wij de zorgovereenkomst op.`
        : `Met deze brief zeggen wij de zorgovereenkomst op.`,
    ),
    paragraph(`Wij houden een opzegtermijn aan van ${period}. De zorg eindigt op ${formatDutchDate(end.date, true)}.`),
    paragraph(
      'Tot die datum, en zo nodig totdat een andere aanbieder de zorg kan overnemen, blijven wij verantwoordelijk voor de zorg. ' +
        'Wij helpen u bij het vinden van een andere aanbieder.',
    ),
    complaintRoute(input),
  ]);
}

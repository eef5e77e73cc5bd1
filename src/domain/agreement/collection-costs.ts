// Extrajudicial collection costs (buitengerechtelijke incassokosten) on an unpaid invoice, which
// seed 004 §9 lets the provider charge "conform het Besluit vergoeding voor buitengerechtelijke
// incassokosten", and the condition art. 6:96 lid 6 BW sets before a consumer owes them.

import { addDays, compareDates } from '../calendar/dates.ts';
import { computeTerm } from '../calendar/terms.ts';
import type { IsoDate } from '../dossier/types.ts';
import type { SourceRef } from '../protocols/types.ts';
import { requireCents, roundDownToCent, type Cents } from './money.ts';
import { SEED_004, STATUTES } from './sources.ts';

/**
 * The staffel of art. 2 lid 1 of the Besluit: each band of the principal at its own rate, in
 * per mille so the sum stays an integer until the one rounding at the end.
 */
const BANDS: readonly { readonly sizeCents: number; readonly perMille: bigint }[] = [
  { sizeCents: 2_500_00, perMille: 150n }, // 15 % over de eerste € 2500
  { sizeCents: 2_500_00, perMille: 100n }, // 10 % over de volgende € 2500
  { sizeCents: 5_000_00, perMille: 50n }, // 5 % over de volgende € 5000
  { sizeCents: 190_000_00, perMille: 10n }, // 1 % over de volgende € 190.000
  { sizeCents: Number.POSITIVE_INFINITY, perMille: 5n }, // 0,5 % over het meerdere
];

/** Art. 2 lid 2: 'bedraagt ten minste € 40'. */
const MINIMUM_CENTS = 40_00;
/** Art. 2 lid 1: 'met een maximum van € 6775', read (as everyone reads it) as the cap on the whole fee. */
const MAXIMUM_CENTS = 6_775_00;

export interface CollectionCosts {
  principalCents: Cents;
  costsCents: Cents;
  /** Which bound of art. 2 decided the amount, if one did. */
  limitedBy: 'minimum' | 'maximum' | null;
  statutes: readonly string[];
  source: SourceRef;
}

/**
 * The fee for `principalCents` by the staffel. The Besluit states percentages and bounds but no
 * rounding (art. 2 has none, and no other article of it speaks of rounding): the exact figure is
 * rounded down to a whole cent, because art. 6:96 lid 5 BW forbids departing from the Besluit to
 * a consumer's detriment and any rounding up would do just that (decision 0010).
 */
export function collectionCosts(principalCents: Cents): CollectionCosts {
  requireCents(principalCents, 'principalCents');
  if (principalCents === 0) throw new RangeError('collection costs need a principal above zero');
  let rest = principalCents;
  let perMilleCents = 0n;
  for (const band of BANDS) {
    const inBand = Math.min(rest, band.sizeCents);
    perMilleCents += BigInt(inBand) * band.perMille;
    rest -= inBand;
  }
  const staffel = roundDownToCent(perMilleCents, 1000n);
  const limitedBy = staffel < MINIMUM_CENTS ? 'minimum' : staffel > MAXIMUM_CENTS ? 'maximum' : null;
  return {
    principalCents,
    costsCents: Math.min(Math.max(staffel, MINIMUM_CENTS), MAXIMUM_CENTS),
    limitedBy,
    statutes: [STATUTES.bikStaffel, STATUTES.bikMinimum, STATUTES.consumerProtection],
    source: SEED_004.collectionCosts,
  };
}

/** The fourteen-day letter as received: in seed 004 §9 this is the payment reminder. */
export interface FourteenDayLetter {
  /** The day the client received it (HR 25 november 2016: the fourteen days start the day after). */
  receivedOn: IsoDate;
  /** Whether it named the consequences of not paying, the collection costs among them (art. 6:96 lid 6 BW). */
  statesCosts: boolean;
}

export interface CostsChargeability {
  chargeable: boolean;
  /** The last day the client may pay without collection costs (Atw art. 1 applied). */
  paymentTermEnds: IsoDate;
  /** The first day the costs may be charged, if the letter allows it at all. */
  chargeableFrom: IsoDate | null;
  /** Dutch, for the care worker. */
  explanation: string;
  statutes: readonly string[];
}

/**
 * May collection costs be charged to a consumer on `date`? Only after a letter that named them
 * and gave fourteen days counted from the day after its receipt (art. 6:96 lid 6 BW), and only if
 * the client has not paid by then (the caller asks only about unpaid invoices). The Algemene
 * termijnenwet extends the fourteen days when they end on a weekend day or holiday: the term is
 * set by statute (Atw art. 1), and the extension can only favour the client.
 */
export function collectionCostsChargeable(letter: FourteenDayLetter, date: IsoDate): CostsChargeability {
  const term = computeTerm(letter.receivedOn, { amount: 14, unit: 'days', direction: 'after' }, 'atw');
  const statutes = [STATUTES.fourteenDayLetter, STATUTES.fourteenDayLetterReceipt, STATUTES.atw];
  if (!letter.statesCosts) {
    return {
      chargeable: false,
      paymentTermEnds: term.date,
      chargeableFrom: null,
      explanation:
        'De herinnering noemt de incassokosten niet. Incassokosten mogen pas worden gerekend na een brief die de kosten noemt en de cliënt 14 dagen geeft na ontvangst (art. 6:96 lid 6 BW).',
      statutes,
    };
  }
  const chargeableFrom = addDays(term.date, 1);
  const chargeable = compareDates(date, chargeableFrom) >= 0;
  return {
    chargeable,
    paymentTermEnds: term.date,
    chargeableFrom,
    explanation: `${chargeable ? 'Incassokosten mogen worden gerekend' : 'Nog geen incassokosten'}: de cliënt kon betalen tot en met ${term.date} (14 dagen vanaf de dag na ontvangst van de herinnering). ${term.explanation}`,
    statutes,
  };
}

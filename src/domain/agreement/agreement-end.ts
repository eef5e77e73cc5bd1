// The ordinary ends of the care agreement (seed 004 §1): when each takes effect, and what it does
// to planned appointments (cancelled without charge) and open invoices (kept: support given before
// the end is still owed).

import { addDays, compareDates, formatDutchDate, isValidIsoDate } from '../calendar/dates.ts';
import { computeTerm } from '../calendar/terms.ts';
import type { IsoDate } from '../dossier/types.ts';
import { InvalidInputError } from '../errors.ts';
import type { SourceRef } from '../protocols/types.ts';
import { cancelledOnTime, type Appointment } from './appointments.ts';
import { localDate } from './instants.ts';
import { SEED_004 } from './sources.ts';

export type AgreementEnd =
  | { kind: 'mutual-consent'; agreedEndDate: IsoDate }
  | { kind: 'goal-reached'; date: IsoDate }
  /** Ends only the support given on the indication; self-paid support goes on. */
  | { kind: 'indication-ended'; indicationEndDate: IsoDate }
  | { kind: 'term-expired'; agreedUntil: IsoDate }
  /** The day the notice reached the provider, and the end date the client asked for, if any. */
  | { kind: 'notice-by-client'; receivedOn: IsoDate; requestedEndDate?: IsoDate }
  /** The day the notice reached the client, and the end date the provider chose, if any. */
  | { kind: 'notice-by-provider'; receivedOn: IsoDate; requestedEndDate?: IsoDate }
  | { kind: 'court'; dissolvedOn: IsoDate }
  | { kind: 'death'; diedOn: IsoDate }
  | { kind: 'provider-ceased'; cause: 'opheffing' | 'faillissement' | 'surseance'; date: IsoDate };

export type EndKind = AgreementEnd['kind'];

export interface EndEffect {
  kind: EndKind;
  /** The date the end rule gives. */
  endDate: IsoDate;
  /**
   * 'end-of-day': the agreement runs through `endDate` (an agreed or notice date).
   * 'on-the-day': it ends during `endDate` (an event: death, a judgment, a bankruptcy).
   */
  timing: 'end-of-day' | 'on-the-day';
  /** Planned appointments on or after this Dutch calendar date are cancelled. */
  cancelAppointmentsFrom: IsoDate;
  /** The whole agreement, or only the support given on the indication. */
  scope: 'agreement' | 'indicated-support';
  /** Appointments cancelled without charge: not held, on or after `cancelAppointmentsFrom`, in scope. */
  cancelledAppointments: string[];
  /** Open invoices stay payable: the end does not undo support given before it. */
  keptInvoices: string[];
  /** Dutch, for the care worker. */
  explanation: string;
  sources: readonly SourceRef[];
}

const invalidDate = (path: string) => new InvalidInputError([{ path, message: 'is geen geldige datum; gebruik JJJJ-MM-DD' }]);

function requireDate(date: IsoDate | undefined, path: string): void {
  if (date !== undefined && !isValidIsoDate(date)) throw invalidDate(path);
}

/** The date, timing, scope, text and clauses of each end. */
function endRule(end: AgreementEnd): Pick<EndEffect, 'endDate' | 'timing' | 'scope' | 'explanation' | 'sources'> {
  const agreement = 'agreement' as const;
  switch (end.kind) {
    case 'mutual-consent':
      requireDate(end.agreedEndDate, '$.agreedEndDate');
      return {
        endDate: end.agreedEndDate,
        timing: 'end-of-day',
        scope: agreement,
        explanation: `Met wederzijds goedvinden beëindigd per ${formatDutchDate(end.agreedEndDate)}.`,
        sources: [SEED_004.endMutualConsent],
      };
    case 'goal-reached':
      requireDate(end.date, '$.date');
      return {
        endDate: end.date,
        timing: 'end-of-day',
        scope: agreement,
        explanation: `Het doel uit het ondersteuningsplan is bereikt op ${formatDutchDate(end.date)}.`,
        sources: [SEED_004.endGoalReached],
      };
    case 'indication-ended':
      requireDate(end.indicationEndDate, '$.indicationEndDate');
      return {
        endDate: end.indicationEndDate,
        timing: 'end-of-day',
        scope: 'indicated-support',
        explanation: `De indicatie eindigt op ${formatDutchDate(end.indicationEndDate)}; daarmee eindigt de ondersteuning op indicatie. Ondersteuning die de cliënt zelf betaalt loopt door.`,
        sources: [SEED_004.endIndication],
      };
    case 'term-expired':
      requireDate(end.agreedUntil, '$.agreedUntil');
      return {
        endDate: end.agreedUntil,
        timing: 'end-of-day',
        scope: agreement,
        explanation: `De overeenkomst was aangegaan tot en met ${formatDutchDate(end.agreedUntil)}.`,
        sources: [SEED_004.endTermExpired],
      };
    case 'notice-by-client': {
      requireDate(end.receivedOn, '$.receivedOn');
      requireDate(end.requestedEndDate, '$.requestedEndDate');
      // 30 days counted on the calendar: the Atw would lengthen the client's notice, to his
      // detriment, so it is not applied (decision 0010).
      const earliest = addDays(end.receivedOn, 30);
      const requested = end.requestedEndDate;
      const later = requested !== undefined && compareDates(requested, earliest) > 0;
      const endDate = later ? requested : earliest;
      const tooEarly = requested !== undefined && compareDates(requested, earliest) < 0;
      return {
        endDate,
        timing: 'end-of-day',
        scope: agreement,
        explanation: `Opgezegd door de cliënt; de opzegging kwam binnen op ${formatDutchDate(end.receivedOn)}. Met de opzegtermijn van 30 dagen eindigt de overeenkomst op ${formatDutchDate(endDate)}.${
          tooEarly ? ` De gevraagde einddatum ${formatDutchDate(requested)} valt binnen de opzegtermijn; eerder stoppen kan alleen met wederzijds goedvinden.` : ''
        }`,
        sources: [SEED_004.endNotice, SEED_004.clientNotice],
      };
    }
    case 'notice-by-provider': {
      requireDate(end.receivedOn, '$.receivedOn');
      requireDate(end.requestedEndDate, '$.requestedEndDate');
      // At least a week; the Atw extension lengthens the client's time, never shortens it.
      const earliest = computeTerm(end.receivedOn, { amount: 1, unit: 'weeks', direction: 'after' }, 'atw').date;
      const requested = end.requestedEndDate ?? earliest;
      if (compareDates(requested, earliest) < 0) {
        throw new InvalidInputError([
          {
            path: '$.requestedEndDate',
            message: `de aanbieder neemt ten minste een week opzegtermijn in acht: de overeenkomst kan op zijn vroegst eindigen op ${formatDutchDate(earliest)}`,
          },
        ]);
      }
      return {
        endDate: requested,
        timing: 'end-of-day',
        scope: agreement,
        explanation: `Opgezegd door de aanbieder; de opzegging bereikte de cliënt op ${formatDutchDate(end.receivedOn)}. De overeenkomst eindigt op ${formatDutchDate(requested)} (ten minste een week opzegtermijn).`,
        sources: [SEED_004.endNotice, SEED_004.providerNotice],
      };
    }
    case 'court':
      requireDate(end.dissolvedOn, '$.dissolvedOn');
      return {
        endDate: end.dissolvedOn,
        timing: 'on-the-day',
        scope: agreement,
        explanation: `Door de rechter ontbonden op ${formatDutchDate(end.dissolvedOn)}.`,
        sources: [SEED_004.endCourt],
      };
    case 'death':
      requireDate(end.diedOn, '$.diedOn');
      return {
        endDate: end.diedOn,
        timing: 'on-the-day',
        scope: agreement,
        explanation: `De cliënt is overleden op ${formatDutchDate(end.diedOn)}.`,
        sources: [SEED_004.endDeath],
      };
    case 'provider-ceased':
      requireDate(end.date, '$.date');
      return {
        endDate: end.date,
        timing: 'on-the-day',
        scope: agreement,
        explanation: `${{ opheffing: 'Opheffing', faillissement: 'Faillissement', surseance: 'Surseance van betaling' }[end.cause]} van de aanbieder op ${formatDutchDate(end.date)}.`,
        sources: [SEED_004.endProviderCeased],
      };
  }
}

/** Cancelled before the end already, without charge: by the provider, or by the client on time. */
function alreadyCancelled({ cancellation, start }: Appointment): boolean {
  return cancellation !== undefined && (cancellation.by === 'provider' || cancelledOnTime(start, cancellation.receivedAt));
}

/**
 * What an ordinary end does: its date, the planned appointments it cancels without charge (also
 * those recorded as missed after the end: a client cannot miss support the agreement no longer
 * gives), and the open invoices it keeps. Appointments before the end keep their outcome.
 */
export function endAgreement(
  end: AgreementEnd,
  appointments: readonly Appointment[],
  openInvoices: readonly { id: string }[],
): EndEffect {
  const rule = endRule(end);
  const cancelAppointmentsFrom = rule.timing === 'end-of-day' ? addDays(rule.endDate, 1) : rule.endDate;
  const cancelledAppointments = appointments
    .filter((a) => a.attendance !== 'attended' && !alreadyCancelled(a))
    .filter((a) => rule.scope === 'agreement' || a.funding === 'municipality')
    .filter((a) => compareDates(localDate(a.start), cancelAppointmentsFrom) >= 0)
    .map((a) => a.id);
  return {
    kind: end.kind,
    ...rule,
    cancelAppointmentsFrom,
    cancelledAppointments,
    keptInvoices: openInvoices.map((i) => i.id),
  };
}

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

export interface EndEffect {
  kind: AgreementEnd['kind'];
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

function requireDate(date: IsoDate | undefined, path: string): void {
  if (date !== undefined && !isValidIsoDate(date)) throw new InvalidInputError([{ path, message: 'is geen geldige datum; gebruik JJJJ-MM-DD' }]);
}

type EndRule = Pick<EndEffect, 'endDate' | 'timing' | 'scope' | 'explanation' | 'sources'>;

/** An end on a given date: checks the date (named by its JSON path) and describes the end. */
function onDate(
  endDate: IsoDate,
  path: string,
  timing: EndRule['timing'],
  explain: (date: string) => string,
  sources: readonly SourceRef[],
  scope: EndRule['scope'] = 'agreement',
): EndRule {
  requireDate(endDate, path);
  return { endDate, timing, scope, explanation: explain(formatDutchDate(endDate)), sources };
}

const CEASED = { opheffing: 'Opheffing', faillissement: 'Faillissement', surseance: 'Surseance van betaling' } as const;

/** The date, timing, scope, text and clauses of each end. */
function endRule(end: AgreementEnd): EndRule {
  switch (end.kind) {
    case 'mutual-consent':
      return onDate(end.agreedEndDate, '$.agreedEndDate', 'end-of-day', (d) => `Met wederzijds goedvinden beëindigd per ${d}.`, [SEED_004.endMutualConsent]);
    case 'goal-reached':
      return onDate(end.date, '$.date', 'end-of-day', (d) => `Het doel uit het ondersteuningsplan is bereikt op ${d}.`, [SEED_004.endGoalReached]);
    case 'indication-ended':
      return onDate(
        end.indicationEndDate,
        '$.indicationEndDate',
        'end-of-day',
        (d) => `De indicatie eindigt op ${d}; daarmee eindigt de ondersteuning op indicatie. Ondersteuning die de cliënt zelf betaalt loopt door.`,
        [SEED_004.endIndication],
        'indicated-support',
      );
    case 'term-expired':
      return onDate(end.agreedUntil, '$.agreedUntil', 'end-of-day', (d) => `De overeenkomst was aangegaan tot en met ${d}.`, [SEED_004.endTermExpired]);
    case 'court':
      return onDate(end.dissolvedOn, '$.dissolvedOn', 'on-the-day', (d) => `Door de rechter ontbonden op ${d}.`, [SEED_004.endCourt]);
    case 'death':
      return onDate(end.diedOn, '$.diedOn', 'on-the-day', (d) => `De cliënt is overleden op ${d}.`, [SEED_004.endDeath]);
    case 'provider-ceased':
      return onDate(end.date, '$.date', 'on-the-day', (d) => `${CEASED[end.cause]} van de aanbieder op ${d}.`, [SEED_004.endProviderCeased]);
    case 'notice-by-client': {
      requireDate(end.receivedOn, '$.receivedOn');
      requireDate(end.requestedEndDate, '$.requestedEndDate');
      // 30 days counted on the calendar: the Atw would lengthen the client's notice, to his
      // detriment, so it is not applied (decision 0010).
      const earliest = addDays(end.receivedOn, 30);
      const requested = end.requestedEndDate;
      const endDate = requested !== undefined && compareDates(requested, earliest) > 0 ? requested : earliest;
      const tooEarly =
        requested !== undefined && compareDates(requested, earliest) < 0
          ? ` De gevraagde einddatum ${formatDutchDate(requested)} valt binnen de opzegtermijn; eerder stoppen kan alleen met wederzijds goedvinden.`
          : '';
      return onDate(
        endDate,
        '$.requestedEndDate',
        'end-of-day',
        (d) => `Opgezegd door de cliënt; de opzegging kwam binnen op ${formatDutchDate(end.receivedOn)}. Met de opzegtermijn van 30 dagen eindigt de overeenkomst op ${d}.${tooEarly}`,
        [SEED_004.endNotice, SEED_004.clientNotice],
      );
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
      return onDate(
        requested,
        '$.requestedEndDate',
        'end-of-day',
        (d) => `Opgezegd door de aanbieder; de opzegging bereikte de cliënt op ${formatDutchDate(end.receivedOn)}. De overeenkomst eindigt op ${d} (ten minste een week opzegtermijn).`,
        [SEED_004.endNotice, SEED_004.providerNotice],
      );
    }
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

// Appointments (support moments), cancellations and no-shows under seed 004 §7.
//
// '48 uur van tevoren' is read as 48 hours of real, elapsed time before the appointment's start
// (decision 0010): a cancellation is on time when it reached the provider at or before the start
// instant minus 172,800 seconds. Across the change to summer time that deadline is 49 wall-clock
// hours earlier on the clock face, across the change to winter time 47; the notice the provider
// gets to find other work for the staff member is 48 hours either way.

import { addDays, compareDates, isValidIsoDate } from '../calendar/dates.ts';
import type { IsoDate } from '../dossier/types.ts';
import type { ValidationIssue } from '../errors.ts';
import type { SourceRef } from '../protocols/types.ts';
import { addMinutes, compareInstants, formatLocalMoment, localDate, type Instant } from './instants.ts';
import { requireCents, roundDownToCent, type Cents } from './money.ts';
import { municipalRulesFor, type SicknessDeclarationRule } from './municipal-rules.ts';
import { SEED_004 } from './sources.ts';

/** 004 §7: 'uiterlijk 48 uur van tevoren'. */
const CANCELLATION_NOTICE_MINUTES = 48 * 60;

/** Who pays for the support: the municipality on an indication, or the client (004 §2, §9). */
export type Funding = 'municipality' | 'client';

export interface Appointment {
  id: string;
  start: Instant;
  durationMinutes: number;
  /** What support, in the words of the plan. */
  what: string;
  /** The rate (tarief) per hour the provider could claim for it. */
  rateCentsPerHour: Cents;
  funding: Funding;
  /** The moment the cancellation reached the provider, and who cancelled. */
  cancellation?: { receivedAt: Instant; by: 'client' | 'provider' };
  /** Recorded after the start: did the client take the support? */
  attendance?: 'attended' | 'absent';
  /** Why the client could not cancel in time, when that was beyond the client's control (overmacht). */
  forceMajeure?: { reason: string };
  /** The first day of the client's sickness, when sickness is the reason for missing the support. */
  sickSince?: IsoDate;
}

/** The municipality the support is given in, for its own rules. */
export interface AgreementContext {
  municipalityCode?: string;
}

/** Support missed through sickness that may be declared to the municipality as if given. */
export interface MunicipalDeclaration {
  ruleId: string;
  /** The last day of sickness for which declaring is allowed. */
  until: IsoDate;
  source: SourceRef;
}

export type NoShowCharge =
  /** The client pays what the provider could have claimed for the support (004 §7). */
  | { kind: 'client'; amountCents: Cents; source: SourceRef }
  /** Overmacht: nothing is charged (004 §7). */
  | { kind: 'none'; reason: 'force-majeure'; source: SourceRef }
  /** The municipality's own rule lets the provider declare it to the municipality instead. */
  | { kind: 'municipality'; declaration: MunicipalDeclaration };

export type AppointmentOutcome =
  /** Nothing recorded yet: in the future, or attendance not yet recorded. */
  | { kind: 'planned' }
  | { kind: 'held' }
  | { kind: 'cancelled-by-provider' }
  | { kind: 'cancelled-on-time'; deadline: Instant; declaration: MunicipalDeclaration | null; source: SourceRef }
  | { kind: 'no-show'; cancellation: 'late' | 'none'; deadline: Instant; charge: NoShowCharge; explanation: string };

/** The last moment the client may cancel: 48 real hours before the start. */
export function cancellationDeadline(start: Instant): Instant {
  return addMinutes(start, -CANCELLATION_NOTICE_MINUTES);
}

/** Whether a cancellation that reached the provider at `receivedAt` was on time for `start`. */
export function cancelledOnTime(start: Instant, receivedAt: Instant): boolean {
  return compareInstants(receivedAt, cancellationDeadline(start)) <= 0;
}

/** The price of the support: the hourly rate pro rata, rounded down to a cent. */
export function appointmentPriceCents(appointment: Pick<Appointment, 'durationMinutes' | 'rateCentsPerHour'>): Cents {
  requireCents(appointment.rateCentsPerHour, 'rateCentsPerHour');
  return roundDownToCent(BigInt(appointment.rateCentsPerHour) * BigInt(appointment.durationMinutes), 60n);
}

function sicknessDeclaration(appointment: Appointment, context: AgreementContext): MunicipalDeclaration | null {
  if (appointment.funding !== 'municipality' || appointment.sickSince === undefined) return null;
  const day = localDate(appointment.start);
  for (const rule of municipalRulesFor(context.municipalityCode)) {
    const until = lastDeclarableDay(rule, appointment.sickSince);
    if (compareDates(day, appointment.sickSince) >= 0 && compareDates(day, until) <= 0) {
      return { ruleId: rule.id, until, source: rule.source };
    }
  }
  return null;
}

function lastDeclarableDay(rule: SicknessDeclarationRule, sickSince: IsoDate): IsoDate {
  return addDays(sickSince, rule.days - 1);
}

function noShowCharge(appointment: Appointment, context: AgreementContext): NoShowCharge {
  const declaration = sicknessDeclaration(appointment, context);
  if (declaration) return { kind: 'municipality', declaration };
  if (appointment.forceMajeure) return { kind: 'none', reason: 'force-majeure', source: SEED_004.forceMajeure };
  return { kind: 'client', amountCents: appointmentPriceCents(appointment), source: SEED_004.noShowDamage };
}

/** What became of an appointment, from what has been recorded about it. */
export function appointmentOutcome(appointment: Appointment, context: AgreementContext): AppointmentOutcome {
  if (appointment.attendance === 'attended') return { kind: 'held' };
  const { cancellation } = appointment;
  if (cancellation?.by === 'provider') return { kind: 'cancelled-by-provider' };
  const deadline = cancellationDeadline(appointment.start);
  if (cancellation && cancelledOnTime(appointment.start, cancellation.receivedAt)) {
    return { kind: 'cancelled-on-time', deadline, declaration: sicknessDeclaration(appointment, context), source: SEED_004.cancellation };
  }
  if (!cancellation && appointment.attendance !== 'absent') return { kind: 'planned' };
  const charge = noShowCharge(appointment, context);
  const when = cancellation
    ? `De afmelding kwam binnen op ${formatLocalMoment(cancellation.receivedAt)}, na de uiterste afmeldtijd ${formatLocalMoment(deadline)} (48 uur van tevoren).`
    : `De cliënt kwam niet en had niet afgemeld (uiterlijk ${formatLocalMoment(deadline)}).`;
  const consequence = {
    client: 'Het bedrag van de gemiste ondersteuning mag bij de cliënt in rekening worden gebracht.',
    none: 'Er wordt niets in rekening gebracht: de cliënt kon door overmacht niet op tijd afmelden.',
    municipality: 'De gemiste ondersteuning mag bij de gemeente worden gedeclareerd (ziekte, gemeentelijke regeling).',
  }[charge.kind];
  return { kind: 'no-show', cancellation: cancellation ? 'late' : 'none', deadline, charge, explanation: `${when} ${consequence}` };
}

export interface MunicipalityContactTask {
  /** Whether the task 'neem contact op met de gemeente' is due. */
  due: boolean;
  /** The no-shows that count, in order of their start: only the first two matter. */
  countedNoShows: string[];
  /** The no-show that raised the task: the second one, and only ever that one. */
  raisedBy: string | null;
  source: SourceRef;
}

/**
 * 004 §7: after the second no-show the provider contacts the municipality, once per client. A
 * no-show the client could not help (overmacht recorded) does not count: the meeting it leads to
 * is about finding out why the client does not come, and that reason is already known.
 */
export function municipalityContactTask(appointments: readonly Appointment[], context: AgreementContext): MunicipalityContactTask {
  const counted = appointments
    .filter((a) => {
      const outcome = appointmentOutcome(a, context);
      return outcome.kind === 'no-show' && outcome.charge.kind !== 'none';
    })
    .sort((a, b) => compareInstants(a.start, b.start) || a.id.localeCompare(b.id))
    .map((a) => a.id);
  const raisedBy = counted[1] ?? null;
  return { due: raisedBy !== null, countedNoShows: counted, raisedBy, source: SEED_004.municipalityContact };
}

/** What is wrong with an appointment as recorded, with the JSON path of each field (Dutch). */
export function appointmentIssues(appointment: Appointment): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!Number.isSafeInteger(appointment.durationMinutes) || appointment.durationMinutes < 1 || appointment.durationMinutes > 24 * 60) {
    issues.push({ path: '$.durationMinutes', message: 'moet een duur in hele minuten zijn, van 1 tot en met 1440' });
  }
  if (appointment.what.trim() === '') issues.push({ path: '$.what', message: 'beschrijf welke ondersteuning is afgesproken' });
  if (!Number.isSafeInteger(appointment.rateCentsPerHour) || appointment.rateCentsPerHour < 0) {
    issues.push({ path: '$.rateCentsPerHour', message: 'moet een tarief in hele centen zijn, niet negatief' });
  }
  if (appointment.attendance === 'attended' && appointment.cancellation?.by === 'provider') {
    issues.push({ path: '$.attendance', message: 'een afspraak die de aanbieder heeft afgezegd kan niet zijn doorgegaan' });
  }
  if (appointment.forceMajeure && appointment.forceMajeure.reason.trim() === '') {
    issues.push({ path: '$.forceMajeure.reason', message: 'beschrijf de overmacht' });
  }
  if (appointment.sickSince !== undefined && !isValidIsoDate(appointment.sickSince)) {
    issues.push({ path: '$.sickSince', message: 'is geen geldige datum; gebruik JJJJ-MM-DD' });
  } else if (appointment.sickSince !== undefined && compareDates(appointment.sickSince, localDate(appointment.start)) > 0) {
    issues.push({ path: '$.sickSince', message: 'ligt na de afspraak; ziekte kan alleen een afspraak op of na de eerste ziektedag verklaren' });
  }
  return issues;
}

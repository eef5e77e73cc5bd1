import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type RawBuilder, type SqlBool, type Transaction } from 'kysely';
import type { Appointment, Funding } from '../domain/agreement/appointments.ts';
import type { AgreementEnd, EndEffect } from '../domain/agreement/agreement-end.ts';
import type { InvoiceLine } from '../domain/agreement/invoices.ts';
import type { SupportPlanVersion } from '../domain/agreement/support-plan.ts';
import type { Client } from '../domain/dossier/types.ts';
import { insertClient } from './cases.ts';
import type { AppointmentCancelledBy, Database } from './schema.ts';

// The care agreement's rows (migrations/0011-care-agreement.ts, decision 0018): what was recorded,
// as it happened. What follows from it is computed by src/domain/agreement/ when it is shown.

type Db = Kysely<Database> | Transaction<Database>;

export interface AgreementRecord {
  clientId: string;
  organisationId: string;
  client: Client;
  startedOn: string;
  municipalityCode: string | null;
  end: { facts: AgreementEnd; effect: EndEffect; endedOn: string; recordedAt: Date } | null;
}

export interface AppointmentRecord {
  id: string;
  clientId: string;
  organisationId: string;
  /** ISO 8601 UTC. */
  start: string;
  durationMinutes: number;
  what: string;
  rateCentsPerHour: number;
  funding: Funding;
  cancelledAt: string | null;
  cancelledBy: AppointmentCancelledBy | null;
  attendance: 'attended' | 'absent' | null;
  forceMajeure: string | null;
  sickSince: string | null;
}

export interface InvoiceRecord {
  id: string;
  clientId: string;
  organisationId: string;
  month: string;
  invoiceDate: string;
  dueDate: string;
  totalCents: number;
  lines: InvoiceLine[];
  reminderSentOn: string | null;
  reminderReceivedOn: string | null;
  reminderStatesCosts: boolean | null;
  paidOn: string | null;
}

export interface PlanRecord {
  versions: (SupportPlanVersion & { id: string; recordedAt: Date })[];
  evaluations: { id: string; date: string; withClient: boolean; note: string }[];
}

const AGREEMENT_COLUMNS = [
  'a.client_id',
  'a.organisation_id',
  'a.started_on',
  'a.municipality_code',
  'a.end_facts',
  'a.end_effect',
  'a.ended_on',
  'a.end_recorded_at',
  'cl.name',
  'cl.birth_date',
  'cl.has_representative',
  'cl.address',
  'cl.salutation',
  'cl.representative',
] as const;

function agreementQuery(db: Db) {
  return db.selectFrom('care_agreements as a').innerJoin('clients as cl', 'cl.id', 'a.client_id').select(AGREEMENT_COLUMNS);
}

type AgreementRow = Awaited<ReturnType<ReturnType<typeof agreementQuery>['executeTakeFirstOrThrow']>>;

function toAgreement(row: AgreementRow): AgreementRecord {
  return {
    clientId: row.client_id,
    organisationId: row.organisation_id,
    client: {
      name: row.name,
      birthDate: row.birth_date,
      hasRepresentative: row.has_representative,
      ...(row.address !== null ? { address: row.address } : {}),
      ...(row.salutation !== null ? { salutation: row.salutation } : {}),
      ...(row.representative !== null ? { representative: row.representative } : {}),
    },
    startedOn: row.started_on,
    municipalityCode: row.municipality_code,
    end:
      row.end_facts === null || row.ended_on === null
        ? null
        : {
            facts: row.end_facts as unknown as AgreementEnd,
            effect: row.end_effect as unknown as EndEffect,
            endedOn: row.ended_on,
            recordedAt: row.end_recorded_at as Date,
          },
  };
}

/** A client with a care agreement; the agreement row locked until the commit when it is to change. */
export async function findAgreement(db: Db, clientId: string, lock: boolean): Promise<AgreementRecord | undefined> {
  const query = agreementQuery(db).where('a.client_id', '=', clientId);
  const row = await (lock ? query.forUpdate('a') : query).executeTakeFirst();
  return row === undefined ? undefined : toAgreement(row);
}

/** A new client of the provider with their care agreement. */
export async function insertAgreement(
  db: Db,
  input: { organisationId: string; client: Client; startedOn: string; municipalityCode: string | null },
): Promise<string> {
  const clientId = randomUUID();
  await insertClient(db, clientId, input.organisationId, input.client);
  await db
    .insertInto('care_agreements')
    .values({
      client_id: clientId,
      organisation_id: input.organisationId,
      started_on: input.startedOn,
      municipality_code: input.municipalityCode,
      end_facts: null,
      end_effect: null,
      ended_on: null,
      end_recorded_at: null,
      end_recorded_by: null,
    })
    .execute();
  return clientId;
}

export type ClientScope = (row: { organisationId: RawBuilder<unknown>; funderOrganisationId: RawBuilder<unknown>; teamId: RawBuilder<unknown>; clientId: RawBuilder<unknown> }) => RawBuilder<SqlBool>;

/** The clients with an agreement the scope covers, by name. */
export async function selectAgreements(db: Db, scope: ClientScope, limit: number, offset: number): Promise<{ total: number; clients: AgreementRecord[] }> {
  const covered = scope({ organisationId: sql.ref('a.organisation_id'), funderOrganisationId: sql`null::uuid`, teamId: sql`null::uuid`, clientId: sql.ref('a.client_id') });
  const [count, rows] = await Promise.all([
    db.selectFrom('care_agreements as a').where(covered).select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
    agreementQuery(db).where(covered).orderBy('cl.name').orderBy('a.client_id').limit(limit).offset(offset).execute(),
  ]);
  return { total: count.total, clients: rows.map(toAgreement) };
}

export async function recordAgreementEnd(db: Db, clientId: string, end: AgreementEnd, effect: EndEffect, by: string | null, now: Date): Promise<void> {
  await db
    .updateTable('care_agreements')
    .set({ end_facts: JSON.stringify(end), end_effect: JSON.stringify(effect), ended_on: effect.endDate, end_recorded_at: now, end_recorded_by: by })
    .where('client_id', '=', clientId)
    .execute();
}

// Appointments.

const APPOINTMENT_COLUMNS = [
  'id',
  'client_id',
  'organisation_id',
  'starts_at',
  'duration_minutes',
  'what',
  'rate_cents_per_hour',
  'funding',
  'cancelled_at',
  'cancelled_by',
  'attendance',
  'force_majeure',
  'sick_since',
] as const;

type AppointmentRow = Awaited<ReturnType<ReturnType<typeof appointmentQuery>['executeTakeFirstOrThrow']>>;

function appointmentQuery(db: Db) {
  return db.selectFrom('appointments').select(APPOINTMENT_COLUMNS);
}

function toAppointment(row: AppointmentRow): AppointmentRecord {
  return {
    id: row.id,
    clientId: row.client_id,
    organisationId: row.organisation_id,
    start: row.starts_at.toISOString(),
    durationMinutes: row.duration_minutes,
    what: row.what,
    rateCentsPerHour: row.rate_cents_per_hour,
    funding: row.funding,
    cancelledAt: row.cancelled_at?.toISOString() ?? null,
    cancelledBy: row.cancelled_by,
    attendance: row.attendance,
    forceMajeure: row.force_majeure,
    sickSince: row.sick_since,
  };
}

/** The appointment as the pure rules read it; one cancelled by the agreement's end was cancelled by the provider, without charge. */
export function domainAppointment(a: AppointmentRecord): Appointment {
  return {
    id: a.id,
    start: a.start,
    durationMinutes: a.durationMinutes,
    what: a.what,
    rateCentsPerHour: a.rateCentsPerHour,
    funding: a.funding,
    ...(a.cancelledAt !== null && a.cancelledBy !== null
      ? { cancellation: { receivedAt: a.cancelledAt, by: a.cancelledBy === 'client' ? 'client' : 'provider' } }
      : {}),
    ...(a.attendance !== null ? { attendance: a.attendance } : {}),
    ...(a.forceMajeure !== null ? { forceMajeure: { reason: a.forceMajeure } } : {}),
    ...(a.sickSince !== null ? { sickSince: a.sickSince } : {}),
  };
}

export async function insertAppointment(
  db: Db,
  input: { organisationId: string; clientId: string; start: string; durationMinutes: number; what: string; rateCentsPerHour: number; funding: Funding; createdBy: string | null },
): Promise<string> {
  const row = await db
    .insertInto('appointments')
    .values({
      organisation_id: input.organisationId,
      client_id: input.clientId,
      starts_at: new Date(input.start),
      duration_minutes: input.durationMinutes,
      what: input.what,
      rate_cents_per_hour: input.rateCentsPerHour,
      funding: input.funding,
      cancelled_at: null,
      cancelled_by: null,
      attendance: null,
      force_majeure: null,
      sick_since: null,
      created_by: input.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listAppointments(db: Db, clientId: string): Promise<AppointmentRecord[]> {
  return (await appointmentQuery(db).where('client_id', '=', clientId).orderBy('starts_at').orderBy('id').execute()).map(toAppointment);
}

/** The client an appointment belongs to; undefined when there is no such appointment. */
export async function appointmentClient(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom('appointments').select('client_id').where('id', '=', id).executeTakeFirst())?.client_id;
}

export interface AppointmentChange {
  cancelledAt?: string | null;
  cancelledBy?: AppointmentCancelledBy | null;
  attendance?: 'attended' | 'absent' | null;
  forceMajeure?: string | null;
  sickSince?: string | null;
}

export async function updateAppointment(db: Db, id: string, change: AppointmentChange): Promise<void> {
  await db
    .updateTable('appointments')
    .set({
      ...(change.cancelledAt !== undefined ? { cancelled_at: change.cancelledAt === null ? null : new Date(change.cancelledAt) } : {}),
      ...(change.cancelledBy !== undefined ? { cancelled_by: change.cancelledBy } : {}),
      ...(change.attendance !== undefined ? { attendance: change.attendance } : {}),
      ...(change.forceMajeure !== undefined ? { force_majeure: change.forceMajeure } : {}),
      ...(change.sickSince !== undefined ? { sick_since: change.sickSince } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** Cancels appointments without charge because the agreement ended before them. */
export async function cancelByEnd(db: Db, ids: readonly string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('appointments').set({ cancelled_at: now, cancelled_by: 'agreement-end', attendance: null }).where('id', 'in', ids).execute();
}

// Invoices.

type InvoiceRow = Awaited<ReturnType<ReturnType<typeof invoiceQuery>['executeTakeFirstOrThrow']>>;

function invoiceQuery(db: Db) {
  return db
    .selectFrom('invoices')
    .select([
      'id',
      'client_id',
      'organisation_id',
      'month',
      'invoice_date',
      'due_date',
      'total_cents',
      'lines',
      'reminder_sent_on',
      'reminder_received_on',
      'reminder_states_costs',
      'paid_on',
    ]);
}

function toInvoice(row: InvoiceRow): InvoiceRecord {
  return {
    id: row.id,
    clientId: row.client_id,
    organisationId: row.organisation_id,
    month: row.month,
    invoiceDate: row.invoice_date,
    dueDate: row.due_date,
    totalCents: row.total_cents,
    lines: row.lines as InvoiceLine[],
    reminderSentOn: row.reminder_sent_on,
    reminderReceivedOn: row.reminder_received_on,
    reminderStatesCosts: row.reminder_states_costs,
    paidOn: row.paid_on,
  };
}

/** Inserts the month's invoice; undefined when the month was invoiced already. */
export async function insertInvoice(
  db: Db,
  input: { organisationId: string; clientId: string; month: string; invoiceDate: string; dueDate: string; totalCents: number; lines: InvoiceLine[]; createdBy: string | null },
): Promise<string | undefined> {
  const row = await db
    .insertInto('invoices')
    .values({
      organisation_id: input.organisationId,
      client_id: input.clientId,
      month: input.month,
      invoice_date: input.invoiceDate,
      due_date: input.dueDate,
      total_cents: input.totalCents,
      lines: JSON.stringify(input.lines),
      reminder_sent_on: null,
      reminder_received_on: null,
      reminder_states_costs: null,
      paid_on: null,
      created_by: input.createdBy,
    })
    .onConflict((oc) => oc.constraint('invoices_client_month_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function listInvoices(db: Db, clientId: string): Promise<InvoiceRecord[]> {
  return (await invoiceQuery(db).where('client_id', '=', clientId).orderBy('month').execute()).map(toInvoice);
}

export async function invoiceClient(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom('invoices').select('client_id').where('id', '=', id).executeTakeFirst())?.client_id;
}

export async function updateInvoice(
  db: Db,
  id: string,
  change: { reminderSentOn?: string; reminderReceivedOn?: string | null; reminderStatesCosts?: boolean; paidOn?: string },
): Promise<void> {
  await db
    .updateTable('invoices')
    .set({
      ...(change.reminderSentOn !== undefined ? { reminder_sent_on: change.reminderSentOn } : {}),
      ...(change.reminderReceivedOn !== undefined ? { reminder_received_on: change.reminderReceivedOn } : {}),
      ...(change.reminderStatesCosts !== undefined ? { reminder_states_costs: change.reminderStatesCosts } : {}),
      ...(change.paidOn !== undefined ? { paid_on: change.paidOn } : {}),
    })
    .where('id', '=', id)
    .execute();
}

// The support plan.

export async function loadPlan(db: Db, clientId: string): Promise<PlanRecord> {
  const [versions, evaluations] = await Promise.all([
    db.selectFrom('support_plan_versions').select(['id', 'content', 'created_at']).where('client_id', '=', clientId).orderBy('version').execute(),
    db.selectFrom('support_plan_evaluations').select(['id', 'evaluated_on', 'with_client', 'note']).where('client_id', '=', clientId).orderBy('evaluated_on').orderBy('created_at').execute(),
  ]);
  return {
    versions: versions.map((v) => ({ ...(v.content as unknown as SupportPlanVersion), id: v.id, recordedAt: v.created_at })),
    evaluations: evaluations.map((e) => ({ id: e.id, date: e.evaluated_on, withClient: e.with_client, note: e.note })),
  };
}

/** Stores a plan version; undefined when a colleague stored that version number first. */
export async function insertPlanVersion(db: Db, organisationId: string, clientId: string, version: SupportPlanVersion, by: string | null): Promise<string | undefined> {
  const row = await db
    .insertInto('support_plan_versions')
    .values({ organisation_id: organisationId, client_id: clientId, version: version.version, agreed_on: version.agreedOn, content: JSON.stringify(version), created_by: by })
    .onConflict((oc) => oc.constraint('support_plan_versions_client_version_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function insertPlanEvaluation(
  db: Db,
  input: { organisationId: string; clientId: string; date: string; withClient: boolean; note: string; by: string | null },
): Promise<string> {
  const row = await db
    .insertInto('support_plan_evaluations')
    .values({ organisation_id: input.organisationId, client_id: input.clientId, evaluated_on: input.date, with_client: input.withClient, note: input.note, created_by: input.by })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The client's cases still running that the agreement's records are evidence in (ending or suspending care). */
export async function evidenceCases(db: Db, clientId: string): Promise<{ id: string; procedure: string; status: string }[]> {
  return db
    .selectFrom('cases')
    .select(['id', 'procedure', 'status'])
    .where('client_id', '=', clientId)
    .where('procedure', '!=', 'weigering')
    .where('status', '!=', 'afgerond')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The agreements still running on `today` that have a support plan: whose half-yearly evaluation may be due. */
export async function agreementsWithPlan(db: Db, today: string): Promise<AgreementRecord[]> {
  const rows = await agreementQuery(db)
    .where((eb) => eb.or([eb('a.ended_on', 'is', null), eb('a.ended_on', '>=', today)]))
    .where(({ exists, selectFrom }) => exists(selectFrom('support_plan_versions as v').select('v.id').whereRef('v.client_id', '=', 'a.client_id')))
    .orderBy('a.client_id')
    .execute();
  return rows.map(toAgreement);
}

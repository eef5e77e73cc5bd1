import { appointmentOutcome, appointmentPriceCents, cancellationDeadline, municipalityContactTask, type AgreementContext, type AppointmentOutcome, type MunicipalityContactTask } from '../../domain/agreement/appointments.ts';
import { agreementEvidence, sameEvidence } from '../../domain/agreement/evidence.ts';
import { invoiceState, type InvoiceFacts, type InvoiceState } from '../../domain/agreement/invoices.ts';
import { nextPlanEvaluation, planVersionOn, type EvaluationDue, type SupportPlan, type SupportPlanVersion } from '../../domain/agreement/support-plan.ts';
import { effectiveEntries } from '../../domain/dossier/corrections.ts';
import type { Entry, IsoDate } from '../../domain/dossier/types.ts';
import type { Resource } from '../../policy/resources.ts';
import {
  domainAppointment,
  evidenceCases,
  findAgreement,
  listAppointments,
  listInvoices,
  loadPlan,
  type AgreementRecord,
  type AppointmentRecord,
  type InvoiceRecord,
  type PlanRecord,
} from '../../store/agreement.ts';
import { findCase, loadEntries } from '../../store/cases.ts';
import { isUuid } from '../../store/ids.ts';
import { appendToDossier } from '../cases/dossier.ts';
import { todayOf, type CommandContext } from '../pipeline/context.ts';
import type { Tx } from '../pipeline/execute.ts';
import { createTask } from '../tasks/tasks.ts';

// The care agreement of seed 004 as the commands of this area read and change it (decision 0018):
// a client as the resource the policy decides on, everything recorded about their agreement with
// what follows from it today, and what every change must do in the same transaction: raise the
// task after the second no-show (once), and bring the records into the client's running
// termination cases as evidence.

export const CLIENT_NOT_FOUND = 'Deze cliënt bestaat niet.';

export type LoadedClient = Extract<Resource, { kind: 'client' }> & { agreement: AgreementRecord };

/** The client with their agreement (its row locked to change it), as the resource to decide on. */
export async function loadClient(tx: Tx, clientId: string, lock: boolean): Promise<LoadedClient | undefined> {
  const agreement = isUuid(clientId) ? await findAgreement(tx, clientId, lock) : undefined;
  return agreement === undefined ? undefined : { kind: 'client', organisationId: agreement.organisationId, clientId, agreement };
}

export function agreementContext(agreement: AgreementRecord): AgreementContext {
  return agreement.municipalityCode === null ? {} : { municipalityCode: agreement.municipalityCode };
}

/** The facts of an invoice as the pure rules read them; a reminder counts once its receipt is known. */
export function invoiceFacts(invoice: InvoiceRecord): InvoiceFacts {
  return {
    invoiceDate: invoice.invoiceDate,
    dueDate: invoice.dueDate,
    totalCents: invoice.totalCents,
    ...(invoice.reminderSentOn !== null && invoice.reminderReceivedOn !== null
      ? { reminder: { sentOn: invoice.reminderSentOn, receivedOn: invoice.reminderReceivedOn, statesCosts: invoice.reminderStatesCosts === true } }
      : {}),
    ...(invoice.paidOn !== null ? { paidOn: invoice.paidOn } : {}),
  };
}

export interface AppointmentView {
  record: AppointmentRecord;
  outcome: AppointmentOutcome;
  priceCents: number;
  /** The last moment to cancel without charge. */
  cancelBy: string;
}

export interface InvoiceView {
  record: InvoiceRecord;
  state: InvoiceState;
}

export interface PlanView {
  record: PlanRecord;
  current: SupportPlanVersion | undefined;
  nextEvaluation: EvaluationDue | undefined;
}

export interface AgreementView {
  agreement: AgreementRecord;
  today: IsoDate;
  appointments: AppointmentView[];
  contact: MunicipalityContactTask;
  invoices: InvoiceView[];
  plan: PlanView;
  /** The client's running cases the records are evidence in. */
  cases: { id: string; procedure: string; status: string }[];
}

export function planOf(record: PlanRecord): SupportPlan {
  return { versions: record.versions, evaluations: record.evaluations };
}

export async function readAgreement(tx: Tx, agreement: AgreementRecord, today: IsoDate): Promise<AgreementView> {
  const [appointments, invoices, plan, cases] = [
    await listAppointments(tx, agreement.clientId),
    await listInvoices(tx, agreement.clientId),
    await loadPlan(tx, agreement.clientId),
    await evidenceCases(tx, agreement.clientId),
  ];
  const context = agreementContext(agreement);
  const domain = appointments.map(domainAppointment);
  return {
    agreement,
    today,
    appointments: appointments.map((record, i) => ({
      record,
      outcome: appointmentOutcome(domain[i]!, context),
      priceCents: appointmentPriceCents(record),
      cancelBy: cancellationDeadline(record.start),
    })),
    contact: municipalityContactTask(domain, context),
    invoices: invoices.map((record) => ({ record, state: invoiceState(invoiceFacts(record), today) })),
    plan: { record: plan, current: planVersionOn(planOf(plan), today), nextEvaluation: nextPlanEvaluation(planOf(plan), today) },
    cases,
  };
}

/** The task of 004 §7, by its dedupe key: one per client, whichever no-show or process raises it. */
export const secondNoShowKey = (clientId: string) => `agreement.second-no-show:${clientId}`;

/**
 * What every change to appointments or invoices does before its transaction commits: after the
 * second no-show, the task 'neem contact op met de gemeente' (exactly once: its dedupe key), and
 * the records brought into the client's running cases as evidence (new ones appended, changed ones
 * corrected), each case locked while its dossier grows.
 */
export async function afterAgreementChange(ctx: CommandContext, tx: Tx, agreement: AgreementRecord): Promise<{ taskId: string | undefined }> {
  const today = todayOf(ctx);
  const appointments = (await listAppointments(tx, agreement.clientId)).map(domainAppointment);
  const context = agreementContext(agreement);
  const contact = municipalityContactTask(appointments, context);
  const taskId = contact.due
    ? await createTask(tx, ctx, {
        organisationId: agreement.organisationId,
        clientId: agreement.clientId,
        kind: 'agreement.contact-municipality',
        title: `Neem contact op met de gemeente: ${agreement.client.name} kwam twee keer niet op een afspraak`,
        dedupeKey: secondNoShowKey(agreement.clientId),
      })
    : undefined;
  const invoices = await listInvoices(tx, agreement.clientId);
  const evidence = agreementEvidence(agreement.clientId, appointments, invoices, context, today);
  for (const { id } of await evidenceCases(tx, agreement.clientId)) await bringIntoCase(ctx, tx, id, evidence);
  return { taskId };
}

/** Appends the evidence the case lacks, and a correction for each record that changed since it was entered. */
async function bringIntoCase(ctx: CommandContext, tx: Tx, caseId: string, evidence: readonly Entry[]): Promise<void> {
  const record = await findCase(tx, caseId, true);
  if (record === undefined) return;
  const entries = (await loadEntries(tx, caseId)).map((e) => e.entry);
  const taken = new Set(entries.map((e) => e.id));
  const current = new Map<string, Entry>();
  for (const { entry, supersedes } of effectiveEntries(entries)) {
    current.set(entry.id, entry);
    for (const old of supersedes) current.set(old, entry);
  }
  for (const entry of evidence) {
    const entered = current.get(entry.id);
    if (entered !== undefined && sameEvidence(entered, entry)) continue;
    let id = entry.id;
    for (let n = 2; taken.has(id); n++) id = `${entry.id}-c${n}`;
    taken.add(id);
    const fresh = (await findCase(tx, caseId, true))!;
    await appendToDossier(ctx, tx, fresh, entered === undefined ? entry : { ...entry, id, corrects: entered.id });
  }
}

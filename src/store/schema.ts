import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { CaseStatus } from '../domain/dossier/status.ts';
import type { Allocation, CareLaw, Representative } from '../domain/dossier/types.ts';

// The tables as Kysely sees them. Dates of the dossier are `date` columns read back as
// `YYYY-MM-DD` text (see database.ts: both drivers are told not to turn them into Date objects,
// which would shift them by the time zone).

export type OrganisationKind = 'provider' | 'municipality' | 'health-insurer';
export const ROLES = ['medewerker', 'regievoerder', 'beoordelaar', 'medisch-adviseur', 'client', 'beheerder'] as const;
export type Role = (typeof ROLES)[number];

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export interface OrganisationsTable {
  id: string;
  slug: string;
  name: string;
  kind: OrganisationKind;
  address: string | null;
  /** The number a client calls with a question about a letter (migrations/0017). */
  phone: ColumnType<string | null, string | null | undefined, string | null>;
  /** Whom a client turns to with a complaint, and how: it follows 'Neem contact op met' in a letter. */
  complaints_contact: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: string;
  organisation_id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string | null;
  created_at: CreatedAt;
  /** The team whose cases' reminders this user gets (migrations/0005-reminders.ts); null: every team. */
  team_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Migrations/0009-accounts.ts: a deactivated user signs in nowhere and their tokens are dead. */
  active: Generated<boolean>;
  /** A demo account of the seed: signs in with its password alone. */
  demo: Generated<boolean>;
  /** The TOTP secret (base32); set when enrolment starts, in force once `totp_enrolled_at` is set. */
  totp_secret: ColumnType<string | null, string | null | undefined, string | null>;
  totp_enrolled_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  totp_last_step: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  password_changed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** Migrations/0012-client-access.ts: a client's account (role 'client'): the client whose file is their own. */
  client_id: ColumnType<string | null, string | null | undefined, never>;
  /** A legal representative's account: the legal ground they act on (curator, mentor, parent …); null for the client themselves. */
  representation_ground: ColumnType<string | null, string | null | undefined, never>;
}

export interface ApiTokensTable {
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  revoked_at: Date | null;
  /** Migrations/0009-accounts.ts: how the owner and the beheerder name it to revoke it. */
  id: Generated<string>;
  expires_at: Date;
  last_used_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export type SessionStage = 'second-factor' | 'enrol' | 'signed-in';

/** A web sign-in (migrations/0003-sessions.ts); the id itself lives only in the browser's cookie. */
export interface SessionsTable {
  id_hash: string;
  user_id: string;
  /** The absolute end of the session. */
  expires_at: Date;
  created_at: CreatedAt;
  /** Migrations/0009-accounts.ts: for the idle timeout. */
  last_seen_at: ColumnType<Date, Date | undefined, Date>;
  stage: ColumnType<SessionStage, SessionStage | undefined, SessionStage>;
}

export interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
  used_at: Date | null;
}

/** A one-time link to set a password (a new account's first, or a new one after a reset). */
export interface InvitationsTable {
  token_hash: string;
  user_id: string;
  created_by: string;
  created_at: CreatedAt;
  expires_at: Date;
  used_at: Date | null;
}

export interface TrustedDevicesTable {
  id_hash: string;
  user_id: string;
  failures: Generated<number>;
  expires_at: Date;
}

export interface SignInFailuresTable {
  key: string;
  failures: number;
  last_failure_at: Date;
  blocked_until: Date | null;
}

export interface InstallationSecretsTable {
  name: string;
  value: string;
}

export interface ClientsTable {
  id: string;
  organisation_id: string;
  name: string;
  birth_date: string;
  has_representative: boolean;
  address: string | null;
  /** How the client prefers to be addressed in letters ('Geachte heer Mulder'), migrations/0017. */
  salutation: ColumnType<string | null, string | null | undefined, string | null>;
  representative: ColumnType<Representative | null, string | null, string | null>;
  created_at: CreatedAt;
}

export interface CasesTable {
  id: string;
  organisation_id: string;
  client_id: string;
  regime: string;
  procedure: string;
  status: CaseStatus;
  care_started: string | null;
  /** How many entries the case has; bumped under the row lock that orders concurrent appends. */
  entry_count: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  /** The municipality's allocation a 307 copies (migrations/0004-documents.ts). */
  allocation: ColumnType<Allocation | null, string | null, string | null>;
  /** From the assessment as of `assessed_on` (see migrations/0002-case-projection.ts). */
  can_submit: Generated<boolean>;
  next_deadline: string | null;
  assessed_on: string | null;
  /** Migrations/0005-reminders.ts: the provider's team, and the funder organisation the request goes to. */
  team_id: ColumnType<string | null, string | null | undefined, string | null>;
  funder_organisation_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Migrations/0020-responsible-user.ts: the person responsible for the case; by default whoever opened it. */
  responsible_user_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Migrations/0022-care-law.ts: the law a Bijlage 6 case's care falls under; null: from the regime or the allocation. */
  care_law: ColumnType<CareLaw | null, CareLaw | null | undefined, never>;
}

export interface TeamsTable {
  id: string;
  organisation_id: string;
  name: string;
  created_at: CreatedAt;
}

export interface CalendarFeedsTable {
  secret_hash: string;
  user_id: string;
  created_at: CreatedAt;
  revoked_at: Date | null;
}

export type ReminderKind = 'upcoming' | 'overdue';
export type MailStatus = 'pending' | 'sending' | 'sent' | 'retrying' | 'failed' | 'unconfirmed';

/** A deadline reminder: the in-app notification and the outbox entry of its e-mail. */
export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  organisation_id: string;
  case_id: string;
  deadline_id: string;
  start_event: string;
  due_date: string;
  /** Whether the deadline was still ahead or already overdue when the reminder was made. */
  kind: ReminderKind;
  rule: string;
  source_seed: string;
  source_quote: string;
  created_at: CreatedAt;
  read_at: Date | null;
  mail_status: MailStatus | null;
  mail_to: string | null;
  mail_message_id: string | null;
  mail_attempts: Generated<number>;
  mail_next_attempt_at: Date | null;
  mail_sending_since: Date | null;
  mail_sent_at: Date | null;
  mail_last_error: string | null;
}

export interface CaseDeadlinesTable {
  case_id: string;
  organisation_id: string;
  deadline_id: string;
  due_date: string;
  met: boolean;
  rule: string;
  start_event: string;
  counting: string;
  explanation: string;
  source_seed: string;
  source_quote: string;
  /** Copied from the case (migrations/0005-reminders.ts) so the overview filters without a join. */
  team_id: Generated<string | null>;
  funder_organisation_id: Generated<string | null>;
  /** Whether the reminder job has made this deadline's reminders (migrations/0005-reminders.ts). */
  reminded: Generated<boolean>;
}

export interface EntriesTable {
  id: string;
  case_id: string;
  organisation_id: string;
  /** Position in the dossier, 1-based, unique per case. */
  seq: number;
  /** The entry's id in the interchange format, unique per case. */
  entry_key: string;
  type: string;
  date: string;
  corrects: string | null;
  /** The type's own fields and the note, exactly as they were given. */
  body: ColumnType<Record<string, unknown>, string, never>;
  author_id: string | null;
  recorded_at: CreatedAt;
}

export interface LettersTable {
  id: string;
  case_id: string;
  organisation_id: string;
  kind: string;
  /** A draft may be edited; a sent letter never changes (a trigger refuses it). */
  status: 'draft' | 'sent';
  /** What the letter was drafted from (behaviour, period, notice term …), as given. */
  params: ColumnType<Record<string, unknown>, string, string>;
  /** The letter's text as the regievoerder edited it. */
  content: ColumnType<Record<string, unknown>, string, string>;
  drafted_by: string | null;
  drafted_at: CreatedAt;
  approved_by: string | null;
  sent_at: Date | null;
  pdf: Uint8Array | null;
  sha256: string | null;
  /** The dossier entry the approval appended, if the letter has one. */
  entry_key: string | null;
}

/** A row of the access log (migrations/0006-access-log.ts): written only by append_access_log, never changed. */
export interface AccessLogTable {
  organisation_id: string;
  seq: ColumnType<number, never, never>;
  prev_hash: string;
  hash: string;
  event_time: string;
  occurred_at: Date;
  action_code: string;
  event_type: string;
  user_id: string;
  user_name: string;
  user_role: string;
  user_organisation_id: string | null;
  purpose: string;
  relation: string;
  network_address: string;
  client_id: string | null;
  case_id: string | null;
  outcome: 'allowed' | 'denied';
  reason: string | null;
}

/** The last seq and hash of each organisation's chain (made with the organisation); its row lock orders the appends to that chain. */
export interface AccessLogHeadsTable {
  organisation_id: string;
  seq: ColumnType<number, never, never>;
  hash: string;
  prev_hash: string;
}

/** Migrations/0010-funder-requests.ts: which funders a provider has a contract with, per regime. */
export interface FunderContractsTable {
  provider_organisation_id: string;
  funder_organisation_id: string;
  regime: string;
  created_by: string | null;
  created_at: CreatedAt;
}

/** Migrations/0010-funder-requests.ts: a request to the funder with its frozen copy; the frozen parts and a sent decision never change. */
export interface FunderRequestsTable {
  id: string;
  case_id: string;
  provider_organisation_id: string;
  funder_organisation_id: string;
  client_id: string;
  team_id: string | null;
  regime: string;
  procedure: string;
  state: string;
  submitted_at: Date;
  /** The day the funder received it: the term runs from here (Europe/Amsterdam). */
  received_on: string;
  submitted_by: string | null;
  continuity_proposal: string;
  no_other_provider: boolean;
  /** Why the provider submitted although the assessment said something was missing. */
  override_reason: string | null;
  /** The dossier document and its assessment as they were at submission. */
  snapshot: ColumnType<Record<string, unknown>, string, never>;
  request_pdf: Uint8Array;
  request_sha256: string;
  decision_deadline: string;
  deadline_explanation: string;
  decided_at: Date | null;
  decided_on: string | null;
  decided_by: string | null;
  decision: 'accepted' | 'accepted-with-conditions' | 'rejected' | null;
  /** The decision's reasons, conditions, continuity, IGJ pointer, PGB offer, referral and the duties it went ahead without. */
  decision_detail: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  decision_pdf: Uint8Array | null;
  decision_sha256: string | null;
  objection_deadline: string | null;
  closed_at: Date | null;
  /** The provider's withdrawal (migrations/0019): set together, and only on a withdrawn request. */
  withdrawn_at: Date | null;
  withdrawn_on: string | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
}

interface RequestRecordColumns {
  id: string;
  request_id: string;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export interface FunderRequestQuestionsTable extends RequestRecordColumns {
  asked_on: string;
  question: string;
  entry_key: string;
  answer: string | null;
  answered_on: string | null;
  answered_by: string | null;
}

export interface FunderRequestHearingsTable extends RequestRecordColumns {
  held_on: string;
  heard: 'client' | 'representative';
  summary: string;
}

export interface FunderRequestAdviceTable extends RequestRecordColumns {
  advised_on: string;
  well_founded: boolean;
  reasoning: string;
}

export interface FunderRequestObjectionsTable extends RequestRecordColumns {
  filed_on: string;
  reasons: string;
  /** The funder's decision on the objection, which replaces the first decision. */
  decided_at: Date | null;
  decided_by: string | null;
  decision: 'accepted' | 'accepted-with-conditions' | 'rejected' | null;
  decision_detail: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  decision_pdf: Uint8Array | null;
  decision_sha256: string | null;
}

/** A suspension reported to the insurer (migrations/0015-suspension-reports.ts); what was reported never changes. */
export interface SuspensionReportsTable {
  id: string;
  case_id: string;
  organisation_id: string;
  funder_organisation_id: string;
  /** domain/suspension-report/report.ts: SuspensionReportContent. */
  content: ColumnType<unknown, string, never>;
  reported_by: string | null;
  reported_at: Date;
  /** What Zorginkoop got (AnonymisedSuspensionReport), once passed on. */
  anonymised: ColumnType<unknown, string | null | undefined, string>;
  passed_on_by: ColumnType<string | null, string | null | undefined, string | null>;
  passed_on_at: ColumnType<Date | null, Date | null | undefined, Date>;
}

export type TaskState = 'open' | 'done';

/** Something a provider's staff must do (migrations/0011-care-agreement.ts, decision 0017). */
export interface TasksTable {
  id: Generated<string>;
  organisation_id: string;
  case_id: string | null;
  client_id: string | null;
  kind: string;
  title: string;
  due_on: string | null;
  /** Unique: a second task with the same key is never made (exactly once). */
  dedupe_key: string | null;
  state: Generated<TaskState>;
  created_at: CreatedAt;
  done_at: Date | null;
  done_by: string | null;
}

/** One row: the version of the regimes' rules the projections were made with (migrations/0014-scale.ts). */
export interface ProjectionStateTable {
  id: Generated<boolean>;
  rules_version: string;
}

/** A client's care agreement of seed 004 (migrations/0011-care-agreement.ts, decision 0018). */
export interface CareAgreementsTable {
  client_id: string;
  organisation_id: string;
  started_on: string;
  municipality_code: string | null;
  end_facts: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  end_effect: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  ended_on: string | null;
  end_recorded_at: Date | null;
  end_recorded_by: string | null;
  created_at: CreatedAt;
}

export type AppointmentCancelledBy = 'client' | 'provider' | 'agreement-end';

export interface AppointmentsTable {
  id: Generated<string>;
  organisation_id: string;
  client_id: string;
  starts_at: Date;
  duration_minutes: number;
  what: string;
  rate_cents_per_hour: number;
  funding: 'municipality' | 'client';
  cancelled_at: Date | null;
  cancelled_by: AppointmentCancelledBy | null;
  attendance: 'attended' | 'absent' | null;
  force_majeure: string | null;
  sick_since: string | null;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface InvoicesTable {
  id: Generated<string>;
  organisation_id: string;
  client_id: string;
  month: string;
  invoice_date: string;
  due_date: string;
  total_cents: number;
  lines: ColumnType<unknown[], string, string>;
  reminder_sent_on: string | null;
  reminder_received_on: string | null;
  reminder_states_costs: boolean | null;
  paid_on: string | null;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface SupportPlanVersionsTable {
  id: Generated<string>;
  organisation_id: string;
  client_id: string;
  version: number;
  agreed_on: string;
  content: ColumnType<Record<string, unknown>, string, string>;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface SupportPlanEvaluationsTable {
  id: Generated<string>;
  organisation_id: string;
  client_id: string;
  evaluated_on: string;
  with_client: boolean;
  note: string;
  created_at: CreatedAt;
  created_by: string | null;
}

export type { WithholdingReason } from '../domain/client-file/rights.ts';
import type { WithholdingReason } from '../domain/client-file/rights.ts';

/** Migrations/0012-client-access.ts: an entry the client does not see (seed 004 §3); recorded once, never changed. */
export interface WithheldEntriesTable {
  case_id: string;
  entry_key: string;
  reason: WithholdingReason;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export type ClientRequestKind = 'correction' | 'destruction';

/** A client's request to the provider, with its due date and, once given, the answer. */
export interface ClientRequestsTable {
  id: string;
  case_id: string;
  organisation_id: string;
  kind: ClientRequestKind;
  entry_key: string | null;
  text: string;
  requested_by: string;
  requested_at: Date;
  due_on: string;
  outcome: 'granted' | 'refused' | null;
  answer: string | null;
  answered_by: string | null;
  answered_at: Date | null;
}

import type { RetentionExceptionKind } from '../domain/client-file/rights.ts';

export interface RetentionExceptionsTable {
  id: string;
  case_id: string;
  kind: RetentionExceptionKind;
  reason: string;
  until: string | null;
  recorded_by: string | null;
  recorded_at: Date;
}

/** What is left of a destroyed file: no one named, the ids the access log's rows carry. */
export interface DestructionsTable {
  case_id: string;
  organisation_id: string;
  client_pseudonym: string;
  destroyed_at: Date;
  ground: 'request' | 'retention-ended';
  requested_at: Date | null;
  clause: string;
}

export interface Database {
  organisations: OrganisationsTable;
  users: UsersTable;
  api_tokens: ApiTokensTable;
  sessions: SessionsTable;
  clients: ClientsTable;
  cases: CasesTable;
  entries: EntriesTable;
  case_deadlines: CaseDeadlinesTable;
  teams: TeamsTable;
  calendar_feeds: CalendarFeedsTable;
  notifications: NotificationsTable;
  letters: LettersTable;
  access_log: AccessLogTable;
  access_log_heads: AccessLogHeadsTable;
  recovery_codes: RecoveryCodesTable;
  invitations: InvitationsTable;
  trusted_devices: TrustedDevicesTable;
  sign_in_failures: SignInFailuresTable;
  installation_secrets: InstallationSecretsTable;
  funder_contracts: FunderContractsTable;
  funder_requests: FunderRequestsTable;
  funder_request_questions: FunderRequestQuestionsTable;
  funder_request_hearings: FunderRequestHearingsTable;
  funder_request_advice: FunderRequestAdviceTable;
  funder_request_objections: FunderRequestObjectionsTable;
  suspension_reports: SuspensionReportsTable;
  tasks: TasksTable;
  projection_state: ProjectionStateTable;
  care_agreements: CareAgreementsTable;
  appointments: AppointmentsTable;
  invoices: InvoicesTable;
  support_plan_versions: SupportPlanVersionsTable;
  support_plan_evaluations: SupportPlanEvaluationsTable;
  withheld_entries: WithheldEntriesTable;
  client_requests: ClientRequestsTable;
  retention_exceptions: RetentionExceptionsTable;
  destructions: DestructionsTable;
}

export type Organisation = Selectable<OrganisationsTable>;
export type User = Selectable<UsersTable>;
export type CaseRow = Selectable<CasesTable>;
export type EntryRow = Selectable<EntriesTable>;
export type NewEntryRow = Insertable<EntriesTable>;

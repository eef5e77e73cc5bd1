import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { CaseStatus } from '../domain/dossier/status.ts';
import type { Allocation, Representative } from '../domain/dossier/types.ts';

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
}

export interface ApiTokensTable {
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  revoked_at: Date | null;
}

export interface ClientsTable {
  id: string;
  organisation_id: string;
  name: string;
  birth_date: string;
  has_representative: boolean;
  address: string | null;
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

export interface Database {
  organisations: OrganisationsTable;
  users: UsersTable;
  api_tokens: ApiTokensTable;
  clients: ClientsTable;
  cases: CasesTable;
  entries: EntriesTable;
  case_deadlines: CaseDeadlinesTable;
  letters: LettersTable;
}

export type Organisation = Selectable<OrganisationsTable>;
export type User = Selectable<UsersTable>;
export type CaseRow = Selectable<CasesTable>;
export type EntryRow = Selectable<EntriesTable>;
export type NewEntryRow = Insertable<EntriesTable>;

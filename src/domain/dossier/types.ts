// The dossier interchange format `zorgvuldig.dossier/1` (SPEC "The dossier interchange format") as
// TypeScript types. The JSON Schema in schema/dossier-1.schema.json is the public contract; these
// types mirror it field for field, and src/domain/dossier/schema.test.ts checks that they agree.

export const DOSSIER_FORMAT = 'zorgvuldig.dossier/1' as const;

export const REGIMES = ['groningen-wmo', 'gemeente-bijlage6', 'vgz-wijkverpleging', 'onl-wmo'] as const;
export type RegimeId = (typeof REGIMES)[number];

export const PROCEDURES = ['weigering', 'opschorting', 'beeindiging', 'beeindiging-onmiddellijk'] as const;
export type Procedure = (typeof PROCEDURES)[number];

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

export const GROUNDS = [
  'threat-intimidation',
  'aggression',
  'broken-trust',
  'hygiene',
  'weapons',
  'nuisance',
  'substance-use',
  'discrimination',
  'non-cooperation',
  'withholding-information',
  'no-show',
  'unauthorised-occupants',
  'non-payment',
  'non-compliance',
  'organisational',
  'care-need-exceeds-offer',
  'previous-experience',
  'unfamiliar-zzp',
  'complex-dual-diagnosis',
  'other',
] as const;
export type Ground = (typeof GROUNDS)[number];

export const CONSULTATION_PARTIES = [
  'huisarts',
  'casemanager',
  'mdo',
  'sociaal-team',
  'toegangsmedewerker',
  'regioadviseur',
  'spv',
  'oggz',
  'experttafel',
  'zorgadvies',
  'other',
] as const;
export type ConsultationParty = (typeof CONSULTATION_PARTIES)[number];

export const ALTERNATIVE_KINDS = [
  'other-team',
  'coaching',
  'other-provider',
  'oggz',
  'sociaal-wijkteam',
  'spv',
  'time-out',
  'passend-beschikken',
  'experttafel',
  'pgb',
  'other',
] as const;
export type AlternativeKind = (typeof ALTERNATIVE_KINDS)[number];

export const CLIENT_NOTICE_KINDS = [
  'warning-of-suspension',
  'intent',
  'funder-notified',
  'decision',
  'final-notice',
] as const;
export type ClientNoticeKind = (typeof CLIENT_NOTICE_KINDS)[number];

interface EntryBase {
  /** Unique within the dossier. */
  id: string;
  date: IsoDate;
  note?: string;
  /** The id of an earlier entry of the same dossier that this entry corrects. */
  corrects?: string;
}

export interface IncidentEntry extends EntryBase {
  type: 'incident';
  ground: Ground;
  by: 'client' | 'family' | 'other';
  description: string;
}
export interface WarningEntry extends EntryBase {
  type: 'warning';
  written: boolean;
  consequence: 'suspension' | 'termination' | 'none';
  sharedWithRepresentative?: boolean;
  description: string;
}
export interface ConsultationEntry extends EntryBase {
  type: 'consultation';
  with: ConsultationParty[];
  outcome: string;
}
export interface AlternativeEntry extends EntryBase {
  type: 'alternative';
  kind: AlternativeKind;
  outcome: string;
}
export interface ConditionAssessmentEntry extends EntryBase {
  type: 'condition-assessment';
  causedByCondition: 'yes' | 'partly' | 'no';
  assessedBy: string;
}
export interface WeighingEntry extends EntryBase {
  type: 'weighing';
  text: string;
}
export interface ClientNoticeEntry extends EntryBase {
  type: 'client-notice';
  kind: ClientNoticeKind;
  written: boolean;
  complaintRouteMentioned?: boolean;
}
export interface GpInformedEntry extends EntryBase {
  type: 'gp-informed';
}
export interface FunderRequestEntry extends EntryBase {
  type: 'funder-request';
  dossierAttached: boolean;
  continuityProposal?: string;
}
export interface InformationRequestEntry extends EntryBase {
  type: 'information-request';
  from: 'funder' | 'provider';
  answered?: IsoDate;
}
export interface WederhoorEntry extends EntryBase {
  type: 'wederhoor';
  with: 'client' | 'representative';
}
export interface FunderDecisionEntry extends EntryBase {
  type: 'funder-decision';
  outcome: 'accepted' | 'rejected' | 'accepted-with-conditions';
  endDate?: IsoDate;
  reasons: string;
}
export interface ObjectionEntry extends EntryBase {
  type: 'objection';
  reasons: string;
}
export interface ConsentEntry extends EntryBase {
  type: 'consent';
  recipient: string;
  written: boolean;
}
export interface SuspensionPeriodEntry extends EntryBase {
  type: 'suspension-period';
  start: IsoDate;
  end: IsoDate;
  scope: string;
  agreedWithGp: boolean;
}
export interface TransferEntry extends EntryBase {
  type: 'transfer';
  to: string;
}
export interface PoliceReportEntry extends EntryBase {
  type: 'police-report';
}
export interface NoShowEntry extends EntryBase {
  type: 'no-show';
  /** Absent means the appointment was not cancelled at all. */
  cancelledHoursAhead?: number;
}
export interface InvoiceEntry extends EntryBase {
  type: 'invoice';
  amountCents: number;
  dueDate: IsoDate;
  paid?: IsoDate;
}
/** The client ends the agreement (opzegging door de cliënt, seed 004 §1). Added in format 1 as optional. */
export interface NoticeByClientEntry extends EntryBase {
  type: 'notice-by-client';
  /** The end date the client named, if any. */
  endDate?: IsoDate;
}
/** The client asks for the dossier to be destroyed (seed 004 §3). Added in format 1 as optional. */
export interface DestructionRequestEntry extends EntryBase {
  type: 'destruction-request';
}
export interface StopMessageEntry extends EntryBase {
  type: 'stop-message';
  messageId?: string;
}

export type Entry =
  | IncidentEntry
  | WarningEntry
  | ConsultationEntry
  | AlternativeEntry
  | ConditionAssessmentEntry
  | WeighingEntry
  | ClientNoticeEntry
  | GpInformedEntry
  | FunderRequestEntry
  | InformationRequestEntry
  | WederhoorEntry
  | FunderDecisionEntry
  | ObjectionEntry
  | ConsentEntry
  | SuspensionPeriodEntry
  | TransferEntry
  | PoliceReportEntry
  | NoShowEntry
  | InvoiceEntry
  | StopMessageEntry
  | NoticeByClientEntry
  | DestructionRequestEntry;

export type EntryType = Entry['type'];
export type EntryOfType<T extends EntryType> = Extract<Entry, { type: T }>;

export const ENTRY_TYPES = [
  'incident',
  'warning',
  'consultation',
  'alternative',
  'condition-assessment',
  'weighing',
  'client-notice',
  'gp-informed',
  'funder-request',
  'information-request',
  'wederhoor',
  'funder-decision',
  'objection',
  'consent',
  'suspension-period',
  'transfer',
  'police-report',
  'no-show',
  'invoice',
  'stop-message',
  'notice-by-client',
  'destruction-request',
] as const satisfies readonly EntryType[];

export interface Representative {
  name: string;
  /** Postal address, its lines separated by ", ". */
  address?: string;
}

export interface Client {
  name: string;
  birthDate: IsoDate;
  hasRepresentative: boolean;
  /** Postal address for letters, its lines separated by ", " ('Kerkstraat 1, 9711 AA Groningen'). */
  address?: string;
  /** The legal representative letters are addressed to, when known. */
  representative?: Representative;
}

export const CARE_LAWS = ['wmo', 'jeugdwet'] as const;
export type CareLaw = (typeof CARE_LAWS)[number];

export const GENDERS = ['unknown', 'male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * The municipality's allocation (toewijzing, the iWmo/iJw 305 message) that the care was
 * delivered under: what a 307 stop message copies. Optional in the format; only the 307 needs it.
 */
export interface Allocation {
  /** Which standard the allocation came in: iWmo (Wmo 2015) or iJw (Jeugdwet). */
  law: CareLaw;
  /** The provider's AGB code, 8 digits. */
  providerAgbCode: string;
  /** The municipality's code (gemeentecode), 4 digits. */
  municipalityCode: string;
  /** The client's BSN, 9 digits passing the eleven-test. */
  bsn: string;
  gender: Gender;
  /** The client's surname as the allocation gives it, without its prefix. */
  familyName: string;
  familyNamePrefix?: string;
  initials?: string;
  /** ToewijzingNummer. */
  allocationNumber: number;
  product: { category: string; code?: string };
  /** ToewijzingIngangsdatum: when the allocated product was first to be delivered. */
  allocationStartDate?: IsoDate;
  /** Begindatum: when delivery actually began. */
  startDate: IsoDate;
  /** The definitive end date agreed with the municipality; absent: the accepted decision's endDate. */
  endDate?: IsoDate;
  /** RedenBeeindiging; absent: ended unilaterally by the provider (iWmo 22, iJw 33). */
  reasonCode?: string;
}

export interface DossierDocument {
  format: typeof DOSSIER_FORMAT;
  regime: RegimeId;
  procedure: Procedure;
  client: Client;
  careStarted: IsoDate | null;
  entries: Entry[];
  allocation?: Allocation;
}

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
  /** Added to format 1: the municipality's contract manager (seed 000 step 5). */
  'contractmanager',
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

export const INCIDENT_BY = ['client', 'family', 'other', 'representative'] as const;
export type IncidentBy = (typeof INCIDENT_BY)[number];

export const ENDANGERED = ['staff', 'residents', 'neighbours', 'client'] as const;
export type Endangered = (typeof ENDANGERED)[number];

export interface IncidentEntry extends EntryBase {
  type: 'incident';
  ground: Ground;
  /** `representative` added to format 1 (seed 000: 'de handelswijze van familie'). */
  by: IncidentBy;
  description: string;
  /** Whose safety the incident put at stake (seed 000); absent: nobody's or not recorded. Added to format 1. */
  endangered?: Endangered[];
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
  /** It achieved what was sought (another provider found, the measure helped). Added to format 1. */
  succeeded?: boolean;
  /** Sought together with the client or representative. Added to format 1. */
  withClient?: boolean;
}
export interface ConditionAssessmentEntry extends EntryBase {
  type: 'condition-assessment';
  causedByCondition: 'yes' | 'partly' | 'no';
  assessedBy: string;
}
export const DEPENDENCE_LEVELS = ['low', 'moderate', 'high'] as const;
export type DependenceLevel = (typeof DEPENDENCE_LEVELS)[number];

export interface WeighingEntry extends EntryBase {
  type: 'weighing';
  text: string;
  /** The two sides of the weighing, each on its own (added to format 1), so a one-sided weighing shows. */
  clientInterest?: string;
  dependence?: DependenceLevel;
  dependenceAssessedWithGp?: boolean;
  othersInterest?: string;
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
  /** Added to format 1: the provider withdrew it before a decision (a correction of this entry); no decision is awaited on it. */
  withdrawn?: IsoDate;
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
  /** The client withdrew the consent on this date: recorded as a correction of the consent. Added to format 1. */
  withdrawn?: IsoDate;
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
  /** Not cancelled by force majeure (overmacht, seed 004 §7). Added to format 1. */
  forceMajeure?: boolean;
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
/** The continuity proposal for the request to the funder (seed 001 §6.4). Added to format 1. */
export interface ContinuityProposalEntry extends EntryBase {
  type: 'continuity-proposal';
  text: string;
}
/** The provider deviates from the funder's decision (seed 000 step 5B). Added to format 1. */
export interface DecisionDeviationEntry extends EntryBase {
  type: 'decision-deviation';
  description: string;
}
/** The client asks for a copy of the dossier (seed 002, 004 §3). Added to format 1. */
export interface CopyRequestEntry extends EntryBase {
  type: 'copy-request';
  provided?: IsoDate;
}
/** A payment reminder for an invoice, sent on `date` (seed 004 §9). Added to format 1. */
export interface PaymentReminderEntry extends EntryBase {
  type: 'payment-reminder';
  /** The id of the invoice entry. */
  invoice: string;
  received?: IsoDate;
}
/** An evaluation of the support plan (seed 004 §2). Added to format 1. */
export interface PlanEvaluationEntry extends EntryBase {
  type: 'plan-evaluation';
  withClient: boolean;
}
export const NOTICE_UNITS = ['days', 'weeks', 'months'] as const;
export type NoticeUnit = (typeof NOTICE_UNITS)[number];
/** The notice period the provider will give, reasoned on seed 000's factors. Added to format 1. */
export interface NoticePeriodEntry extends EntryBase {
  type: 'notice-period';
  amount: number;
  unit: NoticeUnit;
  problemsAndDependence: string;
  stay: string;
  timeForAlternative: string;
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
  | DestructionRequestEntry
  | ContinuityProposalEntry
  | DecisionDeviationEntry
  | CopyRequestEntry
  | PaymentReminderEntry
  | PlanEvaluationEntry
  | NoticePeriodEntry;

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
  'continuity-proposal',
  'decision-deviation',
  'copy-request',
  'payment-reminder',
  'plan-evaluation',
  'notice-period',
] as const satisfies readonly EntryType[];

export interface Representative {
  name: string;
  /** Postal address, its lines separated by ", ". */
  address?: string;
  /** How they prefer to be addressed in letters, without the comma ('Geachte mevrouw Mulder'). Added to format 1. */
  salutation?: string;
}

export interface Client {
  name: string;
  birthDate: IsoDate;
  hasRepresentative: boolean;
  /** Postal address for letters, its lines separated by ", " ('Kerkstraat 1, 9711 AA Groningen'). */
  address?: string;
  /**
   * How the client prefers to be addressed in letters, without the comma ('Geachte heer Mulder',
   * 'Beste Jan'); letters say 'Beste' and the name when it is absent. Added to format 1.
   */
  salutation?: string;
  /** The legal representative letters are addressed to, when known. */
  representative?: Representative;
}

export type CareLaw = 'wmo' | 'jeugdwet';

export type Gender = 'unknown' | 'male' | 'female';

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

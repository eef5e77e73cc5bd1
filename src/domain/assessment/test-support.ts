// Small dossiers for the assessment tests: entry factories with sensible defaults, a document
// builder, and mutations that take one step out of an otherwise complete dossier.

import {
  DOSSIER_FORMAT,
  type Client,
  type ClientNoticeKind,
  type ConsultationParty,
  type DossierDocument,
  type Endangered,
  type Entry,
  type IncidentBy,
  type Ground,
  type IsoDate,
  type Procedure,
  type RegimeId,
  type AlternativeKind,
  type DependenceLevel,
  type WarningEntry,
} from '../dossier/types.ts';

export const entry = {
  incident: (id: string, date: IsoDate, ground: Ground, by: IncidentBy = 'client', endangered?: Endangered[]): Entry => ({
    id,
    type: 'incident',
    date,
    ground,
    by,
    description: `Incident (${ground})`,
    ...(endangered === undefined ? {} : { endangered }),
  }),
  warning: (
    id: string,
    date: IsoDate,
    opts: { written?: boolean; consequence?: WarningEntry['consequence']; shared?: boolean } = {},
  ): Entry => ({
    id,
    type: 'warning',
    date,
    written: opts.written ?? true,
    consequence: opts.consequence ?? 'termination',
    ...(opts.shared === undefined ? {} : { sharedWithRepresentative: opts.shared }),
    description: 'Schriftelijke waarschuwing',
  }),
  consultation: (id: string, date: IsoDate, ...parties: ConsultationParty[]): Entry => ({
    id,
    type: 'consultation',
    date,
    with: parties,
    outcome: 'Besproken',
  }),
  alternative: (id: string, date: IsoDate, kind: AlternativeKind, opts: { withClient?: boolean; succeeded?: boolean } = {}): Entry => ({
    id,
    type: 'alternative',
    date,
    kind,
    outcome: 'Geprobeerd',
    ...(opts.withClient === undefined ? {} : { withClient: opts.withClient }),
    ...(opts.succeeded === undefined ? {} : { succeeded: opts.succeeded }),
  }),
  conditionAssessment: (id: string, date: IsoDate, causedByCondition: 'yes' | 'partly' | 'no'): Entry => ({
    id,
    type: 'condition-assessment',
    date,
    causedByCondition,
    assessedBy: 'SPV',
  }),
  /** Both sides on record, the dependence assessed with the GP; `oneSided` leaves out all but the text. */
  weighing: (id: string, date: IsoDate, opts: { dependence?: DependenceLevel; oneSided?: boolean } = {}): Entry =>
    opts.oneSided === true
      ? { id, type: 'weighing', date, text: 'Belangen afgewogen' }
      : {
          id,
          type: 'weighing',
          date,
          text: 'Belangen afgewogen',
          clientInterest: 'De cliënt heeft de zorg nodig.',
          dependence: opts.dependence ?? 'moderate',
          dependenceAssessedWithGp: true,
          othersInterest: 'Medewerkers moeten veilig kunnen werken.',
        },
  notice: (
    id: string,
    date: IsoDate,
    kind: ClientNoticeKind,
    opts: { written?: boolean; complaintRoute?: boolean } = {},
  ): Entry => ({
    id,
    type: 'client-notice',
    date,
    kind,
    written: opts.written ?? true,
    ...(opts.complaintRoute === undefined ? {} : { complaintRouteMentioned: opts.complaintRoute }),
  }),
  gpInformed: (id: string, date: IsoDate): Entry => ({ id, type: 'gp-informed', date }),
  request: (id: string, date: IsoDate, opts: { dossierAttached?: boolean; continuityProposal?: string } = {}): Entry => ({
    id,
    type: 'funder-request',
    date,
    dossierAttached: opts.dossierAttached ?? true,
    ...(opts.continuityProposal === undefined ? {} : { continuityProposal: opts.continuityProposal }),
  }),
  wederhoor: (id: string, date: IsoDate): Entry => ({ id, type: 'wederhoor', date, with: 'client' }),
  decision: (id: string, date: IsoDate, outcome: 'accepted' | 'rejected' | 'accepted-with-conditions'): Entry => ({
    id,
    type: 'funder-decision',
    date,
    outcome,
    reasons: 'Zie besluit',
  }),
  objection: (id: string, date: IsoDate): Entry => ({ id, type: 'objection', date, reasons: 'Niet eens' }),
  consent: (id: string, date: IsoDate, written = true): Entry => ({ id, type: 'consent', date, recipient: 'Nieuwe aanbieder', written }),
  suspension: (id: string, date: IsoDate, start: IsoDate, end: IsoDate, agreedWithGp = true): Entry => ({
    id,
    type: 'suspension-period',
    date,
    start,
    end,
    scope: 'Hulp bij douchen',
    agreedWithGp,
  }),
  transfer: (id: string, date: IsoDate): Entry => ({ id, type: 'transfer', date, to: 'Nieuwe aanbieder' }),
  noticePeriod: (id: string, date: IsoDate, amount: number, unit: 'days' | 'weeks' | 'months'): Entry => ({
    id,
    type: 'notice-period',
    date,
    amount,
    unit,
    problemsAndDependence: 'Matig afhankelijk.',
    stay: 'Twee jaar ambulante begeleiding.',
    timeForAlternative: 'Een andere aanbieder kan binnen vier weken starten.',
  }),
  paymentReminder: (id: string, date: IsoDate, invoice: string, received?: IsoDate): Entry => ({
    id,
    type: 'payment-reminder',
    date,
    invoice,
    ...(received === undefined ? {} : { received }),
  }),
  stopMessage: (id: string, date: IsoDate): Entry => ({ id, type: 'stop-message', date }),
  noShow: (id: string, date: IsoDate, cancelledHoursAhead?: number): Entry => ({
    id,
    type: 'no-show',
    date,
    ...(cancelledHoursAhead === undefined ? {} : { cancelledHoursAhead }),
  }),
  invoice: (id: string, date: IsoDate, dueDate: IsoDate, paid?: IsoDate): Entry => ({
    id,
    type: 'invoice',
    date,
    amountCents: 12_500,
    dueDate,
    ...(paid === undefined ? {} : { paid }),
  }),
};

export function dossier(
  regime: RegimeId,
  procedure: Procedure,
  entries: Entry[],
  opts: { hasRepresentative?: boolean; careStarted?: IsoDate | null } = {},
): DossierDocument {
  return {
    format: DOSSIER_FORMAT,
    regime,
    procedure,
    client: { name: 'A. de Vries', birthDate: '1948-05-12', hasRepresentative: opts.hasRepresentative ?? false },
    careStarted: opts.careStarted === undefined ? '2024-03-01' : opts.careStarted,
    entries,
  };
}

/** A dossier whose client is named after its regime and procedure (one open case each, so imports never ask to confirm a duplicate), care started unless it is a refusal. */
export function namedDossier(regime: RegimeId, procedure: Procedure, entries: Entry[]): DossierDocument {
  return {
    format: DOSSIER_FORMAT,
    regime,
    procedure,
    client: { name: `Cliënt ${regime} ${procedure}`, birthDate: '1950-05-05', hasRepresentative: false },
    careStarted: procedure === 'weigering' ? null : '2024-01-08',
    entries,
  };
}

export interface Mutation {
  drop?: string[];
  patch?: Record<string, Record<string, unknown>>;
  client?: Partial<Client>;
  careStarted?: IsoDate | null;
}

/** The document with some entries removed or changed: a dossier with one step missing. */
export function mutate(doc: DossierDocument, mutation: Mutation): DossierDocument {
  const drop = new Set(mutation.drop ?? []);
  return {
    ...doc,
    client: { ...doc.client, ...mutation.client },
    careStarted: mutation.careStarted === undefined ? doc.careStarted : mutation.careStarted,
    entries: doc.entries
      .filter((e) => !drop.has(e.id))
      .map((e) => ({ ...e, ...mutation.patch?.[e.id] }) as Entry),
  };
}

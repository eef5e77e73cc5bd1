// Small dossiers for the assessment tests: entry factories with sensible defaults, a document
// builder, and mutations that take one step out of an otherwise complete dossier.

import {
  DOSSIER_FORMAT,
  type Client,
  type ClientNoticeKind,
  type ConsultationParty,
  type DossierDocument,
  type Entry,
  type Ground,
  type IsoDate,
  type Procedure,
  type RegimeId,
  type AlternativeKind,
  type WarningEntry,
} from '../dossier/types.ts';

export const entry = {
  incident: (id: string, date: IsoDate, ground: Ground, by: 'client' | 'family' | 'other' = 'client'): Entry => ({
    id,
    type: 'incident',
    date,
    ground,
    by,
    description: `Incident (${ground})`,
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
  alternative: (id: string, date: IsoDate, kind: AlternativeKind): Entry => ({
    id,
    type: 'alternative',
    date,
    kind,
    outcome: 'Geprobeerd',
  }),
  conditionAssessment: (id: string, date: IsoDate, causedByCondition: 'yes' | 'partly' | 'no'): Entry => ({
    id,
    type: 'condition-assessment',
    date,
    causedByCondition,
    assessedBy: 'SPV',
  }),
  weighing: (id: string, date: IsoDate): Entry => ({ id, type: 'weighing', date, text: 'Belangen afgewogen' }),
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

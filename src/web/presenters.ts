import { todayInAmsterdam } from '../clock.ts';
import type { AssessedCase } from '../commands/cases/read-assessed-case.ts';
import type { CaseView } from '../commands/cases/dossier.ts';
import type { Assessment } from '../domain/assessment/types.ts';
import type { CaseStatus } from '../domain/dossier/status.ts';
import type { Entry, Procedure, RegimeId } from '../domain/dossier/types.ts';
import { AREAS, mayEnter, type Area } from '../policy/areas.ts';
import type { AccessLogRow } from '../store/access-log.ts';
import type { CaseRecord } from '../store/cases.ts';
import type { NotificationRow } from '../store/notifications.ts';
import type { SessionUser } from '../store/sessions.ts';
import type { TaskRow } from '../store/tasks.ts';
import type { QuestionRecord, RequestRecord } from '../store/funder-requests.ts';

// What the pages are given: view models made from the commands' results, so no page depends on a
// database row's shape, and what a page may offer (a menu item, an export button) is decided by
// the policy before the page is drawn.

/** The signed-in person as every page's header shows them. */
export interface PageUser {
  name: string;
  organisationName: string;
  /** The parts of the pages the policy lets them enter (the navigation). */
  areas: readonly Area[];
  unreadNotifications?: number;
  /** A demo account without a second factor: every page says so. */
  demo: boolean;
}

export function presentUser(session: SessionUser, unreadNotifications?: number): PageUser {
  return {
    name: session.actor.name,
    organisationName: session.organisationName,
    areas: (Object.keys(AREAS) as Area[]).filter((area) => mayEnter(session.actor, area)),
    demo: session.demo,
    ...(unreadNotifications !== undefined ? { unreadNotifications } : {}),
  };
}

export interface CaseSummary {
  id: string;
  clientName: string;
  regime: RegimeId;
  procedure: Procedure;
  status: CaseStatus;
  nextDeadline: string | null;
  /** The next deadline lies before today: it is overdue. */
  overdue: boolean;
  canSubmit: boolean;
  teamName: string | null;
  responsibleName: string | null;
  /** The day the case was opened, in the Netherlands. */
  openedOn: string;
}

export function presentCaseSummary(record: CaseRecord, today: string): CaseSummary {
  return {
    id: record.id,
    clientName: record.client.name,
    regime: record.regime,
    procedure: record.procedure,
    status: record.status,
    nextDeadline: record.nextDeadline,
    overdue: record.nextDeadline !== null && record.nextDeadline < today,
    canSubmit: record.canSubmit,
    teamName: record.teamName,
    responsibleName: record.responsibleName,
    openedOn: todayInAmsterdam(record.createdAt),
  };
}

/** An entry on the timeline: what was recorded, by whom (null: imported by the operator), when. */
export interface TimelineEntry {
  entry: Entry;
  seq: number;
  author: string | null;
  recordedAt: Date;
  /** The PDF of the sent letter this entry records, where there is one. */
  letterPdf?: string;
}

export interface CasePageModel {
  id: string;
  client: { name: string; birthDate: string; hasRepresentative: boolean; address: string | null; salutation: string | null };
  regime: RegimeId;
  procedure: Procedure;
  status: CaseStatus;
  careStarted: string | null;
  entries: TimelineEntry[];
  assessment: Assessment;
  mayExport: boolean;
  requests: RequestRecord[];
  openQuestions: QuestionRecord[];
  maySubmit: boolean;
  submitRefusal: string | null;
  mayRespond: boolean;
  mayManageClientAccess: boolean;
  mayChangeClient: boolean;
  /** What the case list shows of it: the header's summary card. */
  summary: CaseSummary;
  /** Who the user may make responsible; empty when they may not change it. */
  responsibleChoices: { id: string; name: string }[];
  responsibleUserId: string | null;
  /** The case is routed to a funder organisation in Zorgvuldig, which records its own acts. */
  funderInZorgvuldig: boolean;
}

function timelineEntries(view: CaseView, authors: ReadonlyMap<string, string>, letters: ReadonlyMap<string, string>): TimelineEntry[] {
  return view.entries.map((e) => {
    const letterId = letters.get(e.entry.id);
    return {
      entry: e.entry,
      seq: e.seq,
      author: e.authorId === null ? null : (authors.get(e.authorId) ?? 'onbekende gebruiker'),
      recordedAt: e.recordedAt,
      ...(letterId !== undefined ? { letterPdf: `/casussen/${view.case.id}/brieven/${letterId}.pdf` } : {}),
    };
  });
}

export function presentCase({ view, assessment, authors, mayExport, requests, openQuestions, maySubmit, submitRefusal, mayRespond, mayManageClientAccess, mayChangeClient, letters, responsibleChoices }: AssessedCase): CasePageModel {
  const record = view.case;
  return {
    id: record.id,
    client: {
      name: record.client.name,
      birthDate: record.client.birthDate,
      hasRepresentative: record.client.hasRepresentative,
      address: record.client.address ?? null,
      salutation: record.client.salutation ?? null,
    },
    regime: record.regime,
    procedure: record.procedure,
    status: record.status,
    careStarted: record.careStarted,
    entries: timelineEntries(view, authors, letters),
    assessment,
    mayExport,
    requests,
    openQuestions,
    maySubmit,
    submitRefusal,
    mayRespond,
    mayManageClientAccess,
    mayChangeClient,
    summary: presentCaseSummary(record, assessment.asOf),
    responsibleChoices,
    responsibleUserId: record.responsibleUserId,
    funderInZorgvuldig: record.funderOrganisationId !== null,
  };
}

/** What the entry form shows of its case: whose it is, and the entries a correction may point at. */
export interface EntryFormCase {
  id: string;
  clientName: string;
  entries: Entry[];
  /** What the form asks depends on the case's protocol and client (review finding 23). */
  regime: RegimeId;
  procedure: Procedure;
  hasRepresentative: boolean;
}

export function presentEntryFormCase(view: CaseView): EntryFormCase {
  const record = view.case;
  return {
    id: record.id,
    clientName: record.client.name,
    entries: view.entries.map((e) => e.entry),
    regime: record.regime,
    procedure: record.procedure,
    hasRepresentative: record.client.hasRepresentative,
  };
}

export interface NotificationView {
  id: string;
  caseId: string;
  /** The client's name for the case's own organisation; null for a funder, who sees no client data. */
  clientName: string | null;
  dueDate: string;
  kind: 'upcoming' | 'overdue';
  rule: string;
  source: { seed: string; quote: string };
  createdAt: Date;
  readAt: Date | null;
}

export function presentNotification(row: NotificationRow, viewerOrganisationId: string): NotificationView {
  return {
    id: row.id,
    caseId: row.caseId,
    clientName: row.case.organisationId === viewerOrganisationId ? row.case.clientName : null,
    dueDate: row.dueDate,
    kind: row.kind,
    rule: row.rule,
    source: { seed: row.sourceSeed, quote: row.sourceQuote },
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}

export interface TaskView {
  id: string;
  kind: string;
  title: string;
  caseId: string | null;
  clientId: string | null;
  clientName: string | null;
  dueOn: string | null;
  /** Open past its due date (today in the Netherlands). */
  overdue: boolean;
  state: 'open' | 'done';
  createdAt: Date;
  doneAt: Date | null;
}

export function presentTask(row: TaskRow, today: string): TaskView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    caseId: row.caseId,
    clientId: row.clientId,
    clientName: row.clientName,
    dueOn: row.dueOn,
    overdue: row.state === 'open' && row.dueOn !== null && row.dueOn < today,
    state: row.state,
    createdAt: row.createdAt,
    doneAt: row.doneAt,
  };
}

export interface AccessLogEntryView {
  seq: number;
  time: string;
  eventType: string;
  actionCode: string;
  user: { name: string; role: string; organisation: string | null };
  purpose: string;
  networkAddress: string;
  client: { id: string; name: string | null } | null;
  caseId: string | null;
  outcome: 'allowed' | 'denied';
  reason: string | null;
}

export function presentAccessLogEntry(row: AccessLogRow): AccessLogEntryView {
  return {
    seq: row.seq,
    time: row.time,
    eventType: row.eventType,
    actionCode: row.actionCode,
    user: { name: row.userName, role: row.userRole, organisation: row.userOrganisationName },
    purpose: row.purpose,
    networkAddress: row.networkAddress,
    client: row.clientId === null ? null : { id: row.clientId, name: row.clientName },
    caseId: row.caseId,
    outcome: row.outcome,
    reason: row.reason,
  };
}

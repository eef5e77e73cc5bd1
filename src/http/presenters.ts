import type { FastifyReply } from 'fastify';
import type { CaseView } from '../commands/cases/dossier.ts';
import type { CaseRecord } from '../store/cases.ts';
import type { AccessLogRow } from '../store/access-log.ts';
import type { LetterRecord } from '../store/letters.ts';
import type { ApiTokenRow } from '../store/api-tokens.ts';
import type { UserListRow } from '../store/users.ts';
import type { RequestView } from '../commands/requests/request-view.ts';
import type { FrozenCopy, RequestRecord } from '../store/funder-requests.ts';

// The JSON that leaves the server, in one place, so routes never leak a database row as is.

export function presentCaseSummary(record: CaseRecord) {
  return {
    id: record.id,
    organisationId: record.organisationId,
    client: record.client,
    regime: record.regime,
    careLaw: record.careLaw,
    procedure: record.procedure,
    status: record.status,
    careStarted: record.careStarted,
    entryCount: record.entryCount,
    canSubmit: record.canSubmit,
    nextDeadline: record.nextDeadline,
    createdAt: record.createdAt.toISOString(),
  };
}

export function presentCase(view: CaseView) {
  return {
    ...presentCaseSummary(view.case),
    entries: view.entries.map((e) => ({
      ...e.entry,
      seq: e.seq,
      authorId: e.authorId,
      recordedAt: e.recordedAt.toISOString(),
    })),
    current: view.current.map((e) => ({ ...e.entry, supersedes: e.supersedes })),
  };
}

export function presentLetter(record: LetterRecord) {
  return {
    id: record.id,
    caseId: record.caseId,
    kind: record.letter.kind,
    status: record.status,
    params: record.params,
    letter: record.letter,
    draftedBy: record.draftedBy,
    draftedAt: record.draftedAt.toISOString(),
    approvedBy: record.approvedBy,
    sentAt: record.sentAt?.toISOString() ?? null,
    sha256: record.sha256,
    entryId: record.entryId,
  };
}

/** An access-log row as the API gives it: the recorded fields, the client's current name, its place in the chain. */
export function presentAccessLogRow(row: AccessLogRow) {
  return {
    seq: row.seq,
    time: row.time,
    actionCode: row.actionCode,
    eventType: row.eventType,
    user: { id: row.userId, name: row.userName, role: row.userRole, organisationId: row.userOrganisationId, organisation: row.userOrganisationName },
    purpose: row.purpose,
    relation: row.relation,
    networkAddress: row.networkAddress,
    client: row.clientId === null ? null : { id: row.clientId, name: row.clientName },
    caseId: row.caseId,
    outcome: row.outcome,
    reason: row.reason,
    hash: row.hash,
  };
}

export function sendPdf(reply: FastifyReply, pdf: Buffer, fileName: string) {
  return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="${fileName}"`).send(pdf);
}

export function presentUserRow(user: UserListRow) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    active: user.active,
    teamId: user.teamId,
    demo: user.demo,
    passwordSet: user.passwordSet,
    secondFactor: user.secondFactor,
    invitationOpen: user.invitationOpen,
  };
}

export function presentApiToken(token: ApiTokenRow) {
  return {
    id: token.id,
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
  };
}

/** A request to the funder as a list shows it: where it stands and its deadline with how it was counted. */
export function presentRequest(r: RequestRecord) {
  return {
    id: r.id,
    caseId: r.caseId,
    client: { name: r.clientName },
    provider: { id: r.providerOrganisationId, name: r.providerName },
    funder: { id: r.funderOrganisationId, name: r.funderName },
    regime: r.regime,
    procedure: r.procedure,
    state: r.state,
    submittedAt: r.submittedAt.toISOString(),
    receivedOn: r.receivedOn,
    decisionDeadline: r.decisionDeadline,
    deadlineExplanation: r.deadlineExplanation,
    continuityProposal: r.continuityProposal,
    noOtherProvider: r.noOtherProvider,
    overrideReason: r.overrideReason,
    requestSha256: r.requestSha256,
    withdrawal: r.withdrawal,
    decision:
      r.decision === null
        ? null
        : { outcome: r.decision, decidedOn: r.decidedOn, ...r.decisionDetail, objectionDeadline: r.objectionDeadline, sha256: r.decisionSha256 },
  };
}

/** One request: the summary with the term as of today, the checklist, what was recorded, and the frozen copy. */
export function presentRequestDetail(view: RequestView & { frozen: FrozenCopy }) {
  return {
    ...presentRequest(view.request),
    decisionDeadline: view.term.deadline,
    deadlineExplanation: view.term.explanation,
    suspended: view.term.suspended,
    suspension: view.suspension,
    checklist: view.duties,
    questions: view.records.questions.map(({ entryKey: _entryKey, ...q }) => q),
    hearings: view.records.hearings,
    medicalAdvice: view.records.advice,
    objections: view.records.objections.map((o) => ({ ...o, decidedAt: o.decidedAt?.toISOString() ?? null })),
    frozen: view.frozen,
  };
}

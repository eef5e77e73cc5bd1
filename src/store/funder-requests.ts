import { randomUUID } from 'node:crypto';
import { sql, type Insertable, type Kysely, type RawBuilder, type SqlBool, type Transaction } from 'kysely';
import type { Assessment } from '../domain/assessment/assess.ts';
import type { DossierDocument, IsoDate, Procedure, RegimeId } from '../domain/dossier/types.ts';
import type { DecisionOutcome, RequestState } from '../domain/requests/states.ts';
import type { ScopeColumns } from './cases.ts';
import { isUuid } from './ids.ts';
import { boundedCount, type BoundedTotal } from './bounded-count.ts';
import { isMicrosecondUtc, microsecondUtc } from './keyset.ts';
import { isValidIsoDate } from '../domain/calendar/dates.ts';
import type { Database, OrganisationKind } from './schema.ts';

// Requests to the funder and the contracts they are checked against (migrations/0010). The frozen
// copy and a sent decision are written once; the database refuses any change to them.

type Db = Kysely<Database> | Transaction<Database>;

export interface FrozenCopy {
  document: DossierDocument;
  assessment: Assessment;
}

/** What the decision says beyond its outcome, as the letter states it. */
export interface DecisionDetail {
  reasons: string;
  conditions: string | null;
  continuity: string | null;
  igjPointed: boolean;
  pgbOffered: boolean;
  referredToAccess: boolean;
  /** The duties it went ahead without, and why. */
  unmetDuties: string[];
  overrideReason: string | null;
}

export interface RequestRecord {
  id: string;
  caseId: string;
  providerOrganisationId: string;
  funderOrganisationId: string;
  clientId: string;
  teamId: string | null;
  regime: RegimeId;
  procedure: Procedure;
  state: RequestState;
  submittedAt: Date;
  receivedOn: IsoDate;
  continuityProposal: string;
  noOtherProvider: boolean;
  overrideReason: string | null;
  decisionDeadline: IsoDate;
  deadlineExplanation: string;
  decidedAt: Date | null;
  decidedOn: IsoDate | null;
  decision: DecisionOutcome | null;
  decisionDetail: DecisionDetail | null;
  objectionDeadline: IsoDate | null;
  requestSha256: string;
  decisionSha256: string | null;
  /** The provider withdrew it before a decision (migrations/0019): when and why. */
  withdrawal: { on: IsoDate; reason: string } | null;
  /** Names for the pages: the client (from the frozen copy), the provider and the funder. */
  clientName: string;
  providerName: string;
  funderName: string;
}

const COLUMNS = [
  'r.id',
  'r.case_id',
  'r.provider_organisation_id',
  'r.funder_organisation_id',
  'r.client_id',
  'r.team_id',
  'r.regime',
  'r.procedure',
  'r.state',
  'r.submitted_at',
  'r.received_on',
  'r.continuity_proposal',
  'r.no_other_provider',
  'r.override_reason',
  'r.decision_deadline',
  'r.deadline_explanation',
  'r.decided_at',
  'r.decided_on',
  'r.decision',
  'r.decision_detail',
  'r.objection_deadline',
  'r.request_sha256',
  'r.decision_sha256',
  'r.withdrawn_on',
  'r.withdrawal_reason',
  'p.name as provider_name',
  'f.name as funder_name',
] as const;

function base(db: Db) {
  return db
    .selectFrom('funder_requests as r')
    .innerJoin('organisations as p', 'p.id', 'r.provider_organisation_id')
    .innerJoin('organisations as f', 'f.id', 'r.funder_organisation_id')
    .select(COLUMNS)
    .select(sql<string>`r.snapshot->'document'->'client'->>'name'`.as('client_name'));
}

type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

function toRecord(row: Row): RequestRecord {
  return {
    id: row.id,
    caseId: row.case_id,
    providerOrganisationId: row.provider_organisation_id,
    funderOrganisationId: row.funder_organisation_id,
    clientId: row.client_id,
    teamId: row.team_id,
    regime: row.regime as RegimeId,
    procedure: row.procedure as Procedure,
    state: row.state as RequestState,
    submittedAt: row.submitted_at,
    receivedOn: row.received_on,
    continuityProposal: row.continuity_proposal,
    noOtherProvider: row.no_other_provider,
    overrideReason: row.override_reason,
    decisionDeadline: row.decision_deadline,
    deadlineExplanation: row.deadline_explanation,
    decidedAt: row.decided_at,
    decidedOn: row.decided_on,
    decision: row.decision,
    decisionDetail: row.decision_detail as DecisionDetail | null,
    objectionDeadline: row.objection_deadline,
    requestSha256: row.request_sha256,
    decisionSha256: row.decision_sha256,
    withdrawal: row.withdrawn_on === null || row.withdrawal_reason === null ? null : { on: row.withdrawn_on, reason: row.withdrawal_reason },
    clientName: row.client_name,
    providerName: row.provider_name,
    funderName: row.funder_name,
  };
}

export async function findRequest(db: Db, id: string, forUpdate = false): Promise<RequestRecord | undefined> {
  if (!isUuid(id)) return undefined;
  let query = base(db).where('r.id', '=', id);
  if (forUpdate) query = query.forUpdate('r');
  const row = await query.executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

/** The case's requests, newest first (the case page shows the latest, and its history). */
export async function requestsOfCase(db: Db, caseId: string): Promise<RequestRecord[]> {
  return (await base(db).where('r.case_id', '=', caseId).orderBy('r.submitted_at', 'desc').execute()).map(toRecord);
}

const REQUEST_SCOPE_COLUMNS: ScopeColumns = {
  organisationId: sql.ref('r.provider_organisation_id'),
  funderOrganisationId: sql.ref('r.funder_organisation_id'),
  teamId: sql.ref('r.team_id'),
  clientId: sql.ref('r.client_id'),
};

export interface RequestListFilter {
  scope: (row: ScopeColumns) => RawBuilder<SqlBool>;
  state?: RequestState;
  regime?: RegimeId;
  /** Only requests whose deadline has passed without a decision, as of this day. */
  overdueOn?: IsoDate;
  limit: number;
  offset: number;
  /** Keyset pagination: the rows after this one (the previous page's `next`), instead of the offset. */
  after?: RequestListKey;
}

/** Where a request stands in the list's order: awaiting (0) or not (1), decision deadline, submission (to the microsecond, UTC), id. */
export type RequestListKey = readonly [awaiting: number, decisionDeadline: string, submittedAt: string, id: string];

/** A key as a cursor gives it back, checked value by value: undefined unless each could have come from a row. */
export function readRequestListKey(values: readonly unknown[]): RequestListKey | undefined {
  const [awaiting, deadline, submittedAt, id] = values;
  if (values.length !== 4 || (awaiting !== 0 && awaiting !== 1) || typeof deadline !== 'string' || !isValidIsoDate(deadline) || !isUuid(id)) return undefined;
  return isMicrosecondUtc(submittedAt) ? [awaiting, deadline, submittedAt, id] : undefined;
}

/** The states of `isPending` (domain/requests/states.ts) as SQL. */
const PENDING = sql<SqlBool>`r.state in ('submitted', 'information-requested', 'under-review')`;

/** Awaiting a decision first: the same expression as the inbox indexes (migrations/0018-request-inbox.ts). */
const AWAITING = sql<number>`(case when ${PENDING} then 0 else 1 end)`;

/**
 * The requests the scope admits: those awaiting a decision first, the nearest (or most overdue)
 * deadline first, a page at a time (keyset: after the previous page's last row, by the inbox index).
 * The page's rows are chosen on their keys alone, and only then joined to what is shown: a scope of
 * two relations (a funder's and a provider's, OR-ed) cannot walk one index in the list's order, and
 * sorting every admitted row with the client's name taken from its frozen copy read each copy whole
 * (15 ms at 581 requests, 60 ms at 2,236: issue 16).
 */
export async function listRequests(db: Db, filter: RequestListFilter): Promise<BoundedTotal & { requests: RequestRecord[]; next: RequestListKey | null }> {
  let query = db.selectFrom('funder_requests as r').where(filter.scope(REQUEST_SCOPE_COLUMNS));
  if (filter.state !== undefined) query = query.where('r.state', '=', filter.state);
  if (filter.regime !== undefined) query = query.where('r.regime', '=', filter.regime);
  // Overdue means still awaiting the decision: a withdrawn request has no deadline left to miss.
  if (filter.overdueOn !== undefined) query = query.where(PENDING).where('r.decision_deadline', '<', filter.overdueOn);
  const after = filter.after;
  const offset = after === undefined ? filter.offset : 0;
  const paged =
    after === undefined
      ? query
      : query.where(sql<SqlBool>`(${AWAITING}, r.decision_deadline, r.submitted_at, r.id) > (${after[0]}::int, ${after[1]}::date, ${after[2]}::timestamptz, ${after[3]}::uuid)`);
  const page = paged
    .select(['r.id as page_id', AWAITING.as('awaiting'), microsecondUtc('r.submitted_at').as('submitted_key')])
    .orderBy(AWAITING)
    .orderBy('r.decision_deadline')
    .orderBy('r.submitted_at')
    .orderBy('r.id')
    .limit(filter.limit + 1)
    .offset(offset);
  const [count, rows] = await Promise.all([
    boundedCount(db, query, offset),
    base(db)
      .innerJoin(page.as('page'), 'page.page_id', 'r.id')
      .select(['page.awaiting', 'page.submitted_key'])
      .orderBy('page.awaiting')
      .orderBy('r.decision_deadline')
      .orderBy('r.submitted_at')
      .orderBy('r.id')
      .execute(),
  ]);
  const shown = rows.slice(0, filter.limit);
  const last = shown.at(-1);
  return {
    ...count,
    requests: shown.map(toRecord),
    next: rows.length > filter.limit && last !== undefined ? [last.awaiting, last.decision_deadline, last.submitted_key, last.id] : null,
  };
}

export async function frozenCopy(db: Db, id: string): Promise<FrozenCopy> {
  const row = await db.selectFrom('funder_requests').select('snapshot').where('id', '=', id).executeTakeFirstOrThrow();
  return row.snapshot as unknown as FrozenCopy;
}

export type RequestDocument = 'request' | 'decision' | 'objection-decision';

export async function requestPdf(db: Db, id: string, which: RequestDocument): Promise<Buffer | undefined> {
  let pdf: Uint8Array | null | undefined;
  if (which === 'objection-decision') {
    const row = await db.selectFrom('funder_request_objections').select('decision_pdf').where('request_id', '=', id).executeTakeFirst();
    pdf = row?.decision_pdf;
  } else {
    const row = await db.selectFrom('funder_requests').select(['request_pdf', 'decision_pdf']).where('id', '=', id).executeTakeFirst();
    pdf = which === 'request' ? row?.request_pdf : row?.decision_pdf;
  }
  return pdf === undefined || pdf === null ? undefined : Buffer.from(pdf);
}

export interface NewRequest {
  caseId: string;
  providerOrganisationId: string;
  funderOrganisationId: string;
  clientId: string;
  teamId: string | null;
  regime: RegimeId;
  procedure: Procedure;
  submittedAt: Date;
  receivedOn: IsoDate;
  submittedBy: string | null;
  continuityProposal: string;
  noOtherProvider: boolean;
  overrideReason: string | null;
  snapshot: FrozenCopy;
  pdf: Buffer;
  sha256: string;
  decisionDeadline: IsoDate;
  deadlineExplanation: string;
}

export async function insertRequest(db: Db, r: NewRequest): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('funder_requests')
    .values({
      id,
      case_id: r.caseId,
      provider_organisation_id: r.providerOrganisationId,
      funder_organisation_id: r.funderOrganisationId,
      client_id: r.clientId,
      team_id: r.teamId,
      regime: r.regime,
      procedure: r.procedure,
      state: 'submitted',
      submitted_at: r.submittedAt,
      received_on: r.receivedOn,
      submitted_by: r.submittedBy,
      continuity_proposal: r.continuityProposal,
      no_other_provider: r.noOtherProvider,
      override_reason: r.overrideReason,
      snapshot: JSON.stringify(r.snapshot),
      request_pdf: r.pdf,
      request_sha256: r.sha256,
      decision_deadline: r.decisionDeadline,
      deadline_explanation: r.deadlineExplanation,
    })
    .execute();
  return id;
}

export async function setRequestState(db: Db, id: string, state: RequestState, deadline?: { date: IsoDate; explanation: string }): Promise<void> {
  await db
    .updateTable('funder_requests')
    .set({
      state,
      ...(deadline !== undefined ? { decision_deadline: deadline.date, deadline_explanation: deadline.explanation } : {}),
      ...(state === 'closed' ? { closed_at: new Date() } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** The provider's withdrawal: the state and who, when and why, in one statement. */
export async function recordWithdrawal(db: Db, id: string, w: { at: Date; on: IsoDate; by: string | null; reason: string }): Promise<void> {
  await db
    .updateTable('funder_requests')
    .set({ state: 'withdrawn', withdrawn_at: w.at, withdrawn_on: w.on, withdrawn_by: w.by, withdrawal_reason: w.reason })
    .where('id', '=', id)
    .execute();
}

export interface RecordedDecision {
  state: RequestState;
  decidedAt: Date;
  decidedOn: IsoDate;
  decidedBy: string | null;
  outcome: DecisionOutcome;
  detail: DecisionDetail;
  pdf: Buffer;
  sha256: string;
  objectionDeadline: IsoDate | null;
}

/** The decision on the objection: stored on the objection, the request closed. */
export async function recordObjectionDecision(db: Db, requestId: string, objectionId: string, d: RecordedDecision): Promise<void> {
  await db
    .updateTable('funder_request_objections')
    .set({
      decided_at: d.decidedAt,
      decided_by: d.decidedBy,
      decision: d.outcome,
      decision_detail: JSON.stringify(d.detail),
      decision_pdf: d.pdf,
      decision_sha256: d.sha256,
    })
    .where('id', '=', objectionId)
    .execute();
  await setRequestState(db, requestId, d.state);
}

export async function recordDecision(db: Db, id: string, d: RecordedDecision): Promise<void> {
  await db
    .updateTable('funder_requests')
    .set({
      state: d.state,
      decided_at: d.decidedAt,
      decided_on: d.decidedOn,
      decided_by: d.decidedBy,
      decision: d.outcome,
      decision_detail: JSON.stringify(d.detail),
      decision_pdf: d.pdf,
      decision_sha256: d.sha256,
      objection_deadline: d.objectionDeadline,
    })
    .where('id', '=', id)
    .execute();
}

// The request's records: questions and answers, hearings, medical advice, objections.

export interface QuestionRecord {
  id: string;
  askedOn: IsoDate;
  question: string;
  /** The information-request entry in the provider's dossier. */
  entryKey: string;
  answer: string | null;
  answeredOn: IsoDate | null;
}
export interface HearingRecord {
  id: string;
  heldOn: IsoDate;
  heard: 'client' | 'representative';
  summary: string;
}
export interface AdviceRecord {
  id: string;
  advisedOn: IsoDate;
  wellFounded: boolean;
  reasoning: string;
}
export interface ObjectionRecord {
  id: string;
  filedOn: IsoDate;
  reasons: string;
  decision: DecisionOutcome | null;
  decisionDetail: DecisionDetail | null;
  decidedAt: Date | null;
}

export interface RequestRecords {
  questions: QuestionRecord[];
  hearings: HearingRecord[];
  advice: AdviceRecord[];
  objections: ObjectionRecord[];
}

export async function requestRecords(db: Db, requestId: string): Promise<RequestRecords> {
  const [questions, hearings, advice, objections] = await Promise.all([
    db.selectFrom('funder_request_questions').selectAll().where('request_id', '=', requestId).orderBy('recorded_at').orderBy('id').execute(),
    db.selectFrom('funder_request_hearings').selectAll().where('request_id', '=', requestId).orderBy('held_on').orderBy('id').execute(),
    db.selectFrom('funder_request_advice').selectAll().where('request_id', '=', requestId).orderBy('recorded_at').orderBy('id').execute(),
    db
      .selectFrom('funder_request_objections')
      .select(['id', 'filed_on', 'reasons', 'decision', 'decision_detail', 'decided_at'])
      .where('request_id', '=', requestId).orderBy('recorded_at').execute(),
  ]);
  return {
    questions: questions.map((q) => ({ id: q.id, askedOn: q.asked_on, question: q.question, entryKey: q.entry_key, answer: q.answer, answeredOn: q.answered_on })),
    hearings: hearings.map((h) => ({ id: h.id, heldOn: h.held_on, heard: h.heard, summary: h.summary })),
    advice: advice.map((a) => ({ id: a.id, advisedOn: a.advised_on, wellFounded: a.well_founded, reasoning: a.reasoning })),
    objections: objections.map((o) => ({
      id: o.id,
      filedOn: o.filed_on,
      reasons: o.reasons,
      decision: o.decision,
      decisionDetail: o.decision_detail as DecisionDetail | null,
      decidedAt: o.decided_at,
    })),
  };
}

type RecordTable = 'funder_request_questions' | 'funder_request_hearings' | 'funder_request_advice' | 'funder_request_objections';

/** A record of the request (a question, hearing, advice, objection) with its own id and who recorded it. */
async function insertRecord<T extends RecordTable>(
  db: Db,
  table: T,
  requestId: string,
  by: string | null,
  values: Omit<Insertable<Database[T]>, 'id' | 'request_id' | 'recorded_by' | 'recorded_at'>,
): Promise<string> {
  const id = randomUUID();
  // Kysely cannot follow a table chosen by a type parameter; `values` is checked against T above.
  await db.insertInto(table as RecordTable).values({ ...values, id, request_id: requestId, recorded_by: by } as never).execute();
  return id;
}

export function insertQuestion(db: Db, requestId: string, q: { askedOn: IsoDate; question: string; entryKey: string; by: string | null }): Promise<string> {
  return insertRecord(db, 'funder_request_questions', requestId, q.by, { asked_on: q.askedOn, question: q.question, entry_key: q.entryKey });
}

/** A request that waits for an answer to a funder's question, with the days its open questions were asked. */
export interface WaitingRequest {
  state: RequestState;
  funderName: string;
  openQuestions: { askedOn: IsoDate }[];
}

/** Per case, its request that waits for an answer: what the deadline overview needs to say the decision term stands still. */
export async function waitingForAnswer(db: Db, caseIds: readonly string[]): Promise<Map<string, WaitingRequest>> {
  const found = new Map<string, WaitingRequest>();
  // Asked even for no case, so a page makes the same statements however many rows it has.
  const rows = await db
    .selectFrom('funder_requests as r')
    .innerJoin('funder_request_questions as q', 'q.request_id', 'r.id')
    .innerJoin('organisations as o', 'o.id', 'r.funder_organisation_id')
    .select(['r.case_id', 'r.state', 'o.name as funder_name', 'q.asked_on'])
    .where((eb) => (caseIds.length === 0 ? eb.lit(false) : eb('r.case_id', 'in', [...caseIds])))
    .where('r.state', '=', 'information-requested')
    .where('q.answer', 'is', null)
    .execute();
  for (const r of rows) {
    const entry: WaitingRequest = found.get(r.case_id) ?? { state: r.state as RequestState, funderName: r.funder_name, openQuestions: [] };
    entry.openQuestions.push({ askedOn: r.asked_on });
    found.set(r.case_id, entry);
  }
  return found;
}

export async function answerQuestion(db: Db, questionId: string, a: { answer: string; answeredOn: IsoDate; by: string | null }): Promise<void> {
  await db.updateTable('funder_request_questions').set({ answer: a.answer, answered_on: a.answeredOn, answered_by: a.by }).where('id', '=', questionId).execute();
}

export function insertHearing(db: Db, requestId: string, h: { heldOn: IsoDate; heard: 'client' | 'representative'; summary: string; by: string | null }): Promise<string> {
  return insertRecord(db, 'funder_request_hearings', requestId, h.by, { held_on: h.heldOn, heard: h.heard, summary: h.summary });
}

export function insertAdvice(db: Db, requestId: string, a: { advisedOn: IsoDate; wellFounded: boolean; reasoning: string; by: string | null }): Promise<string> {
  return insertRecord(db, 'funder_request_advice', requestId, a.by, { advised_on: a.advisedOn, well_founded: a.wellFounded, reasoning: a.reasoning });
}

export function insertObjection(db: Db, requestId: string, o: { filedOn: IsoDate; reasons: string; by: string | null }): Promise<string> {
  return insertRecord(db, 'funder_request_objections', requestId, o.by, { filed_on: o.filedOn, reasons: o.reasons });
}

// Contracts between providers and funders, per regime.

export interface ContractRecord {
  providerOrganisationId: string;
  providerName: string;
  funderOrganisationId: string;
  funderName: string;
  regime: RegimeId;
}

export async function hasContract(db: Db, providerOrganisationId: string, funderOrganisationId: string, regime: RegimeId): Promise<boolean> {
  const row = await db
    .selectFrom('funder_contracts')
    .select('regime')
    .where('provider_organisation_id', '=', providerOrganisationId)
    .where('funder_organisation_id', '=', funderOrganisationId)
    .where('regime', '=', regime)
    .executeTakeFirst();
  return row !== undefined;
}

/** The contracts the organisation is a party to, on either side. */
export async function listContracts(db: Db, organisationId: string): Promise<ContractRecord[]> {
  const rows = await db
    .selectFrom('funder_contracts as c')
    .innerJoin('organisations as p', 'p.id', 'c.provider_organisation_id')
    .innerJoin('organisations as f', 'f.id', 'c.funder_organisation_id')
    .select(['c.provider_organisation_id', 'p.name as provider_name', 'c.funder_organisation_id', 'f.name as funder_name', 'c.regime'])
    .where((eb) => eb.or([eb('c.provider_organisation_id', '=', organisationId), eb('c.funder_organisation_id', '=', organisationId)]))
    .orderBy('p.name')
    .orderBy('f.name')
    .orderBy('c.regime')
    .execute();
  return rows.map((r) => ({
    providerOrganisationId: r.provider_organisation_id,
    providerName: r.provider_name,
    funderOrganisationId: r.funder_organisation_id,
    funderName: r.funder_name,
    regime: r.regime as RegimeId,
  }));
}

export async function insertContract(db: Db, c: { providerOrganisationId: string; funderOrganisationId: string; regime: RegimeId; by: string | null }): Promise<void> {
  await db
    .insertInto('funder_contracts')
    .values({ provider_organisation_id: c.providerOrganisationId, funder_organisation_id: c.funderOrganisationId, regime: c.regime, created_by: c.by })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function deleteContract(db: Db, c: { providerOrganisationId: string; funderOrganisationId: string; regime: RegimeId }): Promise<number> {
  const result = await db
    .deleteFrom('funder_contracts')
    .where('provider_organisation_id', '=', c.providerOrganisationId)
    .where('funder_organisation_id', '=', c.funderOrganisationId)
    .where('regime', '=', c.regime)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Organisations one may have a contract with: providers for a funder, funders for a provider. */
export async function contractCounterparts(db: Db, ownKind: OrganisationKind): Promise<{ id: string; name: string; kind: OrganisationKind }[]> {
  const kinds: OrganisationKind[] = ownKind === 'provider' ? ['municipality', 'health-insurer'] : ['provider'];
  return db.selectFrom('organisations').select(['id', 'name', 'kind']).where('kind', 'in', kinds).orderBy('name').execute();
}

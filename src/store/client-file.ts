import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { ClientRequestKind, Database, WithholdingReason } from './schema.ts';

// What the client's own file needs beyond the dossier: the entries withheld from them, the letters
// sent, and their requests to the provider with the answers (migrations/0012-client-access.ts).

type Db = Kysely<Database> | Transaction<Database>;

export interface Withholding {
  entryKey: string;
  reason: WithholdingReason;
  recordedAt: Date;
}

export async function withheldEntries(db: Db, caseId: string): Promise<Withholding[]> {
  const rows = await db.selectFrom('withheld_entries').select(['entry_key', 'reason', 'recorded_at']).where('case_id', '=', caseId).orderBy('recorded_at').execute();
  return rows.map((r) => ({ entryKey: r.entry_key, reason: r.reason, recordedAt: r.recorded_at }));
}

/** Records a withholding; false when the entry was already withheld (the first reason stands, unchanged). */
export async function insertWithholding(db: Db, input: { caseId: string; entryKey: string; reason: WithholdingReason; recordedBy: string | null }): Promise<boolean> {
  const inserted = await db
    .insertInto('withheld_entries')
    .values({ case_id: input.caseId, entry_key: input.entryKey, reason: input.reason, recorded_by: input.recordedBy })
    .onConflict((oc) => oc.columns(['case_id', 'entry_key']).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
}

export interface SentLetter {
  id: string;
  kind: string;
  sentAt: Date;
}

export async function sentLetters(db: Db, caseId: string): Promise<SentLetter[]> {
  const rows = await db.selectFrom('letters').select(['id', 'kind', 'sent_at']).where('case_id', '=', caseId).where('status', '=', 'sent').orderBy('sent_at', 'desc').execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, sentAt: r.sent_at as Date }));
}

export interface ClientRequest {
  id: string;
  caseId: string;
  organisationId: string;
  kind: ClientRequestKind;
  entryKey: string | null;
  text: string;
  requestedAt: Date;
  dueOn: string;
  outcome: 'granted' | 'refused' | null;
  answer: string | null;
  answeredAt: Date | null;
}

const REQUEST_COLUMNS = ['id', 'case_id', 'organisation_id', 'kind', 'entry_key', 'text', 'requested_at', 'due_on', 'outcome', 'answer', 'answered_at'] as const;

function toRequest(r: {
  id: string;
  case_id: string;
  organisation_id: string;
  kind: ClientRequestKind;
  entry_key: string | null;
  text: string;
  requested_at: Date;
  due_on: string;
  outcome: 'granted' | 'refused' | null;
  answer: string | null;
  answered_at: Date | null;
}): ClientRequest {
  return {
    id: r.id,
    caseId: r.case_id,
    organisationId: r.organisation_id,
    kind: r.kind,
    entryKey: r.entry_key,
    text: r.text,
    requestedAt: r.requested_at,
    dueOn: r.due_on,
    outcome: r.outcome,
    answer: r.answer,
    answeredAt: r.answered_at,
  };
}

export async function insertClientRequest(
  db: Db,
  input: { caseId: string; organisationId: string; kind: ClientRequestKind; entryKey: string | null; text: string; requestedBy: string; requestedAt: Date; dueOn: string },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('client_requests')
    .values({
      id,
      case_id: input.caseId,
      organisation_id: input.organisationId,
      kind: input.kind,
      entry_key: input.entryKey,
      text: input.text,
      requested_by: input.requestedBy,
      requested_at: input.requestedAt,
      due_on: input.dueOn,
    })
    .execute();
  return id;
}

export async function caseRequests(db: Db, caseId: string): Promise<ClientRequest[]> {
  return (await db.selectFrom('client_requests').select(REQUEST_COLUMNS).where('case_id', '=', caseId).orderBy('requested_at', 'desc').execute()).map(toRequest);
}

/** The request, locked for the answer; undefined when the case has none with that id. */
export async function findClientRequest(db: Db, caseId: string, requestId: string): Promise<ClientRequest | undefined> {
  const row = await db.selectFrom('client_requests').select(REQUEST_COLUMNS).where('case_id', '=', caseId).where('id', '=', requestId).forUpdate().executeTakeFirst();
  return row === undefined ? undefined : toRequest(row);
}

/** The dedupe key of the provider's task that a request made (commands/tasks). */
export const requestTaskKey = (requestId: string) => `client-request:${requestId}`;

export async function answerClientRequest(db: Db, input: { id: string; outcome: 'granted' | 'refused'; answer: string; answeredBy: string | null; answeredAt: Date }): Promise<void> {
  await db
    .updateTable('client_requests')
    .set({ outcome: input.outcome, answer: input.answer, answered_by: input.answeredBy, answered_at: input.answeredAt })
    .where('id', '=', input.id)
    .execute();
  // Its task is done with the answer.
  await db
    .updateTable('tasks')
    .set({ state: 'done', done_at: input.answeredAt, done_by: input.answeredBy })
    .where('dedupe_key', '=', requestTaskKey(input.id))
    .where('state', '=', 'open')
    .execute();
}

export interface OpenRequestRow extends ClientRequest {
  clientName: string;
  clientId: string;
  teamId: string | null;
  funderOrganisationId: string | null;
}

/** The organisation's unanswered requests, the earliest due first. */
export async function openRequests(db: Db, organisationId: string): Promise<OpenRequestRow[]> {
  const rows = await db
    .selectFrom('client_requests as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('clients as cl', 'cl.id', 'c.client_id')
    .select(['r.id', 'r.case_id', 'r.organisation_id', 'r.kind', 'r.entry_key', 'r.text', 'r.requested_at', 'r.due_on', 'r.outcome', 'r.answer', 'r.answered_at'])
    .select(['cl.name as client_name', 'c.client_id', 'c.team_id', 'c.funder_organisation_id'])
    .where('r.organisation_id', '=', organisationId)
    .where('r.outcome', 'is', null)
    .orderBy('r.due_on')
    .orderBy('r.requested_at')
    .execute();
  return rows.map((r) => ({ ...toRequest(r), clientName: r.client_name, clientId: r.client_id, teamId: r.team_id, funderOrganisationId: r.funder_organisation_id }));
}

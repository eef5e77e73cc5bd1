import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { createHash } from 'node:crypto';
import { decisionDetail } from '../requests/decide-request.ts';
import { assess } from '../../domain/assessment/assess.ts';
import { computeTerm } from '../../domain/calendar/terms.ts';
import { currentEntries } from '../../domain/dossier/corrections.ts';
import { PROCEDURE_LABELS } from '../../domain/dossier/labels.ts';
import type { DossierDocument, Entry, IsoDate } from '../../domain/dossier/types.ts';
import { funderRequest } from '../../domain/letters/funder-request.ts';
import type { Sender } from '../../domain/letters/types.ts';
import { findRegime } from '../../domain/protocols/registry.ts';
import { checkDecision, type DecisionDraft } from '../../domain/requests/checklist.ts';
import { decisionLetter } from '../../domain/requests/decision-letter.ts';
import { next, type RequestState } from '../../domain/requests/states.ts';
import { submitRefusal } from '../../domain/requests/submission.ts';
import { decisionTerm, objectionRule } from '../../domain/requests/term.ts';
import type { RenderTask } from '../../documents/render.ts';
import type { DecisionDetail, FrozenCopy } from '../../store/funder-requests.ts';

// The funder's side of the large data set (issue 16): for each generated case whose dossier holds a
// request to the funder, the request row the application would have stored when the regievoerder
// submitted it on the day of that entry (commands/requests/submit-request.ts), decided as the
// dossier's later funder-decision entry says (decide-request.ts), with a hearing for each wederhoor
// entry after it (record-hearing.ts appends that entry): the same refusal rule, decision term,
// frozen copy, states, checklist, letter and PDFs. Planned here without I/O; the caller draws the ids,
// renders the PDFs (render-pool.ts) and loads the rows.

/** Written on the funder's decision when the checklist is not fully met, as decide-request.ts requires. */
const DECISION_OVERRIDE = 'Spoedeisend: de veiligheid van cliënt en medewerkers laat geen uitstel toe; wat ontbreekt volgt na het besluit.';
const HEARING_SUMMARY = {
  client: 'De cliënt is gehoord over het voornemen en de redenen; de zienswijze is meegewogen.',
  representative: 'De vertegenwoordiger is gehoord over het voornemen en de redenen; de zienswijze is meegewogen.',
} as const;
/** Written on a submission the assessment does not yet allow, as submit-request.ts requires. */
const SUBMIT_OVERRIDE = 'Spoed: de veiligheid van medewerkers staat op het spel; de ontbrekende stappen volgen.';

export interface SeedParty {
  id: string;
  name: string;
}

export interface PlannedDecision {
  state: RequestState;
  decidedAt: Date;
  decidedOn: IsoDate;
  decidedBy: string;
  outcome: DecisionDraft['outcome'];
  detail: DecisionDetail;
  objectionDeadline: IsoDate | null;
  letter: RenderTask & { kind: 'decision-letter' };
}

/** The funder's record of a hearing, whose wederhoor entry the dossier holds. */
export interface PlannedHearing {
  id: string;
  heldOn: IsoDate;
  heard: 'client' | 'representative';
  summary: string;
  /** The beoordelaar who heard (and decides). */
  by: string;
}

export interface PlannedRequest {
  id: string;
  /** Before any decision: submitted, or under review once heard. */
  state: RequestState;
  hearings: PlannedHearing[];
  caseId: string;
  provider: SeedParty;
  funder: SeedParty;
  clientId: string;
  teamId: string;
  submittedAt: Date;
  receivedOn: IsoDate;
  submittedBy: string;
  continuityProposal: string;
  noOtherProvider: boolean;
  overrideReason: string | null;
  snapshot: FrozenCopy;
  decisionDeadline: IsoDate;
  deadlineExplanation: string;
  request: RenderTask & { kind: 'funder-request' };
  decision: PlannedDecision | null;
}

export interface RequestCase {
  /** The whole dossier as generated (checked by the interchange validator). */
  doc: DossierDocument;
  caseId: string;
  clientId: string;
  teamId: string;
  provider: SeedParty & { sender: Sender };
  funder: SeedParty;
  /** The regievoerder who submits, the funder's beoordelaar who decides. */
  submitter: string;
  reviewer: string;
  noOtherProvider: boolean;
}

/**
 * The request as the application would have stored it for this dossier, or undefined when the
 * dossier holds no request the submit command would have accepted (none at all, or one for a
 * procedure on which no funder decides: then the entry came with an imported dossier only).
 */
export function plannedRequest(c: RequestCase, newId: () => string): PlannedRequest | undefined {
  const current = new Set(currentEntries(c.doc.entries));
  const at = c.doc.entries.findIndex((e) => e.type === 'funder-request' && current.has(e));
  const entry = c.doc.entries[at];
  const regime = findRegime(c.doc.regime);
  if (entry?.type !== 'funder-request' || regime === undefined) return undefined;
  const received = entry.date;
  const before: DossierDocument = { ...c.doc, entries: c.doc.entries.slice(0, at) };
  if (submitRefusal(before, []) !== undefined) return undefined;
  const term = decisionTerm(regime, c.doc.procedure, received, [], received);
  if (term === undefined) return undefined;
  const document: DossierDocument = { ...c.doc, entries: c.doc.entries.slice(0, at + 1) };
  const assessment = assess(document, received);
  const sender = c.provider.sender;
  const continuityProposal = entry.continuityProposal ?? '';
  const decided = c.doc.entries.slice(at + 1).find((e): e is Extract<Entry, { type: 'funder-decision' }> => e.type === 'funder-decision' && current.has(e));
  // The hearings held on the request before its decision (or up to now), as the funder recorded them.
  const heard = c.doc.entries
    .slice(at + 1, decided === undefined ? undefined : c.doc.entries.indexOf(decided))
    .filter((e): e is Extract<Entry, { type: 'wederhoor' }> => e.type === 'wederhoor' && current.has(e));
  const id = newId();
  const hearings = heard.map((e) => ({ id: newId(), heldOn: e.date, heard: e.with, summary: HEARING_SUMMARY[e.with], by: c.reviewer }));
  const state = hearings.reduce((s: RequestState) => next(s, { kind: 'hear' }), 'submitted');
  const request: PlannedRequest = {
    id,
    state,
    hearings,
    caseId: c.caseId,
    provider: c.provider,
    funder: c.funder,
    clientId: c.clientId,
    teamId: c.teamId,
    submittedAt: new Date(`${received}T11:00:00Z`),
    receivedOn: received,
    submittedBy: c.submitter,
    continuityProposal,
    noOtherProvider: c.noOtherProvider,
    overrideReason: assess(before, received).canSubmit ? null : SUBMIT_OVERRIDE,
    snapshot: { document, assessment },
    decisionDeadline: term.deadline,
    deadlineExplanation: term.explanation,
    request: { kind: 'funder-request', request: funderRequest(document, sender), dossier: document, assessment, sender },
    decision: null,
  };
  if (decided === undefined) return request;
  // The dossier's decision entry is what decide-request.ts appends: the reasons (and conditions) of the draft.
  const draft: DecisionDraft = {
    outcome: decided.outcome,
    decidedOn: decided.date,
    reasons: decided.reasons,
    conditions: null,
    continuity: continuityProposal === '' ? null : continuityProposal,
    igjPointed: true,
    pgbOffered: c.noOtherProvider,
    referredToAccess: true,
  };
  const facts = { procedure: c.doc.procedure, hearings: hearings.map((h) => ({ with: h.heard, heldOn: h.heldOn })), medicalAdvice: null, noOtherProvider: c.noOtherProvider, deadline: term.deadline, asOf: decided.date };
  const unmet = checkDecision(regime, facts, draft, DECISION_OVERRIDE);
  const rule = objectionRule(regime, c.doc.procedure);
  const objectionDeadline = rule === undefined ? null : computeTerm(decided.date, rule.term, rule.counting.counting).date;
  const clientName = document.client.name;
  const letter = decisionLetter({
    funderName: c.funder.name,
    providerName: c.provider.name,
    clientName,
    procedureLabel: PROCEDURE_LABELS[c.doc.procedure].toLowerCase(),
    submittedOn: received,
    decision: draft,
    objectionDeadline,
    unmetDuties: unmet.map((d) => d.title),
    overrideReason: unmet.length > 0 ? DECISION_OVERRIDE : null,
    onObjection: false,
  });
  request.decision = {
    state: next(state, { kind: 'decide' }, '$.outcome'),
    decidedAt: new Date(`${decided.date}T14:00:00Z`),
    decidedOn: decided.date,
    decidedBy: c.reviewer,
    outcome: draft.outcome,
    detail: decisionDetail(draft, unmet, DECISION_OVERRIDE),
    objectionDeadline,
    letter: { kind: 'decision-letter', letter, date: decided.date, funderName: c.funder.name, clientName },
  };
  return request;
}

export const FUNDER_REQUEST_COLUMNS = [
  'id', 'case_id', 'provider_organisation_id', 'funder_organisation_id', 'client_id', 'team_id', 'regime', 'procedure', 'state',
  'submitted_at', 'received_on', 'submitted_by', 'continuity_proposal', 'no_other_provider', 'override_reason', 'snapshot',
  'request_pdf', 'request_sha256', 'decision_deadline', 'deadline_explanation', 'decided_at', 'decided_on', 'decided_by',
  'decision', 'decision_detail', 'decision_pdf', 'decision_sha256', 'objection_deadline',
] as const;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** bytea in PostgreSQL's hex input form. */
const hex = (bytes: Buffer) => `\\x${bytes.toString('hex')}`;

/**
 * The request's row in FUNDER_REQUEST_COLUMNS' order, with its PDFs as rendered from its own tasks
 * and each hash taken from exactly the bytes stored (decision record 0024).
 */
export function requestRow(r: PlannedRequest, requestPdf: Buffer, decisionPdf: Buffer | null): (string | boolean | null)[] {
  const d = r.decision;
  if ((d === null) !== (decisionPdf === null)) throw new Error('a decided request needs its letter, an open one has none');
  return [
    r.id, r.caseId, r.provider.id, r.funder.id, r.clientId, r.teamId, r.snapshot.document.regime, r.snapshot.document.procedure,
    d?.state ?? r.state, r.submittedAt.toISOString(), r.receivedOn, r.submittedBy, r.continuityProposal, r.noOtherProvider,
    r.overrideReason, JSON.stringify(r.snapshot), hex(requestPdf), sha256(requestPdf), r.decisionDeadline, r.deadlineExplanation,
    d?.decidedAt.toISOString() ?? null, d?.decidedOn ?? null, d?.decidedBy ?? null, d?.outcome ?? null,
    d === null ? null : JSON.stringify(d.detail), decisionPdf === null ? null : hex(decisionPdf), decisionPdf === null ? null : sha256(decisionPdf),
    d?.objectionDeadline ?? null,
  ];
}

export const HEARING_COLUMNS = ['id', 'request_id', 'recorded_by', 'recorded_at', 'held_on', 'heard', 'summary'] as const;

/** The request's hearings in HEARING_COLUMNS' order. */
export function hearingRows(r: PlannedRequest): string[][] {
  return r.hearings.map((h) => [h.id, r.id, h.by, `${h.heldOn}T13:00:00Z`, h.heldOn, h.heard, h.summary]);
}

/** The funder with the most requests in its inbox, and how many (the benchmark's and the query-plan test's inbox). */
export async function funderWithMostRequests(db: Kysely<Database>): Promise<{ funder_organisation_id: string; requests: string }> {
  return db
    .selectFrom('funder_requests')
    .select(['funder_organisation_id', (eb) => eb.fn.countAll<string>().as('requests')])
    .groupBy('funder_organisation_id')
    .orderBy('requests', 'desc')
    .orderBy('funder_organisation_id')
    .executeTakeFirstOrThrow();
}

import { findRegime } from '../../domain/protocols/registry.ts';
import type { FunderProtocol, Regime } from '../../domain/protocols/types.ts';
import type { IsoDate } from '../../domain/dossier/types.ts';
import { evaluateDuties, type DecisionDraft, type DutyResult, type RequestFacts } from '../../domain/requests/checklist.ts';
import { decisionTerm, type DecisionTerm } from '../../domain/requests/term.ts';
import { requestRecords, type RequestRecord, type RequestRecords } from '../../store/funder-requests.ts';
import type { Tx } from '../pipeline/execute.ts';

// A request with everything the funder recorded on it, its decision term as of today (suspended
// while a question is open) and the funder's checklist: what the read command returns and what the
// changing commands judge against.

export interface RequestView {
  request: RequestRecord;
  records: RequestRecords;
  term: DecisionTerm;
  duties: DutyResult[];
  /** Whether the funder's protocol suspends the term on a question, and on what basis. */
  suspension: FunderProtocol['suspension'];
}

export function regimeOf(request: RequestRecord): Regime {
  const regime = findRegime(request.regime);
  // Submission checks both: a stored request always names a regime with a funder's protocol.
  if (regime?.funder === undefined) throw new Error(`no funder protocol for ${request.regime}`);
  return regime;
}

export function termOf(request: RequestRecord, records: RequestRecords, asOf: IsoDate): DecisionTerm {
  const questions = records.questions.map((q) => ({ asked: q.askedOn, answered: q.answeredOn }));
  const term = decisionTerm(regimeOf(request), request.procedure, request.receivedOn, questions, asOf);
  // A request is only ever submitted for a procedure the funder decides on (submit-request.ts).
  if (term === undefined) throw new Error(`no decision term for ${request.regime} ${request.procedure}`);
  return term;
}

export function factsOf(request: RequestRecord, records: RequestRecords, term: DecisionTerm, asOf: IsoDate): RequestFacts {
  const advice = records.advice.at(-1);
  return {
    procedure: request.procedure,
    hearings: records.hearings.map((h) => ({ with: h.heard, heldOn: h.heldOn })),
    medicalAdvice: advice === undefined ? null : { wellFounded: advice.wellFounded, reasoning: advice.reasoning },
    noOtherProvider: request.noOtherProvider,
    deadline: term.deadline,
    asOf,
  };
}

/** The decision as recorded, judged by the same checklist as the draft was; undefined before it. */
function recordedDecision(request: RequestRecord): DecisionDraft | undefined {
  const d = request.decisionDetail;
  if (request.decision === null || d === null) return undefined;
  return {
    outcome: request.decision,
    decidedOn: request.decidedOn ?? request.receivedOn,
    reasons: d.reasons,
    conditions: d.conditions,
    continuity: d.continuity,
    igjPointed: d.igjPointed,
    pgbOffered: d.pgbOffered,
    referredToAccess: d.referredToAccess,
  };
}

export async function requestView(tx: Tx, request: RequestRecord, asOf: IsoDate): Promise<RequestView> {
  const records = await requestRecords(tx, request.id);
  const term = termOf(request, records, asOf);
  const regime = regimeOf(request);
  const suspension = (regime.funder as FunderProtocol).suspension;
  return { request, records, term, duties: evaluateDuties(regime, factsOf(request, records, term, asOf), recordedDecision(request)), suspension };
}

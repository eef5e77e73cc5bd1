// The input of the request commands, checked field by field into typed values or an
// InvalidInputError naming each field (as a JSON path) and why, in Dutch. Pages and API share it.

import { isValidIsoDate } from '../calendar/dates.ts';
import type { IsoDate } from '../dossier/types.ts';
import { InvalidInputError, type ValidationIssue } from '../errors.ts';
import type { DecisionDraft, HearingFacts } from './checklist.ts';
import { DECISION_OUTCOMES, type DecisionOutcome } from './states.ts';

const MAX_TEXT = 10_000;

type Body = Record<string, unknown>;

function bodyOf(input: unknown): Body {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new InvalidInputError([{ path: '$', message: 'verwacht een object' }]);
  return input as Body;
}

function text(body: Body, field: string, issues: ValidationIssue[], required: true): string;
function text(body: Body, field: string, issues: ValidationIssue[], required: false): string | null;
function text(body: Body, field: string, issues: ValidationIssue[], required: boolean): string | null {
  const value = body[field];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (required) issues.push({ path: `$.${field}`, message: 'is verplicht' });
    return required ? '' : null;
  }
  if (typeof value !== 'string') {
    issues.push({ path: `$.${field}`, message: 'moet tekst zijn' });
    return '';
  }
  if (value.length > MAX_TEXT) issues.push({ path: `$.${field}`, message: `is te lang (hoogstens ${MAX_TEXT} tekens)` });
  return value.trim();
}

function flag(body: Body, field: string, issues: ValidationIssue[]): boolean {
  const value = body[field];
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') issues.push({ path: `$.${field}`, message: 'moet true of false zijn' });
  return value === true;
}

function done<T>(issues: ValidationIssue[], value: T): T {
  if (issues.length > 0) throw new InvalidInputError(issues);
  return value;
}

export interface SubmitInput {
  funderOrganisationId: string | null;
  continuityProposal: string;
  noOtherProvider: boolean;
  overrideReason: string | null;
}

export function parseSubmit(input: unknown): SubmitInput {
  const body = bodyOf(input);
  const issues: ValidationIssue[] = [];
  const funder = body.funderOrganisationId;
  if (funder !== undefined && funder !== null && typeof funder !== 'string') issues.push({ path: '$.funderOrganisationId', message: 'moet een id zijn' });
  return done(issues, {
    funderOrganisationId: typeof funder === 'string' && funder !== '' ? funder : null,
    continuityProposal: text(body, 'continuityProposal', issues, true),
    noOtherProvider: flag(body, 'noOtherProvider', issues),
    overrideReason: text(body, 'overrideReason', issues, false),
  });
}

export function parseQuestion(input: unknown): { question: string } {
  const body = bodyOf(input);
  const issues: ValidationIssue[] = [];
  return done(issues, { question: text(body, 'question', issues, true) });
}

export function parseAnswer(input: unknown): { answer: string } {
  const body = bodyOf(input);
  const issues: ValidationIssue[] = [];
  return done(issues, { answer: text(body, 'answer', issues, true) });
}

export function parseHearing(input: unknown, today: IsoDate): HearingFacts & { summary: string } {
  const body = bodyOf(input);
  const issues: ValidationIssue[] = [];
  const heard = body.with;
  if (heard !== 'client' && heard !== 'representative') issues.push({ path: '$.with', message: "moet 'client' of 'representative' zijn" });
  const heldOn = body.heldOn;
  if (typeof heldOn !== 'string' || !isValidIsoDate(heldOn)) issues.push({ path: '$.heldOn', message: 'moet een datum zijn (JJJJ-MM-DD)' });
  else if (heldOn > today) issues.push({ path: '$.heldOn', message: 'ligt in de toekomst' });
  return done(issues, { with: heard as HearingFacts['with'], heldOn: heldOn as IsoDate, summary: text(body, 'summary', issues, true) });
}

export function parseAdvice(input: unknown): { wellFounded: boolean; reasoning: string } {
  const body = bodyOf(input);
  const issues: ValidationIssue[] = [];
  if (typeof body.wellFounded !== 'boolean') issues.push({ path: '$.wellFounded', message: 'moet true of false zijn' });
  return done(issues, { wellFounded: body.wellFounded === true, reasoning: text(body, 'reasoning', issues, true) });
}

export interface DecisionInput {
  draft: Omit<DecisionDraft, 'decidedOn'>;
  overrideReason: string | null;
}

export function parseDecision(input: unknown): DecisionInput {
  const body = bodyOf(input);
  const issues: ValidationIssue[] = [];
  const outcome = body.outcome;
  if (typeof outcome !== 'string' || !(DECISION_OUTCOMES as readonly string[]).includes(outcome)) {
    issues.push({ path: '$.outcome', message: `moet een van ${DECISION_OUTCOMES.join(', ')} zijn` });
  }
  return done(issues, {
    draft: {
      outcome: outcome as DecisionOutcome,
      reasons: text(body, 'reasons', issues, true),
      conditions: text(body, 'conditions', issues, false),
      continuity: text(body, 'continuity', issues, false),
      igjPointed: flag(body, 'igjPointed', issues),
      pgbOffered: flag(body, 'pgbOffered', issues),
      referredToAccess: flag(body, 'referredToAccess', issues),
    },
    overrideReason: text(body, 'overrideReason', issues, false),
  });
}

export function parseObjection(input: unknown): { reasons: string } {
  const body = bodyOf(input);
  const issues: ValidationIssue[] = [];
  return done(issues, { reasons: text(body, 'reasons', issues, true) });
}

export function parseWithdrawal(input: unknown): { reason: string } {
  const body = bodyOf(input);
  const issues: ValidationIssue[] = [];
  return done(issues, { reason: text(body, 'reason', issues, true) });
}

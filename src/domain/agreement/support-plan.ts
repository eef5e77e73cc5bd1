// The support plan (ondersteuningsplan, seed 004 §2): what it must say, its versions, and its
// evaluation with the client at least every half year.

import { compareDates, formatDutchDate, isValidIsoDate } from '../calendar/dates.ts';
import { computeTerm } from '../calendar/terms.ts';
import type { IsoDate } from '../dossier/types.ts';
import type { ValidationIssue } from '../errors.ts';
import type { SourceRef } from '../protocols/types.ts';
import type { Funding } from './appointments.ts';
import type { Cents } from './money.ts';
import { SEED_004 } from './sources.ts';

export interface PlanSupport {
  /** The support, e.g. 'begeleiding bij de administratie'. */
  what: string;
  /** How much, in the plan's words, e.g. '2 uur per week'. */
  amount: string;
  /** The municipality pays support it granted a budget for; the client pays the rest (004 §2). */
  paidBy: Funding;
  /** The rate the client pays per hour; required when the client pays. */
  rateCentsPerHour?: Cents;
}

export interface SupportPlanVersion {
  /** 1 for the first plan, then one more for each adaptation. */
  version: number;
  /** The day the provider and client agreed on this version. */
  agreedOn: IsoDate;
  goals: { id: string; description: string }[];
  /** The agreements between provider and client to reach the goals. */
  agreements: string[];
  /** What the client does himself. */
  clientDoes: string[];
  /** The role of informal carers and volunteers (mantelzorgers en vrijwilligers), if any. */
  informalCarers: { who: string; role: string }[];
  /** The client does not want informal carers involved; the provider respects that. */
  informalCarersDeclined: boolean;
  support: PlanSupport[];
  /** The client was pointed to the municipality's cliëntondersteuner before the first plan. */
  clientSupporterPointedOut: boolean;
}

export interface PlanEvaluation {
  date: IsoDate;
  /** An evaluation is by the provider and the client together. */
  withClient: boolean;
}

export interface SupportPlan {
  versions: SupportPlanVersion[];
  evaluations: PlanEvaluation[];
}

const blank = (text: string) => text.trim() === '';

/**
 * What a new version lacks or gets wrong, with the JSON path of each field and a Dutch reason.
 * `previous` is the version it replaces, if any.
 */
export function planVersionIssues(version: SupportPlanVersion, previous?: SupportPlanVersion): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const expected = (previous?.version ?? 0) + 1;
  if (version.version !== expected) issues.push({ path: '$.version', message: `moet ${expected} zijn: elke aanpassing is de volgende versie` });
  if (!isValidIsoDate(version.agreedOn)) {
    issues.push({ path: '$.agreedOn', message: 'is geen geldige datum; gebruik JJJJ-MM-DD' });
  } else if (previous && compareDates(version.agreedOn, previous.agreedOn) < 0) {
    issues.push({ path: '$.agreedOn', message: `ligt vóór versie ${previous.version} (${formatDutchDate(previous.agreedOn)})` });
  }
  if (version.goals.length === 0) issues.push({ path: '$.goals', message: 'beschrijf het doel van de ondersteuning' });
  version.goals.forEach((goal, i) => {
    if (blank(goal.description)) issues.push({ path: `$.goals[${i}].description`, message: 'beschrijf het doel' });
  });
  if (new Set(version.goals.map((g) => g.id)).size !== version.goals.length) issues.push({ path: '$.goals', message: 'twee doelen hebben hetzelfde id' });
  if (version.agreements.length === 0) issues.push({ path: '$.agreements', message: 'leg vast welke afspraken aanbieder en cliënt maken om het doel te bereiken' });
  version.agreements.forEach((text, i) => {
    if (blank(text)) issues.push({ path: `$.agreements[${i}]`, message: 'is leeg' });
  });
  if (version.clientDoes.length === 0) issues.push({ path: '$.clientDoes', message: 'beschrijf wat de cliënt zelf doet' });
  version.clientDoes.forEach((text, i) => {
    if (blank(text)) issues.push({ path: `$.clientDoes[${i}]`, message: 'is leeg' });
  });
  version.informalCarers.forEach((carer, i) => {
    if (blank(carer.who)) issues.push({ path: `$.informalCarers[${i}].who`, message: 'noem de mantelzorger of vrijwilliger' });
    if (blank(carer.role)) issues.push({ path: `$.informalCarers[${i}].role`, message: 'beschrijf de rol' });
  });
  if (version.support.length === 0) issues.push({ path: '$.support', message: 'beschrijf de ondersteuning die de aanbieder geeft' });
  version.support.forEach((item, i) => {
    if (blank(item.what)) issues.push({ path: `$.support[${i}].what`, message: 'beschrijf de ondersteuning' });
    if (blank(item.amount)) issues.push({ path: `$.support[${i}].amount`, message: 'hoeveel ondersteuning, bijvoorbeeld 2 uur per week' });
    if (item.paidBy === 'client' && (item.rateCentsPerHour === undefined || !Number.isSafeInteger(item.rateCentsPerHour) || item.rateCentsPerHour < 0)) {
      issues.push({ path: `$.support[${i}].rateCentsPerHour`, message: 'de cliënt betaalt deze ondersteuning zelf: leg het tarief per uur vast in hele centen' });
    }
  });
  if (version.version === 1 && !version.clientSupporterPointedOut) {
    issues.push({
      path: '$.clientSupporterPointedOut',
      message: 'wijs de cliënt vóór het eerste plan op de mogelijkheid van een cliëntondersteuner van de gemeente',
    });
  }
  return issues;
}

/** The version in force on `asOf`: the latest agreed on or before it. */
export function planVersionOn(plan: SupportPlan, asOf: IsoDate): SupportPlanVersion | undefined {
  return plan.versions
    .filter((v) => compareDates(v.agreedOn, asOf) <= 0)
    .reduce<SupportPlanVersion | undefined>((latest, v) => (latest === undefined || v.version > latest.version ? v : latest), undefined);
}

export interface EvaluationDue {
  /** The last day for the next evaluation. */
  dueDate: IsoDate;
  state: 'upcoming' | 'overdue';
  /** What the half year counts from: the first plan, or the last evaluation with the client. */
  countedFrom: { kind: 'plan' | 'evaluation'; date: IsoDate };
  /** Dutch, for the care worker. */
  explanation: string;
  source: SourceRef;
}

/**
 * When the plan must next be evaluated with the client: half a year after the last evaluation
 * with the client, or after the first plan. A missed date stays the due date, overdue, until an
 * evaluation is recorded; it never moves on by itself. Evaluations after `asOf` have not
 * happened yet. Undefined while there is no plan on `asOf`.
 */
export function nextPlanEvaluation(plan: SupportPlan, asOf: IsoDate): EvaluationDue | undefined {
  const first = plan.versions.filter((v) => compareDates(v.agreedOn, asOf) <= 0).sort((a, b) => a.version - b.version)[0];
  if (!first) return undefined;
  const last = plan.evaluations
    .filter((e) => e.withClient && compareDates(e.date, asOf) <= 0 && compareDates(e.date, first.agreedOn) >= 0)
    .map((e) => e.date)
    .sort(compareDates)
    .at(-1);
  const countedFrom = last ? { kind: 'evaluation' as const, date: last } : { kind: 'plan' as const, date: first.agreedOn };
  const term = computeTerm(countedFrom.date, { amount: 6, unit: 'months', direction: 'after' }, 'atw');
  const overdue = compareDates(asOf, term.date) > 0;
  const from = countedFrom.kind === 'plan' ? `het eerste plan van ${formatDutchDate(countedFrom.date)}` : `de evaluatie van ${formatDutchDate(countedFrom.date)}`;
  return {
    dueDate: term.date,
    state: overdue ? 'overdue' : 'upcoming',
    countedFrom,
    explanation: overdue
      ? `De evaluatie met de cliënt had uiterlijk ${formatDutchDate(term.date)} moeten plaatsvinden (een half jaar na ${from}); zij is te laat tot zij is vastgelegd.`
      : `Evalueer het plan met de cliënt uiterlijk ${formatDutchDate(term.date)}: een half jaar na ${from}.`,
    source: SEED_004.planEvaluation,
  };
}

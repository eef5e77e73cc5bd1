import { localDate } from '../agreement/instants.ts';
import { addDays, compareDates, daysBetween } from '../calendar/dates.ts';
import type { IsoDate } from '../dossier/types.ts';

// The funder's dashboard (issue 11, point 9): how its requests stand and how fast it decides them,
// per regime. Pure: the request summaries and today's date in, the figures out; the same figures
// feed the charts, their tables and the CSV. Days are Dutch calendar days (Europe/Amsterdam): a
// request submitted at 23:30 on 31 March is a request of 31 March, a decision at 00:30 on 1 April
// one of April.

export type FunderDecision = 'accepted' | 'accepted-with-conditions' | 'rejected';
const FUNDER_DECISIONS: readonly FunderDecision[] = ['accepted', 'accepted-with-conditions', 'rejected'];

export interface RequestSummary {
  regime: string;
  procedure: string;
  state: string;
  submittedAt: Date;
  /** The date the decision is due (after any suspension of the term). */
  decisionDeadline: IsoDate;
  decidedAt: Date | null;
  decision: FunderDecision | null;
}

/** Open requests by how close their deadline is. */
export interface OpenByDeadline {
  overdue: number;
  /** Due today or within the coming 7 days. */
  withinAWeek: number;
  later: number;
  /** Awaiting the decision on an objection: open too, but no seed sets it a term (001 §6.4, 002). */
  objection: number;
}

export interface MonthOfDecisions {
  /** 'YYYY-MM'. */
  month: string;
  counts: Record<FunderDecision, number>;
  total: number;
}

export interface RegimeFigures {
  regime: string;
  open: OpenByDeadline;
  decisionsPerMonth: MonthOfDecisions[];
  decided: number;
  /** Calendar days from submission to decision; null without decisions. */
  medianDecisionDays: number | null;
  decidedWithinNorm: number;
  /** Of the decided requests, the share decided on or before their deadline (0–1); null without decisions. */
  shareWithinNorm: number | null;
}

export interface DashboardFigures {
  asOf: IsoDate;
  /** One per regime that has requests, by regime id. */
  regimes: RegimeFigures[];
}

/** States in which a request waits for nothing from the funder any more, though it has no decision. */
const ENDED_WITHOUT_DECISION = new Set(['withdrawn', 'closed']);

const dayOf = (instant: Date): IsoDate => localDate(instant.toISOString());

/** The median of numbers; the mean of the two middle ones for an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function openByDeadline(open: readonly RequestSummary[], asOf: IsoDate): OpenByDeadline {
  const weekEnd = addDays(asOf, 7);
  const counts: OpenByDeadline = { overdue: 0, withinAWeek: 0, later: 0, objection: 0 };
  for (const r of open) {
    if (r.state === 'objection') counts.objection++;
    else if (compareDates(r.decisionDeadline, asOf) < 0) counts.overdue++;
    else if (compareDates(r.decisionDeadline, weekEnd) <= 0) counts.withinAWeek++;
    else counts.later++;
  }
  return counts;
}

function decisionsPerMonth(decided: readonly (RequestSummary & { decidedAt: Date; decision: FunderDecision })[]): MonthOfDecisions[] {
  const months = new Map<string, MonthOfDecisions>();
  for (const r of decided) {
    const month = dayOf(r.decidedAt).slice(0, 7);
    const entry = months.get(month) ?? { month, counts: { accepted: 0, 'accepted-with-conditions': 0, rejected: 0 }, total: 0 };
    entry.counts[r.decision]++;
    entry.total++;
    months.set(month, entry);
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

function figuresOf(regime: string, requests: readonly RequestSummary[], asOf: IsoDate): RegimeFigures {
  const decided = requests.filter((r): r is RequestSummary & { decidedAt: Date; decision: FunderDecision } => r.decidedAt !== null && r.decision !== null);
  const open = requests.filter((r) => r.state === 'objection' || (r.decidedAt === null && !ENDED_WITHOUT_DECISION.has(r.state)));
  const withinNorm = decided.filter((r) => compareDates(dayOf(r.decidedAt), r.decisionDeadline) <= 0).length;
  return {
    regime,
    open: openByDeadline(open, asOf),
    decisionsPerMonth: decisionsPerMonth(decided),
    decided: decided.length,
    medianDecisionDays: median(decided.map((r) => daysBetween(dayOf(r.submittedAt), dayOf(r.decidedAt)))),
    decidedWithinNorm: withinNorm,
    shareWithinNorm: decided.length === 0 ? null : withinNorm / decided.length,
  };
}

/** The dashboard's figures on `asOf` (the Dutch date of today), per regime. */
export function dashboardFigures(requests: readonly RequestSummary[], asOf: IsoDate): DashboardFigures {
  const byRegime = new Map<string, RequestSummary[]>();
  for (const r of requests) byRegime.set(r.regime, [...(byRegime.get(r.regime) ?? []), r]);
  return {
    asOf,
    regimes: [...byRegime.keys()].sort().map((regime) => figuresOf(regime, byRegime.get(regime) as RequestSummary[], asOf)),
  };
}

/** One line of the figures as a table (the CSV, and the text a chart stands for). */
export interface FigureRow {
  regime: string;
  measure: 'open' | 'decisions' | 'median-decision-days' | 'decided-within-norm' | 'share-within-norm';
  /** What the value counts: a deadline group, or a month and a decision; empty for a single figure. */
  key: string;
  value: number | null;
}

/** The figures as rows, in the order the dashboard shows them. */
export function figureRows(figures: DashboardFigures): FigureRow[] {
  return figures.regimes.flatMap((f): FigureRow[] => [
    ...(Object.entries(f.open) as [keyof OpenByDeadline, number][]).map(([key, value]) => ({ regime: f.regime, measure: 'open' as const, key, value })),
    ...f.decisionsPerMonth.flatMap((m) => FUNDER_DECISIONS.map((d) => ({ regime: f.regime, measure: 'decisions' as const, key: `${m.month} ${d}`, value: m.counts[d] }))),
    { regime: f.regime, measure: 'median-decision-days', key: '', value: f.medianDecisionDays },
    { regime: f.regime, measure: 'decided-within-norm', key: `${f.decided}`, value: f.decidedWithinNorm },
    { regime: f.regime, measure: 'share-within-norm', key: '', value: f.shareWithinNorm },
  ]);
}

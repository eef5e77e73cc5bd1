// Deadlines of a regime for one dossier: each rule's term runs from its start event, dates come
// from the calendar (computeTerm), and the state says whether the dossier shows it satisfied.

import { formatDutchDate } from '../calendar/dates.ts';
import { computeTerm, describeTerm, type Counting, type TermResult, type TermSpec } from '../calendar/terms.ts';
import type { Entry, IsoDate } from '../dossier/types.ts';
import type { DeadlineAnchor, DeadlineRule } from '../protocols/types.ts';
import type { AssessmentContext } from './context.ts';
import type { DeadlineResult, DeadlineState } from './types.ts';

export interface DeadlineInstance {
  rule: DeadlineRule;
  result: DeadlineResult;
  /** The entry the chain of terms starts from (undefined for careStarted). */
  startEntry: Entry | undefined;
  /** Satisfying entries count from this date: the start entry's own date. */
  since: IsoDate;
  /** Appended to the rule id when each start entry has its own deadline. */
  idSuffix: string;
}

interface Start {
  event: IsoDate;
  since: IsoDate;
  startEvent: string;
  startEntry: Entry | undefined;
  idSuffix: string;
}

const fieldOf = (entry: Entry | undefined, field: string): unknown => (entry as unknown as Record<string, unknown> | undefined)?.[field];

function careStartedStart(ctx: AssessmentContext): Start[] {
  const started = ctx.doc.careStarted;
  return started === null ? [] : [{ event: started, since: started, startEvent: 'careStarted', startEntry: undefined, idSuffix: '' }];
}

/** The instances of an earlier deadline, or the entries that follow each of them (a reminder after a payment term). */
function deadlineStarts(ctx: AssessmentContext, anchor: Extract<DeadlineAnchor, { kind: 'deadline' }>, earlier: readonly DeadlineInstance[]): Start[] {
  const then = anchor.then;
  return earlier.flatMap((d): Start[] => {
    if (then === undefined) {
      return [{ event: d.result.date, since: d.since, startEvent: d.result.startEvent, startEntry: d.startEntry, idSuffix: d.idSuffix }];
    }
    const follow = ctx.index.select(then.match).find((e) => {
      const linked = fieldOf(e, then.link);
      return (
        typeof linked === 'string' &&
        ctx.current(linked) === d.startEntry &&
        e.date > d.result.date &&
        typeof fieldOf(e, then.field ?? 'date') === 'string'
      );
    });
    if (follow === undefined) return [];
    // The chain keeps its start entry (the invoice whose payment meets the term) and its id.
    return [{ event: fieldOf(follow, then.field ?? 'date') as IsoDate, since: d.since, startEvent: follow.id, startEntry: d.startEntry, idSuffix: d.idSuffix }];
  });
}

function startsOf(ctx: AssessmentContext, rule: DeadlineRule, earlier: ReadonlyMap<string, DeadlineInstance[]>): Start[] {
  const anchor = rule.anchor;
  switch (anchor.kind) {
    case 'care-started':
      return careStartedStart(ctx);
    case 'deadline':
      return deadlineStarts(ctx, anchor, earlier.get(anchor.deadline) ?? []);
    case 'entry': {
      const field = anchor.field ?? 'date';
      const found = ctx.index.select(anchor.match).filter((e) => typeof fieldOf(e, field) === 'string');
      if (found.length === 0 && anchor.orCareStarted === true) return careStartedStart(ctx);
      const chosen = anchor.occurrence === 'each' ? found : anchor.occurrence === 'first' ? found.slice(0, 1) : found.slice(-1);
      return chosen.map((entry) => ({
        event: fieldOf(entry, field) as IsoDate,
        since: entry.date,
        startEvent: entry.id,
        startEntry: entry,
        idSuffix: anchor.occurrence === 'each' ? `-${entry.id}` : '',
      }));
    }
  }
}

// computeTerm is pure but walks the calendar day by day under the Atw, and a dossier is assessed
// far more often than its dates change; so terms are remembered, within a bound.
const TERM_CACHE_LIMIT = 10_000;
const termCache = new Map<string, TermResult>();

function cachedTerm(event: IsoDate, spec: TermSpec, counting: Counting): TermResult {
  const key = `${event} ${spec.amount} ${spec.unit} ${spec.direction} ${counting}`;
  let result = termCache.get(key);
  if (result === undefined) {
    result = computeTerm(event, spec, counting);
    if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
    termCache.set(key, result);
  }
  return result;
}

/** The term's date; a later date of the start entry's own (an invoice's due date) takes its place. */
function termFrom(rule: DeadlineRule, start: Start): TermResult {
  const result = cachedTerm(start.event, rule.term, rule.counting.counting);
  const own = rule.ownDate === undefined ? undefined : fieldOf(start.startEntry, rule.ownDate.field);
  if (rule.ownDate === undefined || typeof own !== 'string' || own === result.date) return result;
  const named = `${rule.ownDate.label} is ${formatDutchDate(own, true)}`;
  return own > result.date
    ? { ...result, date: own, explanation: `${result.explanation} ${named}: die ligt later en geldt dus.` }
    : { ...result, explanation: `${result.explanation} ${named}: die ligt eerder, maar de termijn wordt daardoor niet korter.` };
}

function isSatisfied(ctx: AssessmentContext, rule: DeadlineRule, start: Start, date: IsoDate): boolean {
  const by = rule.satisfiedBy;
  switch (by?.kind) {
    case undefined:
      return false;
    case 'elapse':
      return ctx.asOf >= date;
    case 'entry':
      return ctx.index.select(by.match).some((e) => e.date >= start.since && e.date <= date);
    case 'start-field': {
      const value = fieldOf(start.startEntry, by.field);
      return typeof value === 'string' && value <= date;
    }
    case 'start-number': {
      const value = fieldOf(start.startEntry, by.field);
      return typeof value === 'number' && value >= by.atLeast;
    }
  }
}

/** What a deadline shows as its explanation: the date's, then why it is counted so (decision 0003). */
export function deadlineExplanation(d: Pick<DeadlineResult, 'explanation' | 'countingReason'>): string {
  return `${d.explanation} ${d.countingReason}`;
}

export function computeDeadlines(ctx: AssessmentContext): DeadlineInstance[] {
  const byRule = new Map<string, DeadlineInstance[]>();
  for (const rule of ctx.regime.deadlines) {
    if (!rule.procedures.includes(ctx.procedure)) continue;
    const instances = startsOf(ctx, rule, byRule).map((start): DeadlineInstance => {
      const due = termFrom(rule, start);
      const state: DeadlineState = isSatisfied(ctx, rule, start, due.date) ? 'met' : ctx.asOf > due.date ? 'overdue' : 'open';
      return {
        rule,
        startEntry: start.startEntry,
        since: start.since,
        idSuffix: start.idSuffix,
        result: {
          id: `${rule.id}${start.idSuffix}`,
          date: due.date,
          rule: `${rule.label}: ${describeTerm(rule.term)} ${rule.from}`,
          source: rule.source,
          startEvent: start.startEvent,
          state,
          counting: due.counting,
          countingReason: rule.counting.reason,
          explanation: due.explanation,
        },
      };
    });
    byRule.set(rule.id, instances);
  }
  return [...byRule.values()].flat();
}

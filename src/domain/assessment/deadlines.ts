// Deadlines of a regime for one dossier: each rule's term runs from its start event, dates come
// from the calendar (computeTerm), and the state says whether the dossier shows it satisfied.

import { computeTerm, describeTerm, type Counting, type TermResult, type TermSpec } from '../calendar/terms.ts';
import type { Entry, IsoDate } from '../dossier/types.ts';
import type { DeadlineRule } from '../protocols/types.ts';
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

function startsOf(ctx: AssessmentContext, rule: DeadlineRule, earlier: ReadonlyMap<string, DeadlineInstance[]>): Start[] {
  const anchor = rule.anchor;
  switch (anchor.kind) {
    case 'care-started': {
      const started = ctx.doc.careStarted;
      return started === null ? [] : [{ event: started, since: started, startEvent: 'careStarted', startEntry: undefined, idSuffix: '' }];
    }
    case 'deadline':
      return (earlier.get(anchor.deadline) ?? []).map((d) => ({
        event: d.result.date,
        since: d.since,
        startEvent: d.result.startEvent,
        startEntry: d.startEntry,
        idSuffix: d.idSuffix,
      }));
    case 'entry': {
      const found = ctx.index.select(anchor.match);
      const chosen = anchor.occurrence === 'each' ? found : anchor.occurrence === 'first' ? found.slice(0, 1) : found.slice(-1);
      return chosen.map((entry) => ({
        event: (entry as unknown as Record<string, IsoDate>)[anchor.field ?? 'date'] as IsoDate,
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

/** The term's date; for a recurring term the first occurrence on or after asOf. */
function termFrom(ctx: AssessmentContext, rule: DeadlineRule, event: IsoDate): TermResult {
  const counting = rule.counting ?? ctx.regime.termCounting;
  let result = cachedTerm(event, rule.term, counting);
  for (let n = 2; rule.repeats === true && result.date < ctx.asOf; n++) {
    result = cachedTerm(event, { ...rule.term, amount: rule.term.amount * n }, counting);
  }
  return result;
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
      const value = (start.startEntry as unknown as Record<string, unknown> | undefined)?.[by.field];
      return typeof value === 'string' && value <= date;
    }
    case 'start-number': {
      const value = (start.startEntry as unknown as Record<string, unknown> | undefined)?.[by.field];
      return typeof value === 'number' && value >= by.atLeast;
    }
  }
}

export function computeDeadlines(ctx: AssessmentContext): DeadlineInstance[] {
  const byRule = new Map<string, DeadlineInstance[]>();
  for (const rule of ctx.regime.deadlines) {
    if (!rule.procedures.includes(ctx.procedure)) continue;
    const instances = startsOf(ctx, rule, byRule).map((start): DeadlineInstance => {
      const due = termFrom(ctx, rule, start.event);
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
          explanation: due.explanation,
        },
      };
    });
    byRule.set(rule.id, instances);
  }
  return [...byRule.values()].flat();
}

// Everything a rule of a regime may look at while one dossier is assessed, computed once.

import { addDays, addMonths, addYears } from '../calendar/dates.ts';
import type { EffectiveEntry } from '../dossier/corrections.ts';
import type { DossierDocument, Entry, Ground, IncidentEntry, IsoDate, Procedure } from '../dossier/types.ts';
import type { Condition, EntryMatch, GroundDefinition, Regime, Span } from '../protocols/types.ts';
import { DossierIndex } from './dossier-index.ts';

const INCIDENTS: EntryMatch = { type: 'incident' };

/**
 * What shows a ground besides an incident naming it: the care agreement's own records (issue 15,
 * decision 0018). A missed appointment the client did not cancel 48 hours ahead, and not by force
 * majeure (seed 004 §7), shows 'no-show'; an invoice still unpaid after its due date (004 §9)
 * shows 'non-payment'. Both are the client's doing.
 */
const RECORDED_EVIDENCE: Partial<Record<Ground, EntryMatch>> = {
  'no-show': { type: 'no-show', where: { cancelledHoursAhead: { absentOrBelow: 48 }, forceMajeure: { isNot: true } } },
  'non-payment': { type: 'invoice', where: { paid: { present: false } } },
};

/** Everything that can show a ground, for listing it in date order. */
export const GROUND_EVIDENCE: readonly EntryMatch[] = [INCIDENTS, ...Object.values(RECORDED_EVIDENCE)];

function recordedEvidence(index: DossierIndex, definition: GroundDefinition, asOf: IsoDate): Entry[] {
  if (definition.by !== undefined && !definition.by.includes('client')) return [];
  return definition.codes.flatMap((code) => {
    const match = RECORDED_EVIDENCE[code];
    if (match === undefined) return [];
    return index.select(match).filter((e) => e.type !== 'invoice' || e.dueDate < asOf);
  });
}

export interface ShownGround {
  definition: GroundDefinition;
  /** The incidents (and the agreement's no-shows and unpaid invoices) that show it, in date order; empty when the dossier does not show it. */
  incidents: readonly Entry[];
}

export interface AssessmentContext {
  readonly doc: DossierDocument;
  readonly asOf: IsoDate;
  readonly regime: Regime;
  readonly procedure: Procedure;
  readonly index: DossierIndex;
  /** The regime's grounds for this procedure, in the regime's order. */
  readonly grounds: readonly ShownGround[];
  /** The current entry an id names: its own, or that of an entry it has corrected. */
  readonly current: (id: string) => Entry | undefined;
}

export function createContext(doc: DossierDocument, effective: readonly EffectiveEntry[], regime: Regime, asOf: IsoDate): AssessmentContext {
  const index = new DossierIndex(effective.map((e) => e.entry));
  // Only an entry that names another (a reminder's invoice) needs this: built on first use.
  let byId: Map<string, Entry> | undefined;
  const current = (id: string): Entry | undefined => {
    if (byId === undefined) {
      byId = new Map();
      for (const { entry, supersedes } of effective) {
        byId.set(entry.id, entry);
        for (const old of supersedes) byId.set(old, entry);
      }
    }
    return byId.get(id);
  };
  const incidents = index.select(INCIDENTS) as readonly IncidentEntry[];
  const grounds = regime.grounds
    .filter((g) => g.procedures.includes(doc.procedure))
    .map((definition) => {
      const named = incidents.filter((e) => definition.codes.includes(e.ground) && (definition.by === undefined || definition.by.includes(e.by)));
      const recorded = recordedEvidence(index, definition, asOf);
      // Stable: within a day, incidents before the agreement's records.
      return { definition, incidents: recorded.length === 0 ? named : [...named, ...recorded].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
    });
  return { doc, asOf, regime, procedure: doc.procedure, index, grounds, current };
}

/** The date `span` after `date`. */
function afterSpan(date: IsoDate, span: Span): IsoDate {
  switch (span.unit) {
    case 'days':
      return addDays(date, span.amount);
    case 'weeks':
      return addDays(date, span.amount * 7);
    case 'months':
      return addMonths(date, span.amount);
    case 'years':
      return addYears(date, span.amount);
  }
}

/** An entry's own term: its `amount` and `unit` fields, when it has them. */
function ownTerm(entry: Entry): Span | undefined {
  const { amount, unit } = entry as unknown as { amount?: unknown; unit?: unknown };
  if (typeof amount !== 'number' || (unit !== 'days' && unit !== 'weeks' && unit !== 'months' && unit !== 'years')) return undefined;
  return { amount, unit };
}

export function evaluateCondition(ctx: AssessmentContext, condition: Condition): boolean {
  switch (condition.kind) {
    case 'entries':
      return ctx.index.select(condition.match).length >= (condition.min ?? 1);
    case 'ground':
      return ctx.grounds.some((g) => condition.grounds.includes(g.definition.id) && g.incidents.length > 0);
    case 'has-representative':
      return ctx.doc.client.hasRepresentative;
    case 'not':
      return !evaluateCondition(ctx, condition.condition);
    case 'all':
      return condition.conditions.every((c) => evaluateCondition(ctx, c));
    case 'any':
      return condition.conditions.some((c) => evaluateCondition(ctx, c));
    case 'care-for-at-least':
      return ctx.doc.careStarted !== null && afterSpan(ctx.doc.careStarted, condition.span) <= ctx.asOf;
    case 'own-term-shorter': {
      const latest = ctx.index.select(condition.match).at(-1);
      const term = latest === undefined ? undefined : ownTerm(latest);
      // Compared from the entry's own date, so months and weeks compare as the calendar has them.
      return latest !== undefined && term !== undefined && afterSpan(latest.date, term) < afterSpan(latest.date, condition.span);
    }
  }
}

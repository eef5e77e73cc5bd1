// The verdict on one requirement of a regime: not applicable (its phase has not started or its
// condition does not hold), met, or missing, with the entries it rests on and a Dutch sentence.

import { addDays } from '../calendar/dates.ts';
import type { Entry, EntryType, IsoDate } from '../dossier/types.ts';
import type { Check, EntryMatch, RequirementRule } from '../protocols/types.ts';
import { beforeCareText, predatesCare } from './before-care.ts';
import { evaluateCondition, GROUND_EVIDENCE, type AssessmentContext } from './context.ts';
import type { DeadlineInstance } from './deadlines.ts';
import type { RequirementResult, RequirementStatus } from './types.ts';

interface Verdict {
  status: Exclude<RequirementStatus, 'not-applicable'>;
  evidence: readonly Entry[] | readonly string[];
  text: string;
  judgedByFunder?: true;
  /** Entries of the kind asked for that do not count because they predate the care (before-care.ts). */
  beforeCare?: readonly Entry[];
}

function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}

/** The dates an ordered check admits: on or after `from` (null: nothing is), on or before `to`. */
interface Window {
  from: IsoDate | null | undefined;
  to: IsoDate | undefined;
}

function within(entry: Entry, window: Window): boolean {
  if (window.from === null) return false;
  return (window.from === undefined || entry.date >= window.from) && (window.to === undefined || entry.date <= window.to);
}

const typeMatches = new Map<EntryType, EntryMatch>();

/** Every entry of a type, whatever its fields: one selector per type for the whole process. */
function ofType(type: EntryType): EntryMatch {
  let match = typeMatches.get(type);
  if (match === undefined) {
    match = { type } as EntryMatch;
    typeMatches.set(type, match);
  }
  return match;
}

function later(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
  return a === undefined ? b : b === undefined || a > b ? a : b;
}

function checkEntries(ctx: AssessmentContext, rule: RequirementRule, check: Extract<Check, { kind: 'entries' }>): Verdict {
  const selected = ctx.index.select(check.match);
  const started = ctx.doc.careStarted;
  const beforeCare = selected.filter((e) => predatesCare(e, ctx.procedure, started));
  const candidates = beforeCare.length === 0 ? selected : selected.filter((e) => !beforeCare.includes(e));
  const verdict = entriesVerdict(ctx, rule, check, candidates);
  return verdict.status === 'missing' && beforeCare.length > 0 ? { ...verdict, beforeCare } : verdict;
}

function entriesVerdict(
  ctx: AssessmentContext,
  rule: RequirementRule,
  check: Extract<Check, { kind: 'entries' }>,
  candidates: readonly Entry[],
): Verdict {
  const min = check.min ?? 1;
  const to = check.before === undefined ? undefined : ctx.index.anchorDate(check.before);
  // An `after` anchor that has not happened admits nothing: the step cannot follow it yet.
  const after = check.after === undefined ? undefined : (ctx.index.anchorDate(check.after) ?? null);
  // Recent: counted back from the step it precedes, or from asOf while that step has not happened.
  const recentFrom = check.withinDays === undefined ? undefined : addDays(to ?? ctx.asOf, -check.withinDays);
  const window: Window = { from: after === null ? null : later(after, recentFrom), to };
  const counted = candidates.filter((e) => within(e, window));
  const values = { n: counted.length, min };
  if (counted.length >= min) return { status: 'met', evidence: counted, text: fill(rule.texts.met, values) };
  if (candidates.length >= min) {
    // Enough entries exist, but too many on the wrong side of the step they must precede or follow.
    return {
      status: 'missing',
      evidence: candidates.filter((e) => !within(e, window)),
      text: fill(rule.texts.outOfOrder ?? rule.texts.missing, values),
    };
  }
  if (rule.texts.incomplete !== undefined && !Array.isArray(check.match)) {
    // Entries of the kind exist but lack what the rule asks of their fields: say what is missing in them.
    const lacking = ctx.index.select(ofType((check.match as EntryMatch).type)).filter((e) => !candidates.includes(e));
    if (lacking.length > 0) return { status: 'missing', evidence: lacking, text: fill(rule.texts.incomplete, values) };
  }
  return { status: 'missing', evidence: counted, text: fill(rule.texts.missing, values) };
}

function checkNone(ctx: AssessmentContext, rule: RequirementRule, match: EntryMatch): Verdict {
  const found = ctx.index.select(match);
  return found.length === 0 ? { status: 'met', evidence: [], text: rule.texts.met } : { status: 'missing', evidence: found, text: rule.texts.missing };
}

function checkGround(ctx: AssessmentContext, rule: RequirementRule): Verdict {
  const shown = ctx.grounds.filter((g) => g.incidents.length > 0);
  if (shown.length === 0) return { status: 'missing', evidence: [], text: rule.texts.missing };
  // Every ground's evidence comes from the one date-ordered list of incidents and agreement records: keep that order.
  const showing = new Set(shown.flatMap((g) => g.incidents));
  const incidents = ctx.index.select(GROUND_EVIDENCE).filter((e) => showing.has(e));
  const grounds = shown.map((g) => g.definition.label).join('; ');
  // When only the regime's open-ended ground is shown, the reason still needs the funder's judgment.
  const judged = shown.every((g) => g.definition.judgedByFunder === true);
  return { status: 'met', evidence: incidents, text: fill(rule.texts.met, { grounds }), ...(judged ? { judgedByFunder: true as const } : {}) };
}

function checkCareNotStarted(ctx: AssessmentContext, rule: RequirementRule, check: Extract<Check, { kind: 'care-not-started' }>): Verdict {
  const anchor = ctx.index.select(check.before)[0];
  const started = ctx.doc.careStarted;
  const notStarted = started === null || started > (anchor?.date ?? ctx.asOf);
  const evidence = anchor === undefined ? [] : [anchor];
  return notStarted
    ? { status: 'met', evidence, text: rule.texts.met }
    : { status: 'missing', evidence, text: rule.texts.missing };
}

function checkDeadline(
  rule: RequirementRule,
  check: Extract<Check, { kind: 'deadline' }>,
  deadlines: readonly DeadlineInstance[],
): Verdict {
  const inState = deadlines.filter((d) => d.rule.id === check.deadline && d.result.state === check.state);
  return inState.length > 0
    ? { status: 'met', evidence: inState.map((d) => d.result.startEvent), text: rule.texts.met }
    : { status: 'missing', evidence: [], text: rule.texts.missing };
}

function verdict(ctx: AssessmentContext, rule: RequirementRule, deadlines: readonly DeadlineInstance[]): Verdict {
  const check = rule.check;
  switch (check.kind) {
    case 'entries':
      return checkEntries(ctx, rule, check);
    case 'ground':
      return checkGround(ctx, rule);
    case 'care-not-started':
      return checkCareNotStarted(ctx, rule, check);
    case 'deadline':
      return checkDeadline(rule, check, deadlines);
    case 'none':
      return checkNone(ctx, rule, check.match);
  }
}

function resultOf(
  rule: RequirementRule,
  status: RequirementStatus,
  evidence: string[],
  text: string,
  extra: Pick<RequirementResult, 'judgedByFunder' | 'notCounted'> = {},
): RequirementResult {
  return {
    id: rule.id,
    status,
    evidence,
    source: rule.source,
    text,
    level: rule.level ?? 'required',
    ...(rule.related !== undefined ? { related: rule.related } : {}),
    ...extra,
  };
}

export function evaluateRequirement(
  ctx: AssessmentContext,
  rule: RequirementRule,
  deadlines: readonly DeadlineInstance[],
): RequirementResult {
  const start = ctx.regime.phases.find((p) => p.id === rule.phase)?.startsWith;
  if (start !== undefined && !evaluateCondition(ctx, start.condition)) {
    return resultOf(rule, 'not-applicable', [], `${start.pending}: ${rule.title}.`);
  }
  if (rule.when !== undefined && !evaluateCondition(ctx, rule.when.condition)) {
    return resultOf(rule, 'not-applicable', [], rule.when.otherwise);
  }
  const { status, evidence, text, judgedByFunder, beforeCare } = verdict(ctx, rule, deadlines);
  const ids = evidence.map((e) => (typeof e === 'string' ? e : e.id));
  if (beforeCare !== undefined && ctx.doc.careStarted !== null) {
    const reason = beforeCareText(beforeCare, ctx.doc.careStarted);
    return resultOf(rule, status, ids, `${text} ${reason}`, {
      notCounted: { entries: beforeCare.map((e) => e.id), reason, source: rule.source },
    });
  }
  return resultOf(rule, status, ids, text, judgedByFunder ? { judgedByFunder } : {});
}

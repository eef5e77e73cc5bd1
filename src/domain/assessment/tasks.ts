// The checklist as a task list: each missing requirement turned into the entry that would satisfy
// it (its type, and the fields the rule asks for filled in), and the steps that are pending when
// nothing is missing (waiting for the funder's decision, or chasing a late one). Pure: derived from
// the regime's rules and the assessment only.

import { formatDutchDate } from '../calendar/dates.ts';
import type { EntryType } from '../dossier/types.ts';
import type { EntryMatch, FieldTest, Regime, RequirementRule } from '../protocols/types.ts';
import type { Assessment } from './types.ts';

/** A new entry as a form opens it: its type, and the values the rule asks of its fields. */
export interface EntryTemplate {
  type: EntryType;
  values: Readonly<Record<string, string | boolean | readonly string[]>>;
}

/** The value a field test asks for, if it asks for one: a test that only excludes leaves the field open. */
function valueFor(test: FieldTest<unknown>): string | boolean | readonly string[] | undefined {
  if ('is' in test) return test.is as string | boolean;
  if ('in' in test) return (test.in as readonly (string | boolean)[])[0];
  if ('includesAny' in test) return (test.includesAny as readonly string[]).slice(0, 1);
  if ('includesAll' in test) return test.includesAll as readonly string[];
  return undefined;
}

function templateOf(match: EntryMatch): EntryTemplate {
  const values: Record<string, string | boolean | readonly string[]> = {};
  for (const [field, test] of Object.entries(match.where ?? {})) {
    const value = valueFor(test as FieldTest<unknown>);
    if (value !== undefined) values[field] = value;
  }
  return { type: match.type, values };
}

/** The entry a requirement asks for, or null when no single entry satisfies it (care not yet started, nothing open). */
export function entryTemplateFor(regime: Regime, rule: RequirementRule): EntryTemplate | null {
  const check = rule.check;
  switch (check.kind) {
    case 'entries': {
      const match = Array.isArray(check.match) ? (check.match as readonly EntryMatch[])[0] : (check.match as EntryMatch);
      return match === undefined ? null : templateOf(match);
    }
    case 'ground':
      return { type: 'incident', values: {} };
    case 'deadline': {
      const satisfied = regime.deadlines.find((d) => d.id === check.deadline)?.satisfiedBy;
      return satisfied?.kind === 'entry' ? templateOf(satisfied.match) : null;
    }
    case 'none':
    case 'care-not-started':
      return null;
  }
}

/** A term that is running or has run, as the task list shows it. */
export interface PendingStep {
  text: string;
  /** 'overdue': its date has passed without what meets it. */
  state: 'open' | 'overdue';
  /** The provider must act on it now: the entry that meets it (null: contact the funder), or undefined when it is not the provider's to do. */
  todo?: EntryTemplate | null;
}

// The entries that meet a term but are not the provider's to make once it has run: the funder's own
// acts (its decision, hearing, question; seed 001 §6.4, seed 002 'De zorgverzekeraar') and the
// provider's objection, which after its term can no longer be made (seed 001 §6.4 'binnen 6 weken').
const NOT_THE_PROVIDERS: ReadonlySet<EntryType> = new Set(['funder-decision', 'wederhoor', 'information-request', 'objection']);

/**
 * What is pending while nothing is to be recorded: the funder's decision awaited until its date,
 * and chased once that date has passed; the other terms running towards their date. A term that has
 * run reads as such (review finding 15): a step the provider still has to take is a task with its
 * form, another is marked as expired, never as 'waiting'.
 */
export function pendingSteps(regime: Regime, assessment: Assessment): PendingStep[] {
  const decisions = new Set(
    regime.deadlines.filter((d) => d.satisfiedBy?.kind === 'entry' && d.satisfiedBy.match.type === 'funder-decision').map((d) => d.id),
  );
  // A term each entry starts has the entry's id after the rule's.
  const ruleOf = (id: string) => regime.deadlines.find((d) => id === d.id || id.startsWith(`${d.id}-`));
  return assessment.deadlines
    .filter((d) => d.state !== 'met')
    .map((d): PendingStep => {
      const date = formatDutchDate(d.date);
      const rule = ruleOf(d.id);
      const overdue = d.state === 'overdue';
      if (rule !== undefined && decisions.has(rule.id)) {
        return overdue
          ? { text: `Het besluit van ${regime.funderName} is te laat (uiterlijk ${date}): neem contact op met ${regime.funderName}.`, state: 'overdue', todo: null }
          : { text: `Wacht op het besluit van ${regime.funderName}: uiterlijk ${date}.`, state: 'open' };
      }
      if (!overdue) return { text: `Termijn loopt tot ${date}: ${d.rule}.`, state: 'open' };
      const satisfied = rule?.keptByClient === true ? undefined : rule?.satisfiedBy;
      const providers = satisfied?.kind === 'entry' && !NOT_THE_PROVIDERS.has(satisfied.match.type);
      return providers
        ? { text: `Te laat, de termijn liep tot ${date}: ${d.rule}.`, state: 'overdue', todo: templateOf(satisfied.match) }
        : { text: `Termijn verstreken op ${date}: ${d.rule}.`, state: 'overdue' };
    });
}

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

/**
 * What is pending while nothing is to be recorded: the funder's decision awaited until its date,
 * and chased once that date has passed; the other terms running towards their date.
 */
export function pendingSteps(regime: Regime, assessment: Assessment): string[] {
  const decisions = new Set(
    regime.deadlines.filter((d) => d.satisfiedBy?.kind === 'entry' && d.satisfiedBy.match.type === 'funder-decision').map((d) => d.id),
  );
  return assessment.deadlines
    .filter((d) => d.state !== 'met')
    .map((d) => {
      const date = formatDutchDate(d.date);
      // A term each entry starts has the entry's id after the rule's.
      if ([...decisions].some((id) => d.id === id || d.id.startsWith(`${id}-`))) {
        return d.state === 'overdue'
          ? `Het besluit van ${regime.funderName} is te laat (uiterlijk ${date}): neem contact op met ${regime.funderName}.`
          : `Wacht op het besluit van ${regime.funderName}: uiterlijk ${date}.`;
      }
      return d.state === 'overdue' ? `Termijn verstreken op ${date}: ${d.rule}.` : `Termijn loopt tot ${date}: ${d.rule}.`;
    });
}

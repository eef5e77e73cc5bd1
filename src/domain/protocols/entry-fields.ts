import type { EntryType, Procedure, WarningEntry } from '../dossier/types.ts';
import type { Regime } from './types.ts';

// Which of an entry's optional fields a regime asks about, read off its requirements, so a form
// asks only what the case's own protocol asks (review finding 23): the GP's part in judging the
// client's dependence is VGZ's ('Hierbij is de huisarts gesprekspartner', seed 002, Bij gewichtige
// redenen), not Groningen's or Bijlage 6's.

/** Whether some object in the value is a match of this entry type whose `where` tests this field. */
function tests(value: unknown, type: EntryType, field: string): boolean {
  if (Array.isArray(value)) return value.some((v) => tests(v, type, field));
  if (typeof value !== 'object' || value === null) return false;
  const o = value as { type?: unknown; where?: unknown };
  if (o.type === type && typeof o.where === 'object' && o.where !== null && field in o.where) return true;
  return Object.values(value).some((v) => tests(v, type, field));
}

/** Whether a requirement of the regime asks this field of this entry type. */
export function regimeAsks(regime: Regime, type: EntryType, field: string): boolean {
  return regime.requirements.some((rule) => tests(rule.check, type, field) || (rule.when !== undefined && tests(rule.when.condition, type, field)));
}

type Consequence = WarningEntry['consequence'];
const CONSEQUENCE_OF: Partial<Record<Procedure, Consequence>> = {
  opschorting: 'suspension',
  beeindiging: 'termination',
  'beeindiging-onmiddellijk': 'termination',
};

/** The consequences a warning can name under the regime: those of its own procedures, and none. */
export function warningConsequences(regime: Regime): Consequence[] {
  const own = new Set(regime.procedures.map((p) => CONSEQUENCE_OF[p]));
  return (['suspension', 'termination', 'none'] as const).filter((c) => c === 'none' || own.has(c));
}

/** What a warning on a case of this procedure names by default: the step the case is about. */
export function defaultConsequence(procedure: Procedure): Consequence | undefined {
  return CONSEQUENCE_OF[procedure];
}

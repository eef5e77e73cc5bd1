import type { RegimeId } from '../dossier/types.ts';
import { regimes } from '../protocols/registry.ts';
import type { DeadlineRule } from '../protocols/types.ts';

// The "type" of a deadline in the overview is the protocol rule it comes from. The rows in
// case_deadlines carry the rule id, plus `-<entry id>` when each entry starts its own term (each
// invoice its own payment term), so a row's type is the rule whose id it equals or extends.

export interface DeadlineType {
  id: string;
  regime: RegimeId;
  /** Dutch, from the regime: 'Besluit VGZ over de zorgbeëindiging'. */
  label: string;
  /** The funder owes this decision (it is met by the funder's decision): what a funder's overview shows. */
  funderDecision: boolean;
  /** A waiting term (notice, retention) met by time passing, or one the client keeps: nobody at the provider or funder needs reminding of it. */
  waitingTerm: boolean;
  /** Where the rule's clause stands in its source ('Bijlage 6, art. 6.4'); the rows keep only seed and quote. */
  place?: string;
}

function typeOf(regime: RegimeId, rule: DeadlineRule): DeadlineType {
  const by = rule.satisfiedBy;
  return {
    id: rule.id,
    regime,
    label: rule.label,
    funderDecision: by?.kind === 'entry' && by.match.type === 'funder-decision',
    waitingTerm: by?.kind === 'elapse' || rule.keptByClient === true,
    ...(rule.source.place !== undefined ? { place: rule.source.place } : {}),
  };
}

export const DEADLINE_TYPES: readonly DeadlineType[] = regimes.flatMap((r) => r.deadlines.map((d) => typeOf(r.id, d)));

const byId = new Map(DEADLINE_TYPES.map((t) => [t.id, t]));

/** The type of a stored deadline row (`deadline_id` is the rule id, or the rule id + `-<entry id>`). */
export function deadlineTypeOf(deadlineId: string): DeadlineType | undefined {
  return byId.get(deadlineId) ?? DEADLINE_TYPES.find((t) => deadlineId.startsWith(`${t.id}-`));
}

export const FUNDER_DECISION_TYPES: readonly string[] = DEADLINE_TYPES.filter((t) => t.funderDecision).map((t) => t.id);
export const WAITING_TERM_TYPES: readonly string[] = DEADLINE_TYPES.filter((t) => t.waitingTerm).map((t) => t.id);

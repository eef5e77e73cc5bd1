// The assessment of a case against its regime's protocol: every requirement with its status and
// clause, whether the case may go to the funder, the next steps, and every deadline. Pure and
// deterministic: the answer depends on the document and asOf only, never on the clock.

import { isValidIsoDate } from '../calendar/dates.ts';
import { effectiveEntries } from '../dossier/corrections.ts';
import type { DossierDocument, IsoDate } from '../dossier/types.ts';
import { InvalidInputError } from '../errors.ts';
import { findRegime, regimes } from '../protocols/registry.ts';
import type { AdviceRule, Regime } from '../protocols/types.ts';
import { createContext, evaluateCondition, type AssessmentContext } from './context.ts';
import { computeDeadlines } from './deadlines.ts';
import { evaluateRequirement } from './requirements.ts';
import type { Assessment, NextStep, RequirementStatus } from './types.ts';

export type { Assessment } from './types.ts';

/** The document names a regime Zorgvuldig does not know, or a procedure its regime does not offer. */
export class UnsupportedProcedureError extends InvalidInputError {
  readonly field: 'regime' | 'procedure';

  constructor(field: 'regime' | 'procedure', message: string) {
    super([{ path: `$.${field}`, message }]);
    this.name = 'UnsupportedProcedureError';
    this.field = field;
  }
}

function adviceApplies(
  ctx: AssessmentContext,
  advice: AdviceRule,
  canSubmit: boolean,
  statusOf: ReadonlyMap<string, RequirementStatus>,
): boolean {
  const trigger = advice.trigger;
  switch (trigger.kind) {
    case 'requirement-missing':
      return statusOf.get(trigger.requirement) === 'missing';
    case 'ready':
      return canSubmit && (trigger.unless === undefined || ctx.index.select(trigger.unless).length === 0);
    case 'condition':
      return evaluateCondition(ctx, trigger.condition);
  }
}

export function assess(doc: DossierDocument, asOf: IsoDate): Assessment {
  const regime = findRegime(doc.regime);
  if (regime === undefined) {
    throw new UnsupportedProcedureError(
      'regime',
      `onbekend regime "${doc.regime}"; bekend zijn: ${regimes.map((r) => r.id).join(', ')}`,
    );
  }
  return assessAgainst(regime, doc, asOf);
}

/** The assessment against a given regime definition: what `assess` does once it has the regime. */
export function assessAgainst(regime: Regime, doc: DossierDocument, asOf: IsoDate): Assessment {
  if (!isValidIsoDate(asOf)) {
    throw new InvalidInputError([{ path: 'asOf', message: 'geen geldige datum; gebruik JJJJ-MM-DD met een bestaande dag' }]);
  }
  if (!regime.procedures.includes(doc.procedure)) {
    throw new UnsupportedProcedureError(
      'procedure',
      `${regime.name} biedt de procedure "${doc.procedure}" niet aan; wel: ${regime.procedures.join(', ')}`,
    );
  }

  const ctx = createContext(doc, effectiveEntries(doc.entries), regime, asOf);
  const deadlines = computeDeadlines(ctx);
  const rules = regime.requirements.filter((r) => r.procedures.includes(doc.procedure));
  const requirements = rules.map((rule) => evaluateRequirement(ctx, rule, deadlines));

  const blockingPhases = new Set(regime.phases.filter((p) => p.blocking).map((p) => p.id));
  const blockers = rules
    .filter((rule, i) => blockingPhases.has(rule.phase) && rule.level !== 'advised' && requirements[i]?.status === 'missing')
    .map((rule) => rule.id);
  const canSubmit = blockers.length === 0;

  const statusOf = new Map(requirements.map((r) => [r.id, r.status]));
  const nextSteps: NextStep[] = [
    ...requirements.filter((r) => r.status === 'missing').map((r) => ({ text: r.text, requirement: r.id })),
    ...regime.advice
      .filter((a) => a.procedures.includes(doc.procedure) && adviceApplies(ctx, a, canSubmit, statusOf))
      .map((a) => ({
        text: a.text,
        requirement: a.trigger.kind === 'requirement-missing' ? a.trigger.requirement : null,
      })),
  ];

  return {
    regime: regime.id,
    procedure: doc.procedure,
    asOf,
    canSubmit,
    blockers,
    requirements,
    nextSteps,
    deadlines: deadlines.map((d) => d.result),
  };
}

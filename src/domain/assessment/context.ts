// Everything a rule of a regime may look at while one dossier is assessed, computed once.

import type { DossierDocument, Entry, IncidentEntry, IsoDate, Procedure } from '../dossier/types.ts';
import type { Condition, EntryMatch, GroundDefinition, Regime } from '../protocols/types.ts';
import { DossierIndex } from './dossier-index.ts';

export const INCIDENTS: EntryMatch = { type: 'incident' };

export interface ShownGround {
  definition: GroundDefinition;
  /** The incidents that show it, in date order; empty when the dossier does not show it. */
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
}

export function createContext(
  doc: DossierDocument,
  entries: readonly Entry[],
  regime: Regime,
  asOf: IsoDate,
): AssessmentContext {
  const index = new DossierIndex(entries);
  const incidents = index.select(INCIDENTS) as readonly IncidentEntry[];
  const grounds = regime.grounds
    .filter((g) => g.procedures.includes(doc.procedure))
    .map((definition) => ({
      definition,
      incidents: incidents.filter(
        (e) => definition.codes.includes(e.ground) && (definition.by === undefined || definition.by.includes(e.by)),
      ),
    }));
  return { doc, asOf, regime, procedure: doc.procedure, index, grounds };
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
  }
}

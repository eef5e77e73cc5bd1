// What the provider may do only after the funder accepted (issue 11, point 7): the final notice to
// the client and the 307. A regime and procedure without a funder's decision (ONL's own notice)
// need none. Judged on the dossier itself, so an imported dossier and one submitted here obey the
// same rule.

import { currentEntries } from '../dossier/corrections.ts';
import type { DossierDocument } from '../dossier/types.ts';
import { ConflictError } from '../errors.ts';
import { findRegime } from '../protocols/registry.ts';
import { decisionRule } from './term.ts';

export type FollowUpStep = 'final-notice' | 'stop-message';

const STEP_NAMES: Record<FollowUpStep, string> = {
  'final-notice': 'de definitieve opzegging aan de cliënt',
  'stop-message': 'het 307-bericht',
};

/** Whether the dossier holds the funder's acceptance; true when no funder decides on this procedure. */
export function acceptedByFunder(doc: DossierDocument): boolean {
  const regime = findRegime(doc.regime);
  if (regime === undefined || decisionRule(regime, doc.procedure) === undefined) return true;
  const decisions = currentEntries(doc.entries).filter((e) => e.type === 'funder-decision');
  const last = decisions.at(-1);
  return last !== undefined && last.outcome !== 'rejected';
}

/** Refuses the step before the funder accepted: a rejection keeps the case open and care continues. */
export function requireAcceptance(doc: DossierDocument, step: FollowUpStep, path = '$'): void {
  if (acceptedByFunder(doc)) return;
  throw new ConflictError([
    { path, message: `${STEP_NAMES[step]} kan pas na een akkoord van de financier; zonder akkoord (of na een afwijzing) loopt de zorg door` },
  ]);
}

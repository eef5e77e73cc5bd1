// Whether the provider may submit a (new) request to the funder on a case (issue 11 point 1,
// decision records 0013 and 0024). One rule for the command and the case page, so the page never
// offers a form the command refuses. Judged on the case's requests and on the dossier itself, so an
// imported dossier that already holds a decision obeys it too.

import { currentEntries } from '../dossier/corrections.ts';
import { caseStatus } from '../dossier/status.ts';
import type { DossierDocument } from '../dossier/types.ts';
import { findRegime } from '../protocols/registry.ts';
import { isPending, type DecisionOutcome, type RequestState } from './states.ts';
import { decisionRule } from './term.ts';

/** What of a case's earlier requests matters here. */
export interface EarlierRequest {
  state: RequestState;
  decision: DecisionOutcome | null;
}

/**
 * Why no request can be submitted now (a Dutch sentence), or undefined when it can. After a
 * rejection or a withdrawal a new request stays possible: 000 step 5A, 001 §6.4 and 002 'De
 * zorgverzekeraar' leave the case open and the care continuing after a refusal, so the provider may
 * come back with a changed situation; a withdrawn request was never decided on at all.
 */
export function submitRefusal(doc: DossierDocument, requests: readonly EarlierRequest[]): string | undefined {
  const regime = findRegime(doc.regime);
  // 004 (ONL-voorwaarden, 1. Wijziging en einde) lets the provider end the agreement itself: no
  // funder decides, so there is nothing to ask.
  if (regime === undefined || decisionRule(regime, doc.procedure) === undefined) {
    return 'Voor deze procedure vraagt het protocol geen besluit van een financier, dus er is geen verzoek nodig.';
  }
  if (caseStatus(doc.entries) === 'afgerond') {
    return 'De casus is afgerond (het 307-bericht is verstuurd of de zorg is overgedragen): er kan geen verzoek meer worden ingediend.';
  }
  if (requests.some((r) => isPending(r.state))) return 'Er loopt al een verzoek voor deze casus waarop nog niet is besloten.';
  // 001 §6.4 and 002 'De zorgaanbieder': the provider objects to the decision within 6 weeks; the
  // funder decides on the objection, and until then the first request is not finished.
  if (requests.some((r) => r.state === 'objection')) {
    return 'Er loopt een bezwaar tegen het besluit op het vorige verzoek: wacht het besluit op het bezwaar af.';
  }
  // The last decision counts (a decision on an objection follows the first one in the dossier).
  const lastDecision = currentEntries(doc.entries).filter((e) => e.type === 'funder-decision').at(-1);
  if (lastDecision !== undefined && lastDecision.outcome !== 'rejected') {
    return 'De financier is al akkoord gegaan: er is geen nieuw verzoek nodig. Ga verder met de stappen na het akkoord.';
  }
  return undefined;
}

// Building blocks of the funders' duties on a request (decision record 0013). Each regime lists its
// own with its own clauses; what they share (the Awb 4:15 model of suspension, the shape of a
// hearing or a decision-term duty) is written once here.

import type { Procedure } from '../dossier/types.ts';
import type { FunderDuty, FunderProtocol, SourceRef } from './types.ts';

/**
 * An open question to the provider stops the decision term. No seed says so; the Awb's rule for an
 * incomplete application is the model, and each regime may switch it off.
 */
export const AWB_4_15_SUSPENSION: FunderProtocol['suspension'] = {
  onQuestion: true,
  basis:
    'Naar het voorbeeld van Awb art. 4:15: de beslistermijn wordt opgeschort vanaf de dag na die waarop de financier om aanvullende informatie vraagt, tot de dag waarop het antwoord binnenkomt.',
};

export function hearingDuty(id: string, procedures: readonly Procedure[], source: SourceRef): FunderDuty {
  return {
    id,
    procedures,
    title: 'Wederhoor met de cliënt',
    check: { kind: 'hearing' },
    texts: {
      met: 'Wederhoor met de cliënt of de vertegenwoordiger is vastgelegd.',
      missing: 'Neem contact op met de cliënt of de wettelijk vertegenwoordiger voor wederhoor en leg vast met wie, wanneer en wat er gezegd is.',
    },
    source,
  };
}

export function termDuty(id: string, procedures: readonly Procedure[], source: SourceRef): FunderDuty {
  return {
    id,
    procedures,
    title: 'Besluit binnen de termijn',
    check: { kind: 'decision-in-term' },
    texts: {
      met: 'Het besluit valt binnen de beslistermijn.',
      missing: 'De beslistermijn is voorbij: leg vast waarom het besluit later komt.',
    },
    source,
  };
}

export function reasonsDuty(id: string, procedures: readonly Procedure[], source: SourceRef): FunderDuty {
  return {
    id,
    procedures,
    title: 'Schriftelijk besluit met redenen',
    check: { kind: 'decision-reasons' },
    texts: {
      met: 'Het besluit geeft de redenen (en bij voorwaarden: de voorwaarden).',
      missing: 'Schrijf de redenen van het besluit op; bij een akkoord met voorwaarden ook de voorwaarden.',
    },
    source,
  };
}

export function continuityDuty(id: string, procedures: readonly Procedure[], source: SourceRef): FunderDuty {
  return {
    id,
    procedures,
    outcomes: ['accepted', 'accepted-with-conditions'],
    title: 'Continuïteit van zorg',
    check: { kind: 'continuity' },
    texts: {
      met: 'Het akkoord legt vast hoe de zorg doorgaat: de volgende aanbieder, of waarom die niet nodig of niet mogelijk is.',
      missing: 'Leg bij een akkoord vast wie de zorg overneemt, of waarom dat niet nodig of niet mogelijk is.',
    },
    source,
  };
}

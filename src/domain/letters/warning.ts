// The written warning: the behaviour, the change that is required, and what follows if it does
// not come (suspension or termination). Required in every regime that warns before it ends care.

import { formatDutchDate } from '../calendar/dates.ts';
import type { ValidationIssue } from '../errors.ts';
import { complaintRoute, letter, list, oneOf, paragraph, text, whoseCare, type Params } from './common.ts';
import type { LetterOffer } from './catalogue.ts';
import type { Letter, LetterInput } from './types.ts';

export const WARNING_CONSEQUENCES = ['suspension', 'termination'] as const;
export type WarningConsequence = (typeof WARNING_CONSEQUENCES)[number];

export interface WarningParams {
  behaviour: string;
  requiredChange: string;
  consequence: WarningConsequence;
}

export function warningParams(params: Params, issues: ValidationIssue[]): WarningParams {
  return {
    behaviour: text(params, 'behaviour', issues),
    requiredChange: text(params, 'requiredChange', issues),
    consequence: oneOf(params, 'consequence', WARNING_CONSEQUENCES, issues),
  };
}

const CONSEQUENCE_TEXT: Record<WarningConsequence, string> = {
  suspension: 'schorten wij de zorg die niet noodzakelijk is tijdelijk op',
  termination: 'zien wij ons genoodzaakt de zorg te beëindigen',
};

export function warningLetter(input: LetterInput, offer: LetterOffer, p: WarningParams): Letter {
  return letter(input, 'warning', offer.source, 'Schriftelijke waarschuwing', [
    paragraph(
      `Met deze brief waarschuwen wij u schriftelijk. Wij willen ${whoseCare(input.doc)} goed en veilig kunnen blijven geven, ` +
        'maar dat lukt alleen als het volgende verandert.',
    ),
    paragraph('Wat er is gebeurd:'),
    list([p.behaviour]),
    paragraph('Wat wij van u vragen:'),
    list([p.requiredChange]),
    paragraph(
      `Verandert dit niet, dan ${CONSEQUENCE_TEXT[p.consequence]}. ` +
        `Deze waarschuwing van ${formatDutchDate(input.date)} nemen wij op in het dossier.`,
    ),
    complaintRoute(input),
  ]);
}

// The written warning: what happened (the incidents in the dossier), the change that is required
// and by when, and what follows if it does not come: a suspension, or a request to the funder to
// end the care where the funder decides. Required in every regime that warns before it ends care.

import { formatDutchDate } from '../calendar/dates.ts';
import type { IncidentEntry, IsoDate, WarningEntry } from '../dossier/types.ts';
import type { ValidationIssue } from '../errors.ts';
import { FUNDERS, type LetterOffer } from './catalogue.ts';
import {
  capitalised,
  complaintRoute,
  current,
  date,
  incidentLine,
  letter,
  list,
  oneOf,
  paragraph,
  statedIncidents,
  text,
  unsupported,
  whoseCare,
  type Params,
} from './common.ts';
import type { Letter, LetterInput } from './types.ts';

const WARNING_CONSEQUENCES = ['suspension', 'termination'] as const;
export type WarningConsequence = (typeof WARNING_CONSEQUENCES)[number];

export interface WarningParams {
  incidents: IncidentEntry[];
  requiredChange: string;
  /** The date by which the change must be seen: the term to improve. */
  improveBy: IsoDate;
  consequence: WarningConsequence;
}

/** Without named incidents, a warning is about what happened since the previous warning. */
export function warningParams(input: LetterInput, params: Params, issues: ValidationIssue[]): WarningParams {
  const previous = current(input.doc)
    .filter((e): e is WarningEntry => e.type === 'warning' && e.date < input.date)
    .at(-1);
  const p = {
    incidents: statedIncidents(input, params, issues, previous?.date),
    requiredChange: text(params, 'requiredChange', issues),
    improveBy: date(params, 'improveBy', issues),
    consequence: oneOf(params, 'consequence', WARNING_CONSEQUENCES, issues),
  };
  if (p.improveBy !== '' && p.improveBy <= input.date) {
    issues.push({ path: '$.params.improveBy', message: 'moet na de datum van de brief liggen: de cliënt krijgt tijd om te verbeteren' });
  }
  return p;
}

function consequence(input: LetterInput, p: WarningParams): string {
  if (p.consequence === 'suspension') return 'schorten wij de zorg die niet noodzakelijk is tijdelijk op';
  const funder = FUNDERS[input.doc.regime];
  return funder.decides
    ? `vragen wij ${funder.name} in te stemmen met het beëindigen van ${whoseCare(input.doc)}. ${capitalised(funder.name)} beslist daarover`
    : `zeggen wij de zorgovereenkomst op`;
}

export function warningLetter(input: LetterInput, offer: LetterOffer, p: WarningParams): Letter {
  if (p.incidents.length === 0) {
    unsupported('het dossier bevat geen incident sinds de vorige waarschuwing; leg eerst vast wat er gebeurde, of noem de incidenten in params.incidents');
  }
  return letter(
    input,
    'warning',
    offer.source,
    'Schriftelijke waarschuwing',
    [
      paragraph(
        `Met deze brief waarschuwen wij u schriftelijk. Wij willen ${whoseCare(input.doc)} goed en veilig kunnen blijven geven, ` +
          'maar dat lukt alleen als het volgende verandert.',
      ),
      paragraph('Wat er is gebeurd:'),
      list(p.incidents.map(incidentLine)),
      paragraph('Wat wij van u vragen:'),
      list([p.requiredChange]),
      paragraph(`Wij verwachten deze verandering uiterlijk op ${formatDutchDate(p.improveBy)}.`),
      paragraph(
        `Verandert dit niet, dan ${consequence(input, p)}. ` +
          `Deze waarschuwing van ${formatDutchDate(input.date)} nemen wij op in het dossier.`,
      ),
      complaintRoute(input),
    ],
    p.incidents,
  );
}

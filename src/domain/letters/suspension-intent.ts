// VGZ: the notice of an intended suspension of the care that is not necessary, for a clearly
// stated period agreed with the GP, with the background, the change required and the complaint
// route. The period, the care suspended and the GP's agreement are the dossier's suspension period;
// a period the GP did not agree to cannot be announced as agreed, so there is then no letter.

import { formatDutchDate } from '../calendar/dates.ts';
import type { SuspensionPeriodEntry } from '../dossier/types.ts';
import type { ValidationIssue } from '../errors.ts';
import type { LetterOffer } from './catalogue.ts';
import {
  complaintRoute,
  current,
  incidentLine,
  letter,
  list,
  paragraph,
  statedIncidents,
  text,
  unsupported,
  whoseCare,
  type Params,
} from './common.ts';
import type { Letter, LetterInput } from './types.ts';

export interface SuspensionParams {
  incidents: ReturnType<typeof statedIncidents>;
  requiredChange: string;
}

export function suspensionParams(input: LetterInput, params: Params, issues: ValidationIssue[]): SuspensionParams {
  return { incidents: statedIncidents(input, params, issues), requiredChange: text(params, 'requiredChange', issues) };
}

export function suspensionIntentLetter(input: LetterInput, offer: LetterOffer, p: SuspensionParams): Letter {
  const period = current(input.doc)
    .filter((e): e is SuspensionPeriodEntry => e.type === 'suspension-period')
    .at(-1);
  if (period === undefined) {
    unsupported('het dossier bevat nog geen opschortingsperiode; leg eerst vast welke zorg u opschort, van wanneer tot wanneer, afgestemd met de huisarts');
  }
  if (!period.agreedWithGp) {
    unsupported('de opschortingsperiode in het dossier is niet met de huisarts afgestemd; de brief kan dat dus niet zeggen. Stem de periode eerst af met de huisarts en leg dat vast');
  }
  if (p.incidents.length === 0) unsupported('het dossier bevat geen incident dat tot de opschorting leidde; leg eerst vast wat er gebeurde');
  return letter(
    input,
    'suspension-intent',
    offer.source,
    'Wij willen een deel van de zorg tijdelijk stoppen',
    [
      paragraph(`Wij zijn van plan een deel van ${whoseCare(input.doc)} tijdelijk op te schorten. Hieronder leest u waarom.`),
      paragraph('Dit is er gebeurd:'),
      list(p.incidents.map(incidentLine)),
      paragraph(
        `Wij schorten alleen zorg op die niet noodzakelijk is: ${period.scope}. Dat doen wij van ${formatDutchDate(period.start)} ` +
          `tot en met ${formatDutchDate(period.end)}. Deze periode hebben wij afgestemd met de huisarts. Zorg die u echt nodig heeft, loopt door.`,
      ),
      paragraph('Wat er moet veranderen zodat de volledige zorg kan doorgaan:'),
      list([p.requiredChange]),
      paragraph('Een week voordat de opschorting eindigt, nemen wij contact met u op. Dan bespreken wij of alle zorg weer kan beginnen.'),
      complaintRoute(input),
    ],
    [period, ...p.incidents],
  );
}

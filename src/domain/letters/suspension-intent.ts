// VGZ: the notice of an intended suspension of the care that is not necessary, for a clearly
// stated period agreed with the GP, with the background, the change required and the complaint route.

import { compareDates, formatDutchDate } from '../calendar/dates.ts';
import type { IsoDate } from '../dossier/types.ts';
import type { ValidationIssue } from '../errors.ts';
import { complaintRoute, date, letter, list, paragraph, text, whoseCare, type Params } from './common.ts';
import type { LetterOffer } from './catalogue.ts';
import type { Letter, LetterInput } from './types.ts';

export interface SuspensionParams {
  start: IsoDate;
  end: IsoDate;
  scope: string;
  reasons: string;
  requiredChange: string;
}

export function suspensionParams(params: Params, issues: ValidationIssue[]): SuspensionParams {
  const p = {
    start: date(params, 'start', issues),
    end: date(params, 'end', issues),
    scope: text(params, 'scope', issues),
    reasons: text(params, 'reasons', issues),
    requiredChange: text(params, 'requiredChange', issues),
  };
  if (p.start !== '' && p.end !== '' && compareDates(p.end, p.start) < 0) {
    issues.push({ path: '$.params.end', message: 'het einde van de opschorting ligt vóór het begin' });
  }
  return p;
}

export function suspensionIntentLetter(input: LetterInput, offer: LetterOffer, p: SuspensionParams): Letter {
  return letter(input, 'suspension-intent', offer.source, 'Voornemen tot opschorting van zorg', [
    paragraph(`Wij zijn van plan een deel van ${whoseCare(input.doc)} tijdelijk op te schorten. Hieronder leest u waarom.`),
    paragraph('Wat heeft hiertoe geleid:'),
    list([p.reasons]),
    paragraph(
      `Wij schorten alleen zorg op die niet noodzakelijk is: ${p.scope}. Dat doen wij van ${formatDutchDate(p.start)} ` +
        `tot en met ${formatDutchDate(p.end)}. Deze periode hebben wij afgestemd met uw huisarts. Zorg die u echt nodig heeft, loopt door.`,
    ),
    paragraph('Wat er moet veranderen zodat de volledige zorg kan doorgaan:'),
    list([p.requiredChange]),
    paragraph('Een week voordat de opschorting eindigt, nemen wij contact met u op om te bespreken of de volledige zorg weer kan worden hervat.'),
    complaintRoute(input),
  ]);
}

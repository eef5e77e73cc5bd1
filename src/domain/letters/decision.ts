// The notice of the funder's decision on the request: accepted (with or without conditions) or
// rejected, with the funder's reasons; after an acceptance the provider stays responsible until
// another provider takes over.

import { formatDutchDate } from '../calendar/dates.ts';
import type { DossierDocument, FunderDecisionEntry } from '../dossier/types.ts';
import { InvalidInputError } from '../errors.ts';
import type { LetterOffer } from './catalogue.ts';
import { FUNDERS } from './catalogue.ts';
import { complaintRoute, current, letter, list, paragraph, whoseCare } from './common.ts';
import type { Letter, LetterInput } from './types.ts';

/** The funder's latest decision, or InvalidInputError: a letter about it needs one. */
export function latestDecision(doc: DossierDocument): FunderDecisionEntry {
  const decision = current(doc).filter((e): e is FunderDecisionEntry => e.type === 'funder-decision').at(-1);
  if (decision === undefined) {
    throw new InvalidInputError([{ path: '$.kind', message: 'er is nog geen besluit van de financier vastgelegd' }]);
  }
  return decision;
}

export function decisionLetter(input: LetterInput, offer: LetterOffer): Letter {
  const decision = latestDecision(input.doc);
  const funder = FUNDERS[input.doc.regime].name;
  const on = formatDutchDate(decision.date);
  const end = input.doc.procedure === 'weigering' ? 'te weigeren' : 'te beëindigen';
  const opening =
    decision.outcome === 'rejected'
      ? `${funder} heeft op ${on} besloten ons verzoek om ${whoseCare(input.doc)} ${end} niet te accepteren. De zorg gaat door.`
      : `${funder} heeft op ${on} ons verzoek om ${whoseCare(input.doc)} ${end} geaccepteerd${decision.outcome === 'accepted-with-conditions' ? ', onder voorwaarden' : ''}.`;
  return letter(input, 'decision', offer.source, `Besluit van ${funder} over ons verzoek`, [
    paragraph(`${opening.charAt(0).toUpperCase()}${opening.slice(1)}`),
    paragraph('De reden die is gegeven:'),
    list([decision.reasons]),
    ...(decision.outcome === 'rejected'
      ? [paragraph('Wij gaan met u en de betrokken partijen in gesprek over hoe wij de zorg verder goed kunnen geven.')]
      : [
          paragraph(
            (decision.endDate !== undefined ? `De zorg eindigt niet eerder dan ${formatDutchDate(decision.endDate)}. ` : '') +
              'U ontvangt van ons een aparte brief met de opzegging en de precieze einddatum. Wij blijven verantwoordelijk ' +
              'voor de zorg totdat een andere aanbieder die kan overnemen, en wij helpen mee om die te vinden.',
          ),
        ]),
    complaintRoute(input),
  ]);
}

// The notice of the funder's decision on the request, with the funder's reasons, and what follows
// as the regime says it: after an accepted termination a separate notice that ends the care, with
// the provider responsible until another takes over; after an accepted refusal nothing ends,
// because care never started; after a rejection the care goes on, or starts.

import { formatDutchDate } from '../calendar/dates.ts';
import type { DossierDocument, FunderDecisionEntry } from '../dossier/types.ts';
import type { LetterOffer } from './catalogue.ts';
import { FUNDERS } from './catalogue.ts';
import { capitalised, complaintRoute, current, letter, list, paragraph, unsupported, whoseCare } from './common.ts';
import type { Letter, LetterBlock, LetterInput } from './types.ts';

/** The funder's latest decision, or InvalidInputError: a letter about it needs one. */
export function latestDecision(doc: DossierDocument): FunderDecisionEntry {
  const decision = current(doc).filter((e): e is FunderDecisionEntry => e.type === 'funder-decision').at(-1);
  if (decision === undefined) unsupported('er is nog geen besluit van de financier vastgelegd');
  return decision;
}

function whatFollows(input: LetterInput, decision: FunderDecisionEntry): LetterBlock[] {
  const { doc } = input;
  const funder = FUNDERS[doc.regime];
  const refusal = doc.procedure === 'weigering';
  if (decision.outcome === 'rejected') {
    return [
      paragraph(
        refusal
          ? 'Dat betekent dat wij de zorg die aan ons is toegewezen, gaan leveren. Wij nemen contact met u op om de start af te spreken.'
          : 'Wij gaan met u en de betrokken partijen in gesprek over hoe wij de zorg verder goed kunnen geven.',
      ),
    ];
  }
  if (refusal) {
    return [
      paragraph(
        'Omdat de zorg bij ons nog niet was begonnen, volgt er geen opzegging en geen einddatum. Uw zorgvraag blijft bestaan: ' +
          `${funder.name} en wij zoeken samen naar een passende oplossing, zoals een andere aanbieder. Met vragen over uw toewijzing kunt u terecht bij ${funder.name}.`,
      ),
    ];
  }
  const immediate = doc.procedure === 'beeindiging-onmiddellijk';
  return [
    paragraph(
      (decision.endDate !== undefined ? `De zorg eindigt niet eerder dan ${formatDutchDate(decision.endDate)}. ` : '') +
        (immediate
          ? 'U ontvangt van ons een aparte brief waarmee wij de zorg beëindigen.'
          : 'U ontvangt van ons een aparte brief met de opzegging en de precieze einddatum.') +
        (funder.responsibility !== null ? ` ${funder.responsibility}` : ''),
    ),
  ];
}

export function decisionLetter(input: LetterInput, offer: LetterOffer): Letter {
  const decision = latestDecision(input.doc);
  const funder = FUNDERS[input.doc.regime].name;
  const on = formatDutchDate(decision.date);
  const end = input.doc.procedure === 'weigering' ? 'te weigeren' : 'te beëindigen';
  const opening =
    decision.outcome === 'rejected'
      ? `${funder} heeft op ${on} besloten ons verzoek om ${whoseCare(input.doc)} ${end} niet te accepteren.${input.doc.procedure === 'weigering' ? '' : ' De zorg gaat door.'}`
      : `${funder} heeft op ${on} ons verzoek om ${whoseCare(input.doc)} ${end} geaccepteerd${decision.outcome === 'accepted-with-conditions' ? ', onder voorwaarden' : ''}.`;
  return letter(
    input,
    'decision',
    offer.source,
    `Besluit van ${funder} over ons verzoek`,
    [paragraph(capitalised(opening)), paragraph('De reden die is gegeven:'), list([decision.reasons]), ...whatFollows(input, decision), complaintRoute(input)],
    [decision],
  );
}

// The notice that the funder is informed of the intended termination: in Groningen before the
// municipality is told; for VGZ with the news that the dossier goes with the melding and that the
// client may have a copy of it.

import type { LetterOffer } from './catalogue.ts';
import { FUNDERS } from './catalogue.ts';
import { complaintRoute, letter, paragraph, whoseCare } from './common.ts';
import type { Letter, LetterInput } from './types.ts';

export function funderNotifiedLetter(input: LetterInput, offer: LetterOffer): Letter {
  const funder = FUNDERS[input.doc.regime].name;
  const vgz = input.doc.regime === 'vgz-wijkverpleging';
  return letter(input, 'funder-notified', offer.source, `Wij informeren ${funder} over ons verzoek om de zorg te beëindigen`, [
    paragraph(
      vgz
        ? `Wij laten u weten dat wij de voorgenomen beëindiging van ${whoseCare(input.doc)} melden bij VGZ. Bij die melding voegen wij het zorgbeëindigingsdossier.`
        : `Wij laten u weten dat wij ${funder} op de hoogte gaan brengen van ons verzoek om ${whoseCare(input.doc)} te beëindigen. ` +
            'U hoort dit van ons voordat wij de gemeente inlichten. Dat doen wij met het formulier zorg beëindiging, ' +
            'met onze motivatie en de stappen die wij hebben gezet.',
    ),
    ...(vgz ? [paragraph('U kunt bij ons een kopie van het zorgbeëindigingsdossier opvragen.')] : []),
    paragraph(
      `${funder.charAt(0).toUpperCase()}${funder.slice(1)} neemt contact met u op om ook uw kant te horen. ` +
        'Tot er een besluit is en een andere oplossing is gevonden, blijven wij verantwoordelijk voor de zorg.',
    ),
    complaintRoute(input),
  ]);
}

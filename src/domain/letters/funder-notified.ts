// The notice that the funder is informed of the intended termination: in Groningen before the
// municipality is told; for VGZ with the news that the dossier goes with the melding and that the
// client may have a copy of it. What the funder then does is said only as its regime says it:
// VGZ hears the client, Groningen's municipality judges on the documents.

import type { LetterOffer } from './catalogue.ts';
import { FUNDERS } from './catalogue.ts';
import { capitalised, complaintRoute, letter, paragraph, whoseCare } from './common.ts';
import type { Letter, LetterInput } from './types.ts';

export function funderNotifiedLetter(input: LetterInput, offer: LetterOffer): Letter {
  const funder = FUNDERS[input.doc.regime];
  const vgz = input.doc.regime === 'vgz-wijkverpleging';
  return letter(
    input,
    'funder-notified',
    offer.source,
    `Wij informeren ${funder.name} over ons verzoek om de zorg te beëindigen`,
    [
      paragraph(
        vgz
          ? `Wij zijn van plan ${whoseCare(input.doc)} te beëindigen. Dat gaan wij melden bij VGZ. Bij die melding sturen wij het dossier mee.`
          : `Wij gaan ${funder.name} op de hoogte brengen van ons verzoek. Wij vragen of wij ${whoseCare(input.doc)} mogen beëindigen. ` +
              'U hoort dit van ons voordat wij de gemeente inlichten. Dat doen wij met het formulier zorg beëindiging, ' +
              'met onze motivatie en de stappen die wij hebben gezet.',
      ),
      ...(vgz ? [paragraph('U kunt bij ons een kopie van dat dossier opvragen.')] : []),
      paragraph(
        (funder.hearsClient
          ? `${capitalised(funder.name)} neemt contact met u op om ook uw kant te horen.`
          : `${capitalised(funder.name)} beoordeelt ons verzoek op basis van de stukken en laat ons het besluit schriftelijk weten. Wij informeren u daarna schriftelijk over dat besluit.`) +
          (funder.responsibility !== null ? ` ${funder.responsibility}` : ''),
      ),
      complaintRoute(input),
    ],
    [],
  );
}

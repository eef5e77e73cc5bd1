// Which letters each regime asks for, with the clause that asks for it, as data: a letter is offered
// for a regime and procedure only where a seed requires it. Also what a letter may say of each
// regime's procedure: letters state only what the regime says will happen.

import type { Procedure, RegimeId } from '../dossier/types.ts';
import type { SourceRef } from '../protocols/types.ts';
import type { LetterKind } from './types.ts';

const GRONINGEN = '000_9fd4bb6161b1af7d.txt';
const BIJLAGE6 = '001_469056ec67e84ff0.txt';
const VGZ = '002_6f6ad639bdc26f3d.txt';
const ONL = '004_d9920a75818a7854.txt';

export interface LetterOffer {
  regime: RegimeId;
  procedures: readonly Procedure[];
  source: SourceRef;
}

export interface LetterDefinition {
  /** Dutch, for lists and error messages. */
  title: string;
  offers: readonly LetterOffer[];
}

export const LETTERS: Readonly<Record<LetterKind, LetterDefinition>> = {
  warning: {
    title: 'Schriftelijke waarschuwing',
    offers: [
      {
        regime: 'groningen-wmo',
        procedures: ['beeindiging'],
        source: {
          seed: GRONINGEN,
          place: 'Groningen, Zorgvuldigheidseisen',
          quote: 'De zorgaanbieder waarschuwt de cliënt dat als het gedrag niet verandert of plichten niet worden nagestreefd de zorg wordt beëindigd',
        },
      },
      {
        regime: 'gemeente-bijlage6',
        procedures: ['beeindiging'],
        source: {
          seed: BIJLAGE6,
          place: 'Bijlage 6, art. 6.4',
          quote:
            'de zorgverlener de cliënt tenminste eenmaal schriftelijk heeft gewaarschuwd dat stopzetting van de zorgverlening wordt ingezet als de ontstane situatie niet verandert',
        },
      },
      {
        regime: 'vgz-wijkverpleging',
        procedures: ['opschorting'],
        source: {
          seed: VGZ,
          place: 'VGZ-protocol, Procedure – Zorgopschorting',
          quote: 'Dat de zorgverlener de cliënt tenminste eenmaal schriftelijk heeft gewaarschuwd dat de zorgverlening zal worden opgeschort als de ontstane situatie niet verandert',
        },
      },
      {
        regime: 'vgz-wijkverpleging',
        procedures: ['beeindiging'],
        source: {
          seed: VGZ,
          place: 'VGZ-protocol, Procedure – Zorgbeëindiging',
          quote: 'Dat de zorgverlener de cliënt tenminste eenmaal schriftelijk heeft gewaarschuwd dat de zorgverlening zal worden beëindigd als de ontstane situatie niet verandert',
        },
      },
    ],
  },
  'suspension-intent': {
    title: 'Voornemen tot zorgopschorting',
    offers: [
      {
        regime: 'vgz-wijkverpleging',
        procedures: ['opschorting'],
        source: {
          seed: VGZ,
          place: 'VGZ-protocol, Procedure – Zorgopschorting',
          quote: 'De zorgaanbieder stelt de cliënt schriftelijk op de hoogte van de voorgenomen zorgopschorting, en licht toe welke achtergronden hiertoe geleid hebben',
        },
      },
    ],
  },
  'refusal-intent': {
    title: 'Voornemen tot zorgweigering',
    offers: [
      {
        regime: 'gemeente-bijlage6',
        procedures: ['weigering'],
        source: {
          seed: BIJLAGE6,
          place: 'Bijlage 6, art. 6.4',
          quote: 'Bij een voorgenomen weigering of stopzetting van zorg doet Opdrachtnemer schriftelijk en met redenen omkleed deze mededeling aan de cliënt',
        },
      },
    ],
  },
  'termination-intent': {
    title: 'Voornemen tot zorgbeëindiging',
    offers: [
      {
        regime: 'gemeente-bijlage6',
        procedures: ['beeindiging'],
        source: {
          seed: BIJLAGE6,
          place: 'Bijlage 6, art. 6.4',
          quote: 'Bij een voorgenomen weigering of stopzetting van zorg doet Opdrachtnemer schriftelijk en met redenen omkleed deze mededeling aan de cliënt',
        },
      },
      {
        regime: 'vgz-wijkverpleging',
        procedures: ['beeindiging'],
        source: {
          seed: VGZ,
          place: 'VGZ-protocol, Procedure – Zorgbeëindiging',
          quote:
            'Stelt de cliënt schriftelijk op de hoogte van de voorgenomen zorgbeëindiging. Zij geeft aan welke waarschuwingen voor gewenste veranderingen in tijd hebben plaatsgevonden',
        },
      },
    ],
  },
  'funder-notified': {
    title: 'Mededeling: de financier wordt ingelicht',
    offers: [
      {
        regime: 'groningen-wmo',
        procedures: ['beeindiging', 'beeindiging-onmiddellijk'],
        source: {
          seed: GRONINGEN,
          place: 'Groningen, stap 2',
          quote:
            'De zorgaanbieder informeert schriftelijk cliënt en/of wettelijk vertegenwoordiger dat de gemeente op de hoogte gebracht gaat worden van het verzoek tot de zorg beëindiging',
        },
      },
      {
        regime: 'vgz-wijkverpleging',
        procedures: ['beeindiging'],
        source: {
          seed: VGZ,
          place: 'VGZ-protocol, Procedure – Zorgbeëindiging',
          quote: 'Informeert de cliënt schriftelijk dat zij de voorgenomen zorgbeëindiging meldt bij VGZ en daarbij het zorgbeëindigingsdossier van de cliënt zal voegen',
        },
      },
    ],
  },
  decision: {
    title: 'Besluit van de financier',
    offers: [
      {
        regime: 'groningen-wmo',
        procedures: ['beeindiging', 'beeindiging-onmiddellijk'],
        source: {
          seed: GRONINGEN,
          place: 'Groningen, stap 6',
          quote: 'De zorgaanbieder informeert cliënt en/of wettelijk vertegenwoordiger schriftelijk over het besluit van de zorg beëindiging',
        },
      },
      {
        regime: 'gemeente-bijlage6',
        procedures: ['weigering', 'beeindiging'],
        source: { seed: BIJLAGE6, place: 'Bijlage 6, art. 6.4', quote: 'Opdrachtnemer brengt de cliënt op de hoogte van dit besluit' },
      },
      {
        regime: 'vgz-wijkverpleging',
        procedures: ['beeindiging'],
        source: { seed: VGZ, place: 'VGZ-protocol, Procedure – Zorgbeëindiging', quote: 'Brengt de cliënt op de hoogte van het besluit tot zorgbeëindiging van de zorgverzekeraar' },
      },
    ],
  },
  'final-notice': {
    title: 'Definitieve opzegging',
    offers: [
      {
        regime: 'groningen-wmo',
        procedures: ['beeindiging'],
        source: { seed: GRONINGEN, place: 'Groningen, Zorgvuldigheidseisen', quote: 'Een redelijke opzeggingstermijn moet worden gehanteerd' },
      },
      {
        regime: 'groningen-wmo',
        procedures: ['beeindiging-onmiddellijk'],
        source: {
          seed: GRONINGEN,
          place: 'Groningen, Beëindiging met onmiddellijke ingang',
          quote:
            'Het direct beëindigen van de zorgovereenkomst is alleen van toepassing als er sprake is van zeer dringende redenen waarin de veiligheid van medewerkers, medebewoners, omwonenden of client in het geding komt',
        },
      },
      {
        regime: 'gemeente-bijlage6',
        procedures: ['beeindiging'],
        source: {
          seed: BIJLAGE6,
          place: 'Bijlage 6, art. 6.4',
          quote:
            'De uiteindelijke beslissing over de wijze waarop en de condities waaronder stopzetting of weigering van zorg eventueel plaatsvindt, ligt bij Opdrachtgever',
        },
      },
      {
        regime: 'vgz-wijkverpleging',
        procedures: ['beeindiging'],
        source: {
          seed: VGZ,
          place: 'VGZ-protocol, Procedure – Zorgbeëindiging',
          quote: 'De definitieve zorgbeëindiging dient schriftelijke, via e-mail of brief, te geschieden met inachtneming van een redelijke opzegtermijn',
        },
      },
      {
        regime: 'onl-wmo',
        procedures: ['beeindiging'],
        source: { seed: ONL, place: 'ONL-voorwaarden §1 Wijziging en einde van de zorg- en dienstverleningsovereenkomst', quote: 'De zorgaanbieder neemt bij opzegging een termijn in acht van ten minste een week' },
      },
    ],
  },
  'consent-request': {
    title: 'Verzoek om toestemming voor overdracht van het dossier',
    offers: [
      {
        regime: 'groningen-wmo',
        procedures: ['beeindiging', 'beeindiging-onmiddellijk'],
        source: {
          seed: GRONINGEN,
          place: 'Groningen, Zorgvuldigheidseisen',
          quote: 'De zorgaanbieder verstrekt het cliëntdossier na toestemming van de cliënt aan de eventuele nieuwe zorgaanbieder',
        },
      },
      {
        regime: 'vgz-wijkverpleging',
        procedures: ['beeindiging'],
        source: {
          seed: VGZ,
          place: 'VGZ-protocol, Procedure – Zorgbeëindiging',
          quote: 'Geeft alleen met schriftelijke toestemming van de cliënt informatie over hem/haar aan een zorgaanbieder die de zorg overneemt',
        },
      },
      {
        regime: 'onl-wmo',
        procedures: ['beeindiging'],
        source: { seed: ONL, place: 'ONL-voorwaarden §5 Privacy', quote: 'als de cliënt toestemming heeft gegeven voor verstrekking van informatie' },
      },
    ],
  },
};

/** The offer of a letter for a regime and procedure, or undefined when no clause asks for it there. */
export function letterOffer(kind: LetterKind, regime: RegimeId, procedure: Procedure): LetterOffer | undefined {
  return LETTERS[kind].offers.find((o) => o.regime === regime && o.procedures.includes(procedure));
}

/** What letters may say of a regime's procedure, each from its seed. */
export interface FunderTerms {
  /** How a letter names the funder. */
  name: string;
  /** The funder decides on the termination (the ONL conditions have no funder step). */
  decides: boolean;
  /** The funder hears the client (wederhoor): 001 §6.4 and 002 say so; Groningen's 000 does not. */
  hearsClient: boolean;
  /** Consent to transfer the dossier must be written (002 'schriftelijke toestemming'; 000 'na toestemming'). */
  consentInWriting: boolean;
  /** What the regime says of the provider's responsibility until another takes over; null: nothing. */
  responsibility: string | null;
}

export const FUNDERS: Readonly<Record<RegimeId, FunderTerms>> = {
  'groningen-wmo': {
    name: 'de gemeente Groningen',
    decides: true,
    hearsClient: false,
    consentInWriting: false,
    // 000 step 6: 'blijft verantwoordelijk en houdt de regie … totdat een andere aanbieder het kan overnemen'.
    responsibility:
      'Wij blijven verantwoordelijk voor de zorg en regelen die, totdat een andere aanbieder de zorg overneemt. ' +
      'Dat geldt ook als er tussendoor met spoed een andere plek nodig is. Wij helpen zoeken naar een andere aanbieder.',
  },
  'gemeente-bijlage6': {
    name: 'de gemeente',
    decides: true,
    hearsClient: true,
    consentInWriting: false,
    // 001 §6.1 and §6.4: responsible until a suitable solution is found or the care is transferred.
    responsibility:
      'Wij blijven verantwoordelijk totdat er een goede oplossing is. Zorg die al is begonnen, gaat door tot een ander die overneemt. ' +
      'De gemeente en wij zoeken samen naar een oplossing.',
  },
  'vgz-wijkverpleging': {
    name: 'VGZ',
    decides: true,
    hearsClient: true,
    consentInWriting: true,
    // 003: 'u blijft als zorgaanbieder verantwoordelijk voor de cliënt totdat er een passende oplossing is gevonden'.
    responsibility: 'Wij blijven verantwoordelijk voor de zorg totdat er een goede oplossing is. Wij helpen zoeken naar een andere aanbieder.',
  },
  'onl-wmo': { name: 'de gemeente', decides: false, hearsClient: false, consentInWriting: false, responsibility: null },
};

// Which letters each regime asks for, with the clause that asks for it, as data: a letter is offered
// for a regime and procedure only where a seed requires it. Also each funder's name as a letter
// says it, and the notice period the final notice applies.

import type { TermUnit } from '../calendar/terms.ts';
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
          quote: 'De zorgaanbieder waarschuwt de cliënt dat als het gedrag niet verandert of plichten niet worden nagestreefd de zorg wordt beëindigd',
        },
      },
      {
        regime: 'gemeente-bijlage6',
        procedures: ['beeindiging'],
        source: {
          seed: BIJLAGE6,
          quote:
            'de zorgverlener de cliënt tenminste eenmaal schriftelijk heeft gewaarschuwd dat stopzetting van de zorgverlening wordt ingezet als de ontstane situatie niet verandert',
        },
      },
      {
        regime: 'vgz-wijkverpleging',
        procedures: ['opschorting'],
        source: {
          seed: VGZ,
          quote: 'Dat de zorgverlener de cliënt tenminste eenmaal schriftelijk heeft gewaarschuwd dat de zorgverlening zal worden opgeschort als de ontstane situatie niet verandert',
        },
      },
      {
        regime: 'vgz-wijkverpleging',
        procedures: ['beeindiging'],
        source: {
          seed: VGZ,
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
          quote: 'De zorgaanbieder stelt de cliënt schriftelijk op de hoogte van de voorgenomen zorgopschorting, en licht toe welke achtergronden hiertoe geleid hebben',
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
          quote: 'Bij een voorgenomen weigering of stopzetting van zorg doet Opdrachtnemer schriftelijk en met redenen omkleed deze mededeling aan de cliënt',
        },
      },
      {
        regime: 'vgz-wijkverpleging',
        procedures: ['beeindiging'],
        source: {
          seed: VGZ,
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
          quote:
            'De zorgaanbieder informeert schriftelijk cliënt en/of wettelijk vertegenwoordiger dat de gemeente op de hoogte gebracht gaat worden van het verzoek tot de zorg beëindiging',
        },
      },
      {
        regime: 'vgz-wijkverpleging',
        procedures: ['beeindiging'],
        source: {
          seed: VGZ,
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
          quote: 'De zorgaanbieder informeert cliënt en/of wettelijk vertegenwoordiger schriftelijk over het besluit van de zorg beëindiging',
        },
      },
      {
        regime: 'gemeente-bijlage6',
        procedures: ['weigering', 'beeindiging'],
        source: { seed: BIJLAGE6, quote: 'Opdrachtnemer brengt de cliënt op de hoogte van dit besluit' },
      },
      {
        regime: 'vgz-wijkverpleging',
        procedures: ['beeindiging'],
        source: { seed: VGZ, quote: 'Brengt de cliënt op de hoogte van het besluit tot zorgbeëindiging van de zorgverzekeraar' },
      },
    ],
  },
  'final-notice': {
    title: 'Definitieve opzegging',
    offers: [
      {
        regime: 'groningen-wmo',
        procedures: ['beeindiging'],
        source: { seed: GRONINGEN, quote: 'Een redelijke opzeggingstermijn moet worden gehanteerd' },
      },
      {
        regime: 'gemeente-bijlage6',
        procedures: ['beeindiging'],
        source: {
          seed: BIJLAGE6,
          quote:
            'De uiteindelijke beslissing over de wijze waarop en de condities waaronder stopzetting of weigering van zorg eventueel plaatsvindt, ligt bij Opdrachtgever',
        },
      },
      {
        regime: 'vgz-wijkverpleging',
        procedures: ['beeindiging'],
        source: {
          seed: VGZ,
          quote: 'De definitieve zorgbeëindiging dient schriftelijke, via e-mail of brief, te geschieden met inachtneming van een redelijke opzegtermijn',
        },
      },
      {
        regime: 'onl-wmo',
        procedures: ['beeindiging'],
        source: { seed: ONL, quote: 'De zorgaanbieder neemt bij opzegging een termijn in acht van ten minste een week' },
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
          quote: 'De zorgaanbieder verstrekt het cliëntdossier na toestemming van de cliënt aan de eventuele nieuwe zorgaanbieder',
        },
      },
      {
        regime: 'vgz-wijkverpleging',
        procedures: ['beeindiging'],
        source: {
          seed: VGZ,
          quote: 'Geeft alleen met schriftelijke toestemming van de cliënt informatie over hem/haar aan een zorgaanbieder die de zorg overneemt',
        },
      },
      {
        regime: 'onl-wmo',
        procedures: ['beeindiging'],
        source: { seed: ONL, quote: 'als de cliënt toestemming heeft gegeven voor verstrekking van informatie' },
      },
    ],
  },
};

/** The offer of a letter for a regime and procedure, or undefined when no clause asks for it there. */
export function letterOffer(kind: LetterKind, regime: RegimeId, procedure: Procedure): LetterOffer | undefined {
  return LETTERS[kind].offers.find((o) => o.regime === regime && o.procedures.includes(procedure));
}

/** How a letter names the funder, and whether it decides on the termination (the ONL conditions have no funder step). */
export const FUNDERS: Readonly<Record<RegimeId, { name: string; decides: boolean }>> = {
  'groningen-wmo': { name: 'de gemeente Groningen', decides: true },
  'gemeente-bijlage6': { name: 'de gemeente', decides: true },
  'vgz-wijkverpleging': { name: 'VGZ', decides: true },
  'onl-wmo': { name: 'de gemeente', decides: false },
};

export interface NoticePeriod {
  amount: number;
  unit: Extract<TermUnit, 'days' | 'weeks' | 'months'>;
}

/**
 * The notice period a final notice proposes where the regime fixes none: the seeds ask for a
 * 'reasonable' period, tied to the time needed to find another provider; four weeks is proposed
 * and the regievoerder decides. A regime that does fix one (ONL: at least a week) says so in its
 * own deadline rules, and that term is both proposed and the least allowed (see final-notice.ts).
 */
export const REASONABLE_NOTICE: NoticePeriod = { amount: 4, unit: 'weeks' };

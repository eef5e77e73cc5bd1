// The request to the funder as content, per regime: Groningen's 'formulier zorg beëindiging'
// (motivation and the provider's own procedure, the actions taken), Bijlage 6's written, reasoned
// request with the continuity proposal, VGZ's 'Zorgopschorting en zorgbeëindiging' melding. The PDF
// puts the chronological dossier and the assessment after it (src/documents/funder-request-pdf.ts).

import { formatDutchDate } from '../calendar/dates.ts';
import type { ContinuityProposalEntry, DossierDocument, Entry, FunderRequestEntry } from '../dossier/types.ts';
import { InvalidInputError } from '../errors.ts';
import type { SourceRef } from '../protocols/types.ts';
import { FUNDERS } from './catalogue.ts';
import { current, list, paragraph } from './common.ts';
import { entryFacts, entryLabel } from './entry-text.ts';
import type { LetterBlock, Sender } from './types.ts';

export interface DocumentSection {
  heading: string;
  blocks: LetterBlock[];
}

export interface FunderRequest {
  title: string;
  addressee: string;
  source: SourceRef;
  sections: DocumentSection[];
}

const PROCEDURE_NAMES = {
  weigering: 'zorgweigering',
  opschorting: 'zorgopschorting',
  beeindiging: 'zorgbeëindiging',
  'beeindiging-onmiddellijk': 'zorgbeëindiging met onmiddellijke ingang',
} as const;

type Kind = Entry['type'];

function lines(entries: readonly Entry[], types: readonly Kind[]): string[] {
  return entries.filter((e) => types.includes(e.type)).map((e) => `${formatDutchDate(e.date)} — ${entryLabel(e)}: ${entryFacts(e)}`);
}

/** The entries as a list, or a sentence saying there are none (a funder must see the gap). */
function listOr(entries: readonly Entry[], types: readonly Kind[], none: string): LetterBlock {
  const items = lines(entries, types);
  return items.length > 0 ? list(items) : paragraph(none);
}

function particulars(doc: DossierDocument, sender: Sender): DocumentSection {
  return {
    heading: 'Gegevens',
    blocks: [
      list([
        `Zorgaanbieder: ${sender.name}${sender.address ? `, ${sender.address}` : ''}`,
        `Cliënt: ${doc.client.name}, geboren ${formatDutchDate(doc.client.birthDate)}${doc.client.hasRepresentative ? ' (heeft een wettelijk vertegenwoordiger)' : ''}`,
        `Procedure: ${PROCEDURE_NAMES[doc.procedure]}`,
        `Zorg gestart: ${doc.careStarted === null ? 'nog niet' : formatDutchDate(doc.careStarted)}`,
      ]),
    ],
  };
}

/** The proposal sent with the request, or else the one prepared for it. */
function continuity(entries: readonly Entry[]): LetterBlock {
  const request = entries.filter((e): e is FunderRequestEntry => e.type === 'funder-request').at(-1);
  const prepared = entries.filter((e): e is ContinuityProposalEntry => e.type === 'continuity-proposal').at(-1);
  return paragraph(
    request?.continuityProposal ??
      prepared?.text ??
      'Er is nog geen voorstel voor de continuïteit van de zorg vastgelegd. De zorgaanbieder blijft verantwoordelijk voor de zorg totdat er een passende oplossing is.',
  );
}

const CIRCUMSTANCES: readonly Kind[] = ['incident', 'no-show', 'invoice', 'police-report'];
const WEIGHING: readonly Kind[] = ['weighing', 'condition-assessment'];
const STEPS: readonly Kind[] = ['warning', 'consultation', 'alternative', 'gp-informed', 'client-notice', 'suspension-period', 'copy-request'];

/** Why the provider asks: what happened, and how it weighed the interests and the client's condition. */
function reasons(heading: string, entries: readonly Entry[]): DocumentSection {
  return {
    heading,
    blocks: [
      listOr(entries, CIRCUMSTANCES, 'Er zijn geen incidenten vastgelegd.'),
      listOr(entries, WEIGHING, 'Er is geen belangenafweging vastgelegd.'),
    ],
  };
}

export function funderRequest(doc: DossierDocument, sender: Sender): FunderRequest {
  const entries = current(doc);
  const funder = FUNDERS[doc.regime].name;
  switch (doc.regime) {
    case 'groningen-wmo':
      return {
        title: 'Formulier zorg beëindiging',
        addressee: `Aan: ${funder}, contractmanager (contracteringMO@groningen.nl) en de betrokken toegangsmedewerker`,
        source: {
          seed: '000_9fd4bb6161b1af7d.txt',
          place: 'Groningen, stap 3',
          quote: 'moet de motivatie voor beëindiging met toevoeging van de procedure zorgbeëindiging die de zorgaanbieder heeft opgesteld naar aanleiding van de ondernomen acties omschreven worden',
        },
        sections: [
          particulars(doc, sender),
          reasons('Motivatie voor beëindiging', entries),
          {
            heading: 'Procedure zorgbeëindiging: de ondernomen acties',
            blocks: [listOr(entries, STEPS, 'Er zijn nog geen acties vastgelegd.')],
          },
          { heading: 'Continuïteit van de zorg', blocks: [continuity(entries)] },
        ],
      };
    case 'gemeente-bijlage6':
      return {
        title: `Verzoek tot ${PROCEDURE_NAMES[doc.procedure]} (Bijlage 6)`,
        addressee: `Aan: ${funder} (Opdrachtgever)`,
        source: {
          seed: '001_469056ec67e84ff0.txt',
          place: 'Bijlage 6, art. 6.4',
          quote: 'Bij een voorgenomen weigering of stopzetting van zorg doet Opdrachtnemer schriftelijk en met redenen omkleed deze mededeling aan de cliënt en een verzoek aan Opdrachtgever',
        },
        sections: [
          particulars(doc, sender),
          reasons('Redenen en omstandigheden', entries),
          { heading: 'Genomen stappen', blocks: [listOr(entries, STEPS, 'Er zijn nog geen stappen vastgelegd.')] },
          { heading: 'Voorstel voor de continuïteit van de zorg', blocks: [continuity(entries)] },
        ],
      };
    case 'vgz-wijkverpleging':
      return {
        title: "Melding 'Zorgopschorting en zorgbeëindiging'",
        addressee: `Aan: ${funder}, Zorgadvies en Bemiddeling`,
        source: { seed: '002_6f6ad639bdc26f3d.txt', place: 'VGZ-protocol, Procedure – Zorgbeëindiging', quote: 'Doet een melding van de problematiek bij VGZ. Bij deze melding is het dossier gevoegd' },
        sections: [
          particulars(doc, sender),
          { heading: 'Welke omstandigheden een rol spelen', blocks: [listOr(entries, CIRCUMSTANCES, 'Er zijn geen incidenten vastgelegd.')] },
          {
            heading: 'Schriftelijke waarschuwingen en mededelingen aan de cliënt',
            blocks: [listOr(entries, ['warning', 'client-notice', 'copy-request'], 'Er zijn geen waarschuwingen of mededelingen vastgelegd.')],
          },
          {
            heading: 'Overleg met andere disciplines en gezochte alternatieven',
            blocks: [listOr(entries, ['consultation', 'alternative', 'gp-informed'], 'Er is geen overleg of alternatief vastgelegd.')],
          },
          { heading: 'Afweging', blocks: [listOr(entries, WEIGHING, 'Er is geen belangenafweging vastgelegd.')] },
        ],
      };
    case 'onl-wmo':
      throw new InvalidInputError([
        { path: '$.regime', message: 'de Wmo-voorwaarden van Zorggroep ONL kennen geen verzoek aan de financier; de aanbieder zegt zelf op' },
      ]);
  }
}

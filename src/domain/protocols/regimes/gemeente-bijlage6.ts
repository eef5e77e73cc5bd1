// Municipal contract, 'BIJLAGE 6 – ZORGWEIGERING EN ZORGBEEINDIGING' (seed 001).
//
// §6.4 is one procedure for refusal and termination alike; what only makes sense for care that
// has started (written warnings, weighing against other residents, the role of the condition, from
// §6.3 and the warning clause about 'stopzetting') applies to termination only. The grounds are
// examples ('bijvoorbeeld', 'Voorbeelden van zwaarwegende redenen zijn'): another described reason
// counts for the municipality's judgment.

import {
  anyAlternative,
  anyFunderDecision,
  beforeRequest,
  conditionAssessment,
  consultationWith,
  funderRequest,
  requestWithDossier,
  twoSidedWeighing,
  warningSharedWithRepresentative,
  wederhoor,
  writtenNotice,
  writtenWarning,
  writtenWarningOf,
  funderPhases,
  decisionTerm,
  objectionTerm,
} from '../matches.ts';
import { AWB_4_15_SUSPENSION, continuityDuty, hearingDuty, reasonsDuty, termDuty } from '../funder.ts';
import type { EntryMatch, Regime } from '../types.ts';

const SEED = '001_469056ec67e84ff0.txt';
const BOTH = ['weigering', 'beeindiging'] as const;
const REFUSAL = ['weigering'] as const;
const TERMINATION = ['beeindiging'] as const;

const NON_COMPLIANCE_GROUND = 'b6-non-compliance';

const continuityProposal: readonly EntryMatch[] = [
  { type: 'continuity-proposal' },
  { type: 'funder-request', where: { continuityProposal: { present: true } } },
];

export const gemeenteBijlage6: Regime = {
  id: 'gemeente-bijlage6',
  name: 'Gemeentelijk contract, Bijlage 6 (zorgweigering en zorgbeëindiging)',
  funderKind: 'municipality',
  funderName: 'de gemeente',
  procedures: BOTH,
  phases: funderPhases(
    { request: 'Pas bij het verzoek aan de gemeente', decision: 'Pas na het besluit van de gemeente' },
    anyFunderDecision,
  ),
  grounds: [
    {
      id: 'b6-refusal-weighty',
      label: 'zwaarwegende redenen waardoor de zorgverlening in redelijkheid niet kan worden gevraagd',
      codes: ['threat-intimidation', 'aggression', 'weapons', 'discrimination', 'broken-trust', 'hygiene'],
      procedures: REFUSAL,
      source: {
        seed: SEED,
        place: 'Bijlage 6, art. 6.2',
        quote:
          'Opdrachtnemer heeft zwaarwegende redenen op grond waarvan de zorgverlening in redelijkheid niet van Opdrachtnemer kan worden gevraagd',
      },
    },
    {
      id: 'b6-refusal-previous-experience',
      label: 'eerdere ervaringen met de cliënt in de zorgverlening',
      codes: ['previous-experience'],
      procedures: REFUSAL,
      source: { seed: SEED, place: 'Bijlage 6, art. 6.2', quote: 'Dit kan bijvoorbeeld op grond van eerdere ervaringen met de cliënt in de zorgverlening' },
    },
    {
      id: 'b6-refusal-unfamiliar-zzp',
      label: 'een instellingsvreemd ZZP waarvoor de vereiste kwaliteit niet geleverd kan worden',
      codes: ['unfamiliar-zzp'],
      procedures: REFUSAL,
      source: {
        seed: SEED,
        place: 'Bijlage 6, art. 6.2',
        quote:
          'Opdrachtnemer heeft een instellingsvreemd ZZP toegewezen gekregen en kan niet de vereiste kwaliteit van zorg leveren die past bij dit instellingsvreemde ZZP',
      },
    },
    {
      id: 'b6-refusal-dual-diagnosis',
      label: 'uitzonderlijk complexe dubbeldiagnostiek die niet past bij het zorgaanbod',
      codes: ['complex-dual-diagnosis'],
      procedures: REFUSAL,
      source: {
        seed: SEED,
        place: 'Bijlage 6, art. 6.2',
        quote:
          'Opdrachtnemer heeft een cliënt toegewezen gekregen met uitzonderlijke complexe dubbeldiagnostiek niet passend bij het zorgaanbod van Opdrachtnemer',
      },
    },
    {
      id: 'b6-refusal-other',
      label: 'een andere, beschreven zwaarwegende reden (ter beoordeling van de gemeente)',
      codes: ['other'],
      procedures: REFUSAL,
      judgedByFunder: true,
      source: { seed: SEED, place: 'Bijlage 6, art. 6.2', quote: 'Dit kan bijvoorbeeld op grond van eerdere ervaringen met de cliënt in de zorgverlening' },
    },
    {
      id: 'b6-threat',
      label: 'een ernstige mate van bedreiging of intimidatie die de veiligheid of vrijheid van zorgverlener of mede-cliënten in gevaar brengt',
      codes: ['threat-intimidation', 'aggression', 'weapons'],
      by: ['client', 'family', 'representative'],
      procedures: TERMINATION,
      source: {
        seed: SEED,
        place: 'Bijlage 6, art. 6.3',
        quote:
          // Stops before 'mede-cliënten': the seed spells that word with a combining diaeresis.
          'Een ernstige mate van bedreiging of intimidatie die de situatie onwerkbaar maakt omdat de persoonlijke veiligheid of vrijheid van de zorgverlener',
      },
    },
    {
      id: 'b6-broken-trust',
      label: 'een onherstelbaar verstoorde vertrouwensrelatie',
      codes: ['broken-trust'],
      procedures: TERMINATION,
      source: { seed: SEED, place: 'Bijlage 6, art. 6.3', quote: 'Een onherstelbaar verstoorde vertrouwensrelatie' },
    },
    {
      id: 'b6-hygiene',
      label: 'hygiënische omstandigheden met ernstige gezondheidsrisico’s voor zorgverlener of mede-cliënten',
      codes: ['hygiene'],
      procedures: TERMINATION,
      source: {
        seed: SEED,
        // Leaves out 'Hygiënische' and 'mede-cliënten', spelt with a combining diaeresis in the seed.
        place: 'Bijlage 6, art. 6.3',
        quote: 'omstandigheden die ernstige gezondheidsrisico’s opleveren voor de zorgverlener',
      },
    },
    {
      id: NON_COMPLIANCE_GROUND,
      label: 'het niet nakomen van essentiële verplichtingen of regels, ook niet na herhaaldelijk aandringen of waarschuwen',
      codes: ['non-compliance', 'non-cooperation', 'withholding-information', 'no-show', 'non-payment', 'unauthorised-occupants'],
      by: ['client'],
      procedures: TERMINATION,
      source: {
        seed: SEED,
        place: 'Bijlage 6, art. 6.3',
        quote:
          'Het niet nakomen van essentiële verplichtingen of regels, ook niet na herhaaldelijk (schriftelijk) aandringen of waarschuwen door Opdrachtnemer',
      },
    },
    {
      id: 'b6-other',
      label: 'een andere, beschreven zwaarwegende reden (ter beoordeling van de gemeente)',
      codes: ['other'],
      procedures: TERMINATION,
      judgedByFunder: true,
      source: { seed: SEED, place: 'Bijlage 6, art. 6.3', quote: 'Voorbeelden van zwaarwegende redenen zijn' },
    },
  ],
  requirements: [
    {
      id: 'b6-refusal-before-care',
      procedures: REFUSAL,
      phase: 'preparation',
      title: 'weigering vóór de start van de zorg',
      check: { kind: 'care-not-started', before: funderRequest },
      texts: {
        met: 'De zorg is nog niet begonnen, dus weigeren is mogelijk.',
        missing: 'De zorg is al begonnen: weigeren kan alleen vóór de start van de zorg; volg anders de procedure zorgbeëindiging.',
      },
      source: { seed: SEED, place: 'Bijlage 6, art. 6.2', quote: 'het weigeren van zorg op zorginhoudelijke gronden voordat de zorglevering is begonnen' },
    },
    {
      id: 'b6-refusal-ground',
      procedures: REFUSAL,
      phase: 'preparation',
      title: 'een grond voor weigering',
      check: { kind: 'ground' },
      texts: {
        met: 'Het dossier toont een grond voor weigering: {grounds}.',
        missing:
          'Leg vast op welke grond u weigert: zwaarwegende redenen (bijvoorbeeld eerdere ervaringen met de cliënt), een instellingsvreemd ZZP of uitzonderlijk complexe dubbeldiagnostiek.',
      },
      source: { seed: SEED, place: 'Bijlage 6, art. 6.2', quote: 'Opdrachtnemer kan zorg weigeren om de volgende redenen' },
    },
    {
      id: 'b6-termination-ground',
      procedures: TERMINATION,
      phase: 'preparation',
      title: 'een zwaarwegende reden',
      check: { kind: 'ground' },
      texts: {
        met: 'Het dossier toont een zwaarwegende reden: {grounds}.',
        missing:
          'Leg het incident vast waaruit een zwaarwegende reden blijkt, zoals ernstige bedreiging, een verstoorde vertrouwensrelatie, gevaarlijke hygiëne of het niet nakomen van essentiële verplichtingen.',
      },
      source: {
        seed: SEED,
        place: 'Bijlage 6, art. 6.3',
        quote: 'Het beëindigen is slechts mogelijk bij zwaarwegende redenen en slechts onder bijzondere omstandigheden',
      },
    },
    {
      id: 'b6-written-warning',
      procedures: TERMINATION,
      phase: 'preparation',
      title: 'een schriftelijke waarschuwing',
      check: { kind: 'entries', match: writtenWarningOf('termination'), before: beforeRequest },
      texts: {
        met: 'De cliënt is ten minste eenmaal schriftelijk gewaarschuwd dat de zorg wordt stopgezet als de situatie niet verandert.',
        missing: 'Waarschuw de cliënt ten minste eenmaal schriftelijk dat de zorg wordt stopgezet als de situatie niet verandert.',
        outOfOrder: 'De schriftelijke waarschuwing moet vóór het verzoek aan de gemeente zijn gegeven.',
      },
      source: {
        seed: SEED,
        place: 'Bijlage 6, art. 6.4',
        quote:
          'zorgverlener de cliënt tenminste eenmaal schriftelijk heeft gewaarschuwd dat stopzetting van de zorgverlening wordt ingezet als de ontstane situatie niet verandert',
      },
    },
    {
      id: 'b6-repeated-warnings',
      procedures: TERMINATION,
      phase: 'preparation',
      title: 'herhaaldelijk schriftelijk aandringen',
      when: {
        condition: { kind: 'ground', grounds: [NON_COMPLIANCE_GROUND] },
        otherwise: 'Herhaaldelijk waarschuwen is alleen vereist bij het niet nakomen van verplichtingen of regels; dat is hier niet de reden.',
      },
      check: { kind: 'entries', match: writtenWarning, min: 2, before: beforeRequest },
      texts: {
        met: 'Bij het niet nakomen van verplichtingen is herhaaldelijk schriftelijk gewaarschuwd ({n} keer).',
        missing:
          'Bij het niet nakomen van verplichtingen moet u herhaaldelijk schriftelijk aandringen of waarschuwen (minimaal {min}, nu {n}).',
        outOfOrder: 'De herhaalde schriftelijke waarschuwingen moeten vóór het verzoek aan de gemeente liggen.',
      },
      source: {
        seed: SEED,
        place: 'Bijlage 6, art. 6.3',
        quote: 'ook niet na herhaaldelijk (schriftelijk) aandringen of waarschuwen door Opdrachtnemer',
      },
    },
    {
      id: 'b6-steps-shared-representative',
      procedures: TERMINATION,
      phase: 'preparation',
      title: 'de stappen helder voor familie of vertegenwoordiger',
      when: {
        condition: { kind: 'has-representative' },
        otherwise: 'De cliënt heeft geen wettelijk vertegenwoordiger om de stappen mee te delen.',
      },
      check: { kind: 'entries', match: warningSharedWithRepresentative },
      texts: {
        met: 'De schriftelijke waarschuwing is ook met de wettelijk vertegenwoordiger gedeeld.',
        missing: 'Deel de schriftelijke waarschuwing ook met de wettelijk vertegenwoordiger, zodat de genomen stappen voor hen helder zijn.',
      },
      source: {
        seed: SEED,
        place: 'Bijlage 6, art. 6.4',
        quote: 'De genomen stappen moeten helder zijn voor de cliënt en diens familie / wettelijk vertegenwoordigers',
      },
    },
    {
      id: 'b6-sociaal-team-consulted',
      procedures: BOTH,
      phase: 'preparation',
      title: 'overleg met het sociaal team of loket',
      check: { kind: 'entries', match: consultationWith('sociaal-team'), before: beforeRequest },
      texts: {
        met: 'De casus is besproken met het sociaal team of loket.',
        missing: 'Bespreek de casus met het sociaal team of loket en zo nodig met andere disciplines, zoals een arts of casemanager.',
        outOfOrder: 'Het overleg met het sociaal team of loket moet vóór het verzoek aan de gemeente plaatsvinden.',
      },
      source: {
        seed: SEED,
        place: 'Bijlage 6, art. 6.4',
        quote: 'inspanningen heeft verricht om de casuïstiek te bespreken met het sociaal team/loket en eventueel andere disciplines',
      },
    },
    {
      id: 'b6-alternatives-sought',
      procedures: BOTH,
      phase: 'preparation',
      title: 'verbeterpogingen of alternatieven',
      check: { kind: 'entries', match: anyAlternative },
      texts: {
        met: 'Het dossier laat zien welke verbeterpogingen of alternatieven zijn gezocht.',
        missing: 'Leg vast welke pogingen u samen met het sociaal team of loket hebt gedaan om de situatie te verbeteren of een alternatief te vinden.',
      },
      source: {
        seed: SEED,
        place: 'Bijlage 6, art. 6.4',
        quote: 'samen met het sociaal team/loket pogingen zijn gedaan de situatie te verbeteren dan wel gezocht is naar alternatieven',
      },
    },
    {
      id: 'b6-weighing',
      procedures: TERMINATION,
      phase: 'preparation',
      title: 'de belangenafweging',
      check: { kind: 'entries', match: twoSidedWeighing },
      texts: {
        met: 'Het belang en de afhankelijkheid van de cliënt zijn afgewogen tegen de belangen van andere groepsbewoners.',
        missing: 'Leg vast hoe het belang van de cliënt is afgewogen tegen de belangen van andere groepsbewoners.',
        incomplete:
          'De belangenafweging noemt niet beide kanten: leg apart vast wat het belang en de afhankelijkheid van de cliënt zijn, en wat de belangen van andere groepsbewoners zijn.',
      },
      source: { seed: SEED, place: 'Bijlage 6, art. 6.3', quote: 'Het belang van de cliënt tegen de belangen van andere groepsbewoners' },
    },
    {
      id: 'b6-condition-assessed',
      procedures: TERMINATION,
      phase: 'preparation',
      title: 'de rol van de aandoening',
      check: { kind: 'entries', match: conditionAssessment },
      texts: {
        met: 'Er is beoordeeld of het gedrag (mede) door de aandoening van de cliënt wordt veroorzaakt.',
        missing: 'Laat beoordelen of het gedrag van de cliënt (mede) door zijn of haar aandoening wordt veroorzaakt.',
      },
      source: { seed: SEED, place: 'Bijlage 6, art. 6.3', quote: 'Of het gedrag van de cliënt niet (mede) wordt veroorzaakt door de aandoening van de cliënt' },
    },
    {
      id: 'b6-intent-notice',
      procedures: BOTH,
      phase: 'preparation',
      title: 'de schriftelijke mededeling aan de cliënt',
      check: { kind: 'entries', match: writtenNotice('intent'), before: beforeRequest },
      texts: {
        met: 'De cliënt heeft een schriftelijke, met redenen omklede mededeling van het voornemen gekregen.',
        missing: 'Deel het voornemen schriftelijk en met redenen omkleed mee aan de cliënt.',
        outOfOrder: 'De cliënt moet het voornemen uiterlijk tegelijk met het verzoek aan de gemeente schriftelijk hebben gekregen.',
      },
      source: {
        seed: SEED,
        place: 'Bijlage 6, art. 6.4',
        quote:
          'Bij een voorgenomen weigering of stopzetting van zorg doet Opdrachtnemer schriftelijk en met redenen omkleed deze mededeling aan de cliënt en een verzoek aan Opdrachtgever',
      },
    },
    {
      id: 'b6-request-dossier',
      procedures: BOTH,
      phase: 'request',
      title: 'het dossier bij het verzoek',
      check: { kind: 'entries', match: requestWithDossier },
      texts: {
        met: 'Aan het schriftelijke verzoek is het dossier toegevoegd.',
        missing: 'Voeg het dossier toe aan het schriftelijke verzoek aan de gemeente.',
      },
      source: { seed: SEED, place: 'Bijlage 6, art. 6.4', quote: 'Aan het schriftelijk verzoek is een dossier bijgevoegd' },
    },
    {
      // Part of the request itself: without it the request is incomplete, so it blocks submission.
      id: 'b6-continuity-proposal',
      procedures: BOTH,
      phase: 'preparation',
      title: 'het voorstel voor de continuïteit van zorg',
      check: { kind: 'entries', match: continuityProposal, before: beforeRequest },
      texts: {
        met: 'Er is een voorstel hoe de zorg doorloopt totdat de gemeente heeft beslist; het gaat met het verzoek mee.',
        missing:
          'Leg het voorstel vast hoe de continuïteit van de zorg geregeld is totdat de gemeente beslist; het verzoek is niet compleet zonder dat voorstel.',
        outOfOrder: 'Het voorstel voor de continuïteit van zorg is pas na het verzoek vastgelegd; het hoort bij het verzoek zelf.',
      },
      source: {
        seed: SEED,
        place: 'Bijlage 6, art. 6.4',
        quote:
          'Aan het schriftelijk verzoek is een voorstel toegevoegd hoe de continuïteit van de zorgverlening is geregeld totdat een beslissing is genomen op het verzoek',
      },
    },
    {
      id: 'b6-wederhoor',
      procedures: BOTH,
      phase: 'request',
      title: 'wederhoor door de gemeente',
      check: { kind: 'entries', match: wederhoor, after: { match: funderRequest } },
      texts: {
        met: 'De gemeente heeft de cliënt of vertegenwoordiger gehoord (wederhoor).',
        missing: 'De gemeente moet nog contact opnemen met de cliënt of vertegenwoordiger voor wederhoor.',
        outOfOrder: 'Het vastgelegde wederhoor ligt vóór het verzoek; de gemeente moet de cliënt over dit verzoek horen.',
      },
      source: {
        seed: SEED,
        place: 'Bijlage 6, art. 6.4',
        quote: 'Opdrachtgever neemt contact op met de cliënt of diens wettelijk vertegenwoordiger voor wederhoor',
      },
    },
    {
      id: 'b6-client-informed-decision',
      procedures: BOTH,
      phase: 'decision',
      title: 'de cliënt informeren over het besluit',
      // 'op de hoogte': in any form, not necessarily in writing.
      check: { kind: 'entries', match: { type: 'client-notice', where: { kind: { in: ['decision', 'final-notice'] } } }, after: { match: anyFunderDecision } },
      texts: {
        met: 'De cliënt is op de hoogte gebracht van het besluit van de gemeente.',
        missing: 'Breng de cliënt op de hoogte van het besluit van de gemeente, bij voorkeur schriftelijk.',
        outOfOrder: 'De brief aan de cliënt is verstuurd vóór het besluit van de gemeente; informeer de cliënt opnieuw over het besluit zelf.',
      },
      source: { seed: SEED, place: 'Bijlage 6, art. 6.4', quote: 'Opdrachtnemer brengt de cliënt op de hoogte van dit besluit' },
    },
  ],
  deadlines: [
    decisionTerm({
      id: 'b6-deadline-refusal-decision',
      procedures: REFUSAL,
      label: 'Besluit gemeente over de zorgweigering',
      term: { amount: 1, unit: 'weeks', direction: 'after' },
      source: { seed: SEED, place: 'Bijlage 6, art. 6.4', quote: 'Opdrachtgever neemt binnen 1 week na ontvangst van de zorgweigering een besluit' },
    }),
    decisionTerm({
      id: 'b6-deadline-termination-decision',
      procedures: TERMINATION,
      label: 'Besluit gemeente over de zorgbeëindiging',
      term: { amount: 3, unit: 'weeks', direction: 'after' },
      source: {
        seed: SEED,
        place: 'Bijlage 6, art. 6.4',
        quote: 'Opdrachtgever neemt binnen 3 weken na ontvangst van het verzoek tot zorgbeëindiging een besluit',
      },
    }),
    objectionTerm({
      id: 'b6-deadline-objection',
      procedures: BOTH,
      label: 'Bezwaar tegen het besluit',
      term: { amount: 6, unit: 'weeks', direction: 'after' },
      source: { seed: SEED, place: 'Bijlage 6, art. 6.4', quote: 'De termijn voor het indienen van het bezwaarschrift bedraagt 6 weken na de formele beslissing' },
    }),
  ],
  advice: [
    {
      id: 'b6-advice-submit',
      procedures: BOTH,
      trigger: { kind: 'ready', unless: funderRequest },
      text: 'Dien nu het schriftelijke verzoek in bij de gemeente, met het dossier en een voorstel voor de continuïteit van zorg; tot het besluit blijft u verantwoordelijk voor de cliënt.',
      source: {
        seed: SEED,
        place: 'Bijlage 6, art. 6.1',
        quote: 'Opdrachtnemer blijft verantwoordelijk voor de cliënt totdat er een passende oplossing is gevonden',
      },
    },
  ],
  funder: {
    suspension: AWB_4_15_SUSPENSION,
    duties: [
      hearingDuty('b6-funder-hearing', BOTH, {
        seed: SEED,
        quote: 'Opdrachtgever neemt contact op met de cliënt of diens wettelijk vertegenwoordiger voor wederhoor',
      }),
      termDuty('b6-funder-refusal-term', REFUSAL, {
        seed: SEED,
        quote: 'Opdrachtgever neemt binnen 1 week na ontvangst van de zorgweigering een besluit en deelt dit schriftelijk mee aan Opdrachtnemer',
      }),
      termDuty('b6-funder-termination-term', TERMINATION, {
        seed: SEED,
        quote: 'Opdrachtgever neemt binnen 3 weken na ontvangst van het verzoek tot zorgbeëindiging een besluit en deelt dit schriftelijk mee aan Opdrachtnemer',
      }),
      reasonsDuty('b6-funder-reasons', BOTH, {
        seed: SEED,
        quote: 'De uiteindelijke beslissing over de wijze waarop en de condities waaronder stopzetting of weigering van zorg eventueel plaatsvindt, ligt bij Opdrachtgever',
      }),
      continuityDuty('b6-funder-continuity', BOTH, {
        seed: SEED,
        quote: 'Opdrachtnemer blijft daarbij verantwoordelijk voor de uitvoering van zorg totdat eventueel overdracht heeft plaatsgevonden aan een andere zorgaanbieder',
      }),
    ],
  },
};

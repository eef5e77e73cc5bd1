// VGZ wijkverpleging (Zvw): the protocol 'Zorgopschorting en zorgbeëindiging' (seed 002) and its
// step plan on the VGZ site (seed 003).
//
// The two seeds conflict on suspension (decision record 0006). The protocol (002) calls the
// suspension steps recommended, 'niet verplicht … wel aan te bevelen', and says VGZ need not be
// informed of a suspension; the step plan on the VGZ site (003) calls the written notice and telling
// the client of the report to VGZ 'vereist' for suspension and termination alike. Zorgvuldig follows
// the protocol, the more specific and formal text: for a suspension those steps are advised (shown,
// never blocking), each showing 003's clause beside its own. What the protocol itself demands of a
// suspension still blocks: a weighty reason with its weighing, and the period set with the GP. A
// suspension has no request to VGZ, so its 'submittable' means the suspension may start.

import {
  acceptance,
  afterAcceptance,
  anyAlternative,
  beforeRequest,
  complaintRouteMentioned,
  consultationWith,
  funderRequest,
  gpInformed,
  requestWithDossier,
  transfer,
  twoSidedWeighing,
  warningSharedWithRepresentative,
  wederhoor,
  writtenConsent,
  writtenNotice,
  writtenWarning,
  writtenWarningOf,
  funderPhases,
  decisionTerm,
  objectionTerm,
} from '../matches.ts';
import { BACKWARD_TERM } from '../countings.ts';
import { AWB_4_15_SUSPENSION, continuityDuty, hearingDuty, reasonsDuty, termDuty } from '../funder.ts';
import type { EntryMatch, Regime, RelatedClauses, SourceRef } from '../types.ts';

const PROTOCOL = '002_6f6ad639bdc26f3d.txt';
const STEP_PLAN = '003_6846892340097cc0.txt';
const BOTH = ['opschorting', 'beeindiging'] as const;
const SUSPENSION = ['opschorting'] as const;
const TERMINATION = ['beeindiging'] as const;

const NOT_OBLIGED: SourceRef = {
  seed: PROTOCOL,
  place: 'VGZ-protocol, Procedure – Zorgopschorting',
  quote: 'De aanbieder is niet verplicht deze te volgen, maar met het oog op een eventuele zorgbeëindiging is dit wel aan te bevelen',
};
const VGZ_NEED_NOT_BE_INFORMED: SourceRef = {
  seed: PROTOCOL,
  place: 'VGZ-protocol, Procedure – Zorgopschorting',
  quote: 'De zorgaanbieder is niet verplicht VGZ te informeren over de zorgopschorting, er hoeft geen dossier overlegd te worden',
};
const STEP_PLAN_NOTICE: SourceRef = {
  seed: STEP_PLAN,
  place: 'VGZ-stappenplan, stap 2',
  quote:
    'Om zorg op te schorten of te beëindigen, is het vereist dat uw cliënt minimaal één keer schriftelijk op de hoogte is gebracht van uw voornemen dit te doen wanneer de situatie niet verandert',
};
const STEP_PLAN_CLIENT_TOLD: SourceRef = {
  seed: STEP_PLAN,
  place: 'VGZ-stappenplan, stap 2',
  quote: 'Daarnaast is het een vereiste dat u uw cliënt minimaal één keer schriftelijk op de hoogte stelt van uw melding bij ons als zorgverzekeraar',
};
const STEP_PLAN_FORM: SourceRef = {
  seed: STEP_PLAN,
  place: 'VGZ-stappenplan, stap 3',
  quote:
    "Wanneer u bovenstaande stappen volledig heeft doorlopen, dan kunt u ons op de hoogte stellen door het formulier 'Zorgopschorting en zorgbeëindiging' bij ons in te dienen",
};
const STEP_PLAN_DISCIPLINES: SourceRef = {
  seed: STEP_PLAN,
  place: 'VGZ-stappenplan, stap 1',
  quote:
    'Om zorg te kunnen opschorten of beëindigen, is het van belang dat u de situatie heeft besproken met andere zorgaanbieders van andere disciplines of deskundigheidsniveaus',
};

/** A suspension step the step plan (003) calls required and the protocol (002) recommended: advised here (decision 0006; the note shown names no decision number). */
function conflicting(...stepPlan: SourceRef[]): RelatedClauses {
  return {
    sources: [...stepPlan, NOT_OBLIGED, VGZ_NEED_NOT_BE_INFORMED],
    note:
      'Het stappenplan van VGZ (003) noemt dit ‘vereist’ of ‘van belang’ bij opschorten én beëindigen; het protocol (002) noemt de stappen bij opschorting ‘niet verplicht … wel aan te bevelen’ en zegt dat VGZ over een opschorting niet geïnformeerd hoeft te worden. Zorgvuldig volgt bij opschorting het protocol: aanbevolen, niet blokkerend.',
  };
}

/** A termination step on which the step plan agrees with the protocol. */
function agreeing(stepPlan: SourceRef): RelatedClauses {
  return { sources: [stepPlan], note: 'Ook het stappenplan van VGZ (003) vraagt dit, voor opschorten en beëindigen.' };
}

const meldingToZorgadvies = consultationWith('zorgadvies');
const pendingCopyRequest = { type: 'copy-request', where: { provided: { present: false } } } as const satisfies EntryMatch;
const finalNotice = { type: 'client-notice', where: { kind: { is: 'final-notice' } } } as const satisfies EntryMatch;
const otherProviderFound = { type: 'alternative', where: { kind: { is: 'other-provider' }, succeeded: { is: true } } } as const satisfies EntryMatch;
const otherProviderNotFound = { type: 'alternative', where: { kind: { is: 'other-provider' }, succeeded: { is: false } } } as const satisfies EntryMatch;

const NON_COMPLIANCE_GROUND = 'vgz-non-compliance';

export const vgzWijkverpleging: Regime = {
  id: 'vgz-wijkverpleging',
  name: 'VGZ wijkverpleging (Zvw)',
  funderKind: 'health-insurer',
  funderName: 'VGZ',
  procedures: BOTH,
  phases: funderPhases(
    { request: 'Pas bij de melding aan VGZ', decision: 'Pas na het akkoord van VGZ' },
    acceptance,
  ),
  grounds: [
    {
      id: 'vgz-information-cooperation',
      label: 'de cliënt geeft niet de inlichtingen of medewerking die nodig zijn',
      codes: ['withholding-information', 'non-cooperation'],
      by: ['client'],
      procedures: BOTH,
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Gewichtige redenen',
        quote:
          'de zorgaanbieder naar beste weten de inlichtingen geeft die nodig zijn en de medewerking die nodig is voor de uitvoering van de overeenkomst',
      },
    },
    {
      id: 'vgz-enable-care',
      label: 'de cliënt stelt de zorgaanbieder niet in staat de zorg te leveren zoals overeengekomen',
      codes: ['no-show'],
      by: ['client'],
      procedures: BOTH,
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Gewichtige redenen',
        quote: 'de zorgaanbieder in staat stelt om de zorgverlening te leveren zoals overeengekomen in het zorgplan',
      },
    },
    {
      id: 'vgz-harmful-behaviour',
      label: 'gedrag dat schadelijk is voor de zorgaanbieder, andere cliënten of de medewerkers',
      codes: ['aggression', 'discrimination', 'nuisance', 'substance-use'],
      by: ['client', 'family', 'representative'],
      procedures: BOTH,
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Gewichtige redenen',
        quote:
          'zich onthoudt van gedrag dat schadelijk is voor de zorgaanbieder, de gezondheid of het welzijn van andere cliënten, en de medewerkers',
      },
    },
    {
      id: 'vgz-threat',
      label: 'een ernstige mate van bedreiging of intimidatie die de veiligheid of vrijheid van de zorgverlener in gevaar brengt',
      codes: ['threat-intimidation', 'weapons'],
      by: ['client', 'family', 'representative'],
      procedures: BOTH,
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Gewichtige redenen',
        quote:
          'Een ernstige mate van bedreiging of intimidatie die de situatie onwerkbaar maakt omdat de persoonlijke veiligheid of vrijheid van de zorgverlener in gevaar is',
      },
    },
    {
      id: 'vgz-broken-trust',
      label: 'een onherstelbaar verstoorde vertrouwensrelatie',
      codes: ['broken-trust'],
      procedures: BOTH,
      source: { seed: PROTOCOL, place: 'VGZ-protocol, Gewichtige redenen', quote: 'Een onherstelbaar verstoorde vertrouwensrelatie' },
    },
    {
      id: NON_COMPLIANCE_GROUND,
      label: 'het niet nakomen van noodzakelijke verplichtingen of regels, waaronder veiligheid, gezondheid en hygiëne',
      codes: ['non-compliance', 'hygiene'],
      by: ['client'],
      procedures: BOTH,
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Gewichtige redenen',
        quote:
          'Het niet nakomen van noodzakelijke verplichtingen of regels, tbv verantwoorde zorgverlening, waaronder arbeidsomstandigheden, zoals veiligheid, gezondheid en hygiëne door de cliënt',
      },
    },
  ],
  requirements: [
    {
      id: 'vgz-ground',
      procedures: BOTH,
      phase: 'preparation',
      title: 'een gewichtige reden',
      check: { kind: 'ground' },
      texts: {
        met: 'Het dossier toont een gewichtige reden: {grounds}.',
        missing:
          'Leg het incident vast waaruit een gewichtige reden blijkt, zoals bedreiging of intimidatie, een verstoorde vertrouwensrelatie of het niet nakomen van noodzakelijke verplichtingen.',
      },
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Begrippen – Zorgbeëindiging',
        quote: 'Zorgopschorting en zorgbeëindiging kunnen alleen plaatsvinden op grond van gewichtige redenen',
      },
    },
    {
      id: 'vgz-disciplines',
      procedures: TERMINATION,
      phase: 'preparation',
      title: 'overleg met andere disciplines',
      check: {
        kind: 'entries',
        match: consultationWith('huisarts', 'casemanager', 'mdo', 'spv', 'oggz', 'sociaal-team', 'other'),
        before: beforeRequest,
      },
      texts: {
        met: 'De situatie is besproken met andere disciplines of deskundigen.',
        missing: 'Bespreek de situatie met andere disciplines of deskundigen, bijvoorbeeld de huisarts of een casemanager.',
        outOfOrder: 'Het overleg met andere disciplines moet vóór de melding aan VGZ plaatsvinden.',
      },
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Procedure – Zorgopschorting',
        quote:
          'inspanningen heeft verricht om de casuïstiek te bespreken met andere disciplines of deskundigheidsniveaus (bijvoorbeeld huisarts of casemanager)',
      },
      related: agreeing(STEP_PLAN_DISCIPLINES),
    },
    {
      id: 'vgz-suspension-disciplines',
      procedures: SUSPENSION,
      phase: 'preparation',
      title: 'overleg met andere disciplines',
      level: 'advised',
      check: { kind: 'entries', match: consultationWith('huisarts', 'casemanager', 'mdo', 'spv', 'oggz', 'sociaal-team', 'other') },
      texts: {
        met: 'De situatie is besproken met andere disciplines of deskundigen.',
        missing: 'Aanbevolen: bespreek de situatie met andere disciplines of deskundigen, bijvoorbeeld de huisarts of een casemanager.',
      },
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Procedure – Zorgopschorting',
        quote: '(bijvoorbeeld huisarts of casemanager), de zogenoemde inspanningsverplichting bij het zoeken naar een passend alternatief',
      },
      related: conflicting(STEP_PLAN_DISCIPLINES),
    },
    {
      id: 'vgz-dependence-gp',
      procedures: BOTH,
      phase: 'preparation',
      title: 'de afhankelijke positie beoordeeld met de huisarts',
      check: { kind: 'entries', match: { type: 'weighing', where: { dependence: { present: true }, dependenceAssessedWithGp: { is: true } } } },
      texts: {
        met: 'De afhankelijke positie van de cliënt is met de huisarts (of in een MDO) beoordeeld en in de afweging vastgelegd.',
        missing:
          'Beoordeel met de huisarts, eventueel in een MDO, hoe afhankelijk de cliënt van uw zorg is, en leg dat vast in de belangenafweging.',
        incomplete:
          'De belangenafweging zegt niet hoe afhankelijk de cliënt van uw zorg is, of niet dat u dat met de huisarts (eventueel in een MDO) hebt beoordeeld.',
      },
      source: { seed: PROTOCOL, place: 'VGZ-protocol, Bij gewichtige redenen', quote: 'Dient de afhankelijke positie van de cliënt ten opzichte van de zorgaanbieder mede beoordeeld te worden. Hierbij is de huisarts gesprekspartner, evt via een MDO' },
    },
    {
      id: 'vgz-suspension-gp-informed',
      procedures: SUSPENSION,
      phase: 'preparation',
      title: 'de huisarts op de hoogte van het voornemen',
      level: 'advised',
      check: { kind: 'entries', match: gpInformed },
      texts: {
        met: 'De huisarts is op de hoogte gebracht van het voornemen tot opschorting.',
        missing: 'Aanbevolen: breng de huisarts op de hoogte van het voornemen tot opschorting en beslis samen of dat medisch verantwoord is.',
      },
      source: { seed: PROTOCOL, place: 'VGZ-protocol, Procedure – Zorgopschorting', quote: 'De zorgaanbieder stelt de huisarts op de hoogte van het voornemen van zorgopschorting' },
      related: { sources: [NOT_OBLIGED], note: 'Het protocol noemt de stappen bij opschorting aanbevolen, niet verplicht.' },
    },
    {
      id: 'vgz-suspension-warning',
      procedures: SUSPENSION,
      phase: 'preparation',
      title: 'een schriftelijke waarschuwing voor opschorting',
      level: 'advised',
      check: { kind: 'entries', match: writtenWarningOf('suspension') },
      texts: {
        met: 'De cliënt is ten minste eenmaal schriftelijk gewaarschuwd dat de zorg wordt opgeschort als de situatie niet verandert.',
        missing: 'Aanbevolen: waarschuw de cliënt ten minste eenmaal schriftelijk dat de zorg wordt opgeschort als de situatie niet verandert.',
      },
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Procedure – Zorgopschorting',
        quote: 'tenminste eenmaal schriftelijk heeft gewaarschuwd dat de zorgverlening zal worden opgeschort',
      },
      related: conflicting(STEP_PLAN_NOTICE),
    },
    {
      id: 'vgz-termination-warning',
      procedures: TERMINATION,
      phase: 'preparation',
      title: 'een schriftelijke waarschuwing voor beëindiging',
      check: { kind: 'entries', match: writtenWarningOf('termination'), before: beforeRequest },
      texts: {
        met: 'De cliënt is ten minste eenmaal schriftelijk gewaarschuwd dat de zorg wordt beëindigd als de situatie niet verandert.',
        missing: 'Waarschuw de cliënt ten minste eenmaal schriftelijk dat de zorg wordt beëindigd als de situatie niet verandert.',
        outOfOrder: 'De schriftelijke waarschuwing moet vóór de melding aan VGZ zijn gegeven.',
      },
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Procedure – Zorgbeëindiging',
        quote: 'tenminste eenmaal schriftelijk heeft gewaarschuwd dat de zorgverlening zal worden beëindigd',
      },
      related: agreeing(STEP_PLAN_NOTICE),
    },
    {
      id: 'vgz-repeated-warnings',
      procedures: BOTH,
      phase: 'preparation',
      title: 'herhaaldelijk schriftelijk aandringen (hooguit 2 keer)',
      when: {
        condition: { kind: 'ground', grounds: [NON_COMPLIANCE_GROUND] },
        otherwise: 'Herhaaldelijk aandringen is alleen vereist bij het niet nakomen van noodzakelijke verplichtingen of regels; dat is hier niet de reden.',
      },
      check: { kind: 'entries', match: writtenWarning, min: 2, before: beforeRequest },
      texts: {
        met: 'Er is herhaaldelijk schriftelijk aangedrongen ({n} keer); VGZ vraagt niet meer dan 2 keer, dus hieraan is voldaan.',
        missing:
          'Bij het niet nakomen van verplichtingen moet u herhaaldelijk schriftelijk aandringen; VGZ vraagt niet meer dan 2 keer (minimaal {min}, nu {n}).',
        outOfOrder: 'De herhaalde schriftelijke waarschuwingen moeten vóór de melding aan VGZ liggen.',
      },
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Gewichtige redenen',
        quote: 'ook niet na herhaaldelijk (schriftelijk) aandringen(situatie-afhankelijk, maar niet meer dan 2x)',
      },
    },
    {
      id: 'vgz-steps-shared-representative',
      procedures: TERMINATION,
      phase: 'preparation',
      title: 'de stappen helder voor naasten of vertegenwoordiger',
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
        seed: PROTOCOL,
        place: 'VGZ-protocol, Procedure – Zorgbeëindiging',
        quote: 'Dat de genomen stappen helder zijn voor de cliënt en diens naasten/mantelzorgers / wettelijk vertegenwoordigers',
      },
    },
    {
      id: 'vgz-weighing',
      procedures: BOTH,
      phase: 'preparation',
      title: 'de belangenafweging',
      check: { kind: 'entries', match: twoSidedWeighing },
      texts: {
        met: 'De belangen en de afhankelijkheid van de cliënt zijn afgewogen tegen de belangen van de medewerkers.',
        missing: 'Leg vast hoe de belangen van de cliënt zijn afgewogen tegen de belangen van de medewerkers.',
        incomplete:
          'De belangenafweging noemt niet beide kanten: leg apart vast wat het belang en de afhankelijkheid van de cliënt zijn, en wat de belangen van de medewerkers zijn.',
      },
      source: { seed: PROTOCOL, place: 'VGZ-protocol, Bij gewichtige redenen', quote: 'Dienen de belangen van de cliënt te worden afgewogen tegen de belangen van medewerkers' },
    },
    {
      id: 'vgz-condition-not-caused',
      procedures: BOTH,
      phase: 'preparation',
      title: 'gedrag niet (mede) door de aandoening',
      check: { kind: 'entries', match: { type: 'condition-assessment', where: { causedByCondition: { is: 'no' } } } },
      texts: {
        met: 'Er is vastgesteld dat het gedrag niet (mede) door de aandoening van de cliënt wordt veroorzaakt.',
        missing:
          'Maak duidelijk dat het gedrag niet (mede) door de aandoening komt; komt het wel (deels) daardoor, onderzoek dan een andere zorgvraag zoals Wlz, GGZ of casemanagement dementie.',
      },
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Bij gewichtige redenen',
        quote: 'Dient duidelijk te worden gemaakt dat het gedrag van de cliënt niet (mede) wordt veroorzaakt door de aandoening van de cliënt',
      },
    },
    {
      id: 'vgz-alternatives',
      procedures: TERMINATION,
      phase: 'preparation',
      title: 'zoeken naar een passend alternatief',
      check: { kind: 'entries', match: anyAlternative },
      texts: {
        met: 'Er is gezocht naar een passend alternatief.',
        missing:
          'Zoek naar een passend alternatief, zoals een ander team, coaching, een andere zorgaanbieder, een OGGZ-verpleegkundige, het sociaal wijkteam of een SPV.',
      },
      source: { seed: PROTOCOL, place: 'VGZ-protocol, Procedure – Zorgbeëindiging', quote: 'Heeft een inspanningsverplichting bij het zoeken naar een passend alternatief' },
    },
    {
      id: 'vgz-suspension-alternatives',
      procedures: SUSPENSION,
      phase: 'preparation',
      title: 'zoeken naar een passend alternatief',
      level: 'advised',
      check: { kind: 'entries', match: anyAlternative },
      texts: {
        met: 'Er is gezocht naar een passend alternatief.',
        missing:
          'Aanbevolen: zoek naar een passend alternatief, zoals een ander team, coaching, een andere zorgaanbieder, een OGGZ-verpleegkundige, het sociaal wijkteam of een SPV.',
      },
      source: { seed: PROTOCOL, place: 'VGZ-protocol, Procedure – Zorgopschorting', quote: 'de zogenoemde inspanningsverplichting bij het zoeken naar een passend alternatief' },
      related: { sources: [NOT_OBLIGED], note: 'Het protocol noemt de stappen bij opschorting aanbevolen, niet verplicht.' },
    },
    {
      id: 'vgz-suspension-notice',
      procedures: SUSPENSION,
      phase: 'preparation',
      title: 'de schriftelijke aankondiging van de opschorting',
      level: 'advised',
      check: { kind: 'entries', match: writtenNotice('warning-of-suspension') },
      texts: {
        met: 'De cliënt is schriftelijk op de hoogte gebracht van de voorgenomen opschorting, met de achtergrond en de gewenste veranderingen.',
        missing:
          'Aanbevolen: breng de cliënt schriftelijk op de hoogte van de voorgenomen opschorting, met de achtergrond en welke veranderingen wanneer nodig zijn.',
      },
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Procedure – Zorgopschorting',
        quote: 'De zorgaanbieder stelt de cliënt schriftelijk op de hoogte van de voorgenomen zorgopschorting',
      },
      related: conflicting(STEP_PLAN_NOTICE),
    },
    {
      id: 'vgz-suspension-complaint-route',
      procedures: SUSPENSION,
      phase: 'preparation',
      title: 'de klachtmogelijkheid',
      level: 'advised',
      check: { kind: 'entries', match: complaintRouteMentioned },
      texts: {
        met: 'De cliënt is gewezen op de mogelijkheid een klacht in te dienen.',
        missing: 'Aanbevolen: wijs de cliënt in uw brief op de mogelijkheid een klacht in te dienen.',
      },
      source: { seed: PROTOCOL, place: 'VGZ-protocol, Procedure – Zorgopschorting', quote: 'De zorgaanbieder wijst de cliënt op de mogelijkheid een klacht in te dienen' },
      related: { sources: [NOT_OBLIGED], note: 'Het protocol noemt de stappen bij opschorting aanbevolen, niet verplicht.' },
    },
    {
      id: 'vgz-suspension-melding',
      procedures: SUSPENSION,
      phase: 'preparation',
      title: 'melding bij Zorgadvies en Bemiddeling',
      level: 'advised',
      check: { kind: 'entries', match: meldingToZorgadvies },
      texts: {
        met: 'De problematiek is gemeld bij Zorgadvies en Bemiddeling van VGZ.',
        missing:
          'Aanbevolen: meld de problematiek bij Zorgadvies en Bemiddeling van VGZ (met het formulier ‘Zorgopschorting en zorgbeëindiging’) om samen een passende, de-escalerende oplossing te zoeken. Het protocol verplicht dit niet.',
      },
      source: { seed: PROTOCOL, place: 'VGZ-protocol, Procedure – Zorgopschorting', quote: 'De zorgaanbieder kan de problematiek melden bij Zorgadvies en Bemiddeling' },
      related: conflicting(STEP_PLAN_FORM),
    },
    {
      id: 'vgz-suspension-client-told-melding',
      procedures: SUSPENSION,
      phase: 'preparation',
      title: 'de cliënt schriftelijk informeren over de melding aan VGZ',
      level: 'advised',
      when: {
        condition: { kind: 'entries', match: meldingToZorgadvies },
        otherwise: 'Er is (nog) geen melding bij VGZ gedaan; doet u dat, laat het de cliënt dan schriftelijk weten.',
      },
      check: { kind: 'entries', match: writtenNotice('funder-notified') },
      texts: {
        met: 'De cliënt is schriftelijk geïnformeerd over de melding bij VGZ.',
        missing: 'Aanbevolen: laat de cliënt schriftelijk weten dat u de situatie bij VGZ hebt gemeld, zodat de cliënt weet dat VGZ meezoekt naar een oplossing.',
      },
      source: STEP_PLAN_CLIENT_TOLD,
      related: conflicting(),
    },
    {
      id: 'vgz-suspension-period',
      procedures: SUSPENSION,
      phase: 'preparation',
      title: 'een met de huisarts afgesproken opschortingsperiode',
      check: { kind: 'entries', match: { type: 'suspension-period', where: { agreedWithGp: { is: true } } } },
      texts: {
        met: 'Welke niet-noodzakelijke zorg wordt opgeschort en voor welke periode is met de huisarts afgestemd.',
        missing:
          'Leg vast welke niet-noodzakelijke zorg u opschort en voor welke periode, afgestemd met de behandelend huisarts.',
      },
      // Part of what a suspension is (Begrippen), not one of the recommended steps: required.
      source: { seed: PROTOCOL, place: 'VGZ-protocol, Begrippen – Zorgopschorting', quote: 'De periode voor zorgopschorting wordt afgestemd met de verantwoordelijk huisarts' },
      related: {
        sources: [
          {
            seed: PROTOCOL,
            place: 'VGZ-protocol, Procedure – Zorgopschorting',
            quote:
              'De afbakening van niet-noodzakelijke zorg en de duur van de opschortingsperiode dient de zorgaanbieder in afstemming met de behandelend huisarts te bepalen',
          },
        ],
        note: 'Het protocol noemt dit in de omschrijving van zorgopschorting zelf, niet alleen bij de aanbevolen stappen; daarom is het vereist.',
      },
    },
    {
      id: 'vgz-intent-notice',
      procedures: TERMINATION,
      phase: 'preparation',
      title: 'de schriftelijke aankondiging van de beëindiging',
      check: {
        kind: 'entries',
        match: writtenNotice('intent'),
        after: { match: writtenWarning },
        before: beforeRequest,
      },
      texts: {
        met: 'De cliënt is schriftelijk op de hoogte gebracht van de voorgenomen beëindiging, na de eerdere waarschuwingen.',
        missing:
          'Breng de cliënt schriftelijk op de hoogte van de voorgenomen beëindiging en noem welke waarschuwingen eraan voorafgingen.',
        outOfOrder:
          'De aankondiging van de beëindiging moet na een schriftelijke waarschuwing en vóór de melding aan VGZ komen; de vastgelegde aankondiging valt daarbuiten.',
      },
      source: { seed: PROTOCOL, place: 'VGZ-protocol, Procedure – Zorgbeëindiging', quote: 'Stelt de cliënt schriftelijk op de hoogte van de voorgenomen zorgbeëindiging' },
      related: agreeing(STEP_PLAN_NOTICE),
    },
    {
      id: 'vgz-complaint-route',
      procedures: TERMINATION,
      phase: 'preparation',
      title: 'de klachtmogelijkheid',
      check: { kind: 'entries', match: complaintRouteMentioned },
      texts: {
        met: 'De cliënt is gewezen op de klachtmogelijkheid via de klachtencommissie.',
        missing: 'Wijs de cliënt op de mogelijkheid een klacht in te dienen via de klachtencommissie van uw organisatie.',
      },
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Procedure – Zorgbeëindiging',
        quote: 'Wijst de cliënt op de mogelijkheid een klacht in te dienen via de klachtencommissie van de aanbieder',
      },
    },
    {
      id: 'vgz-client-told-melding',
      procedures: TERMINATION,
      phase: 'preparation',
      title: 'de cliënt schriftelijk informeren over de melding aan VGZ',
      check: { kind: 'entries', match: writtenNotice('funder-notified'), before: beforeRequest },
      texts: {
        met: 'De cliënt is schriftelijk geïnformeerd dat de voorgenomen beëindiging met het dossier bij VGZ wordt gemeld.',
        missing: 'Laat de cliënt schriftelijk weten dat u de voorgenomen beëindiging met het dossier bij VGZ meldt.',
        outOfOrder: 'De cliënt moet over de melding zijn geïnformeerd vóórdat u VGZ meldt; de brief is later verstuurd.',
      },
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Procedure – Zorgbeëindiging',
        quote: 'Informeert de cliënt schriftelijk dat zij de voorgenomen zorgbeëindiging meldt bij VGZ',
      },
      related: agreeing(STEP_PLAN_CLIENT_TOLD),
    },
    {
      id: 'vgz-dossier-copy',
      procedures: TERMINATION,
      phase: 'preparation',
      title: 'een kopie van het dossier op verzoek',
      when: {
        condition: { kind: 'entries', match: { type: 'copy-request' } },
        otherwise: 'De cliënt heeft (nog) geen kopie van het zorgbeëindigingsdossier gevraagd; vraagt de cliënt erom, geef die dan.',
      },
      check: { kind: 'none', match: pendingCopyRequest },
      texts: {
        met: 'De cliënt heeft de gevraagde kopie van het zorgbeëindigingsdossier gekregen.',
        missing: 'De cliënt vroeg een kopie van het zorgbeëindigingsdossier en heeft die nog niet gekregen: geef de kopie en leg de datum vast.',
      },
      source: { seed: PROTOCOL, place: 'VGZ-protocol, Procedure – Zorgbeëindiging', quote: 'Geeft de cliënt desgevraagd een kopie van het zorgbeëindigingsdossier' },
    },
    {
      // Of the intended termination ('voorgenomen zorgbeëindiging', as the client is told before the
      // melding), so the GP can take over what is needed before care ends; and the dossier VGZ
      // receives with the melding must show the steps taken ('Uit het zorgbeëindigingsdossier moet
      // blijken … Dat de genomen stappen helder zijn'). So a task before the request, in the frozen
      // dossier (review finding 12); never later than the final notice.
      id: 'vgz-gp-informed',
      procedures: TERMINATION,
      phase: 'preparation',
      title: 'de huisarts informeren',
      check: { kind: 'entries', match: gpInformed, before: { match: finalNotice } },
      texts: {
        met: 'De huisarts is geïnformeerd over de voorgenomen beëindiging.',
        missing: 'Informeer de huisarts over de voorgenomen beëindiging, zodat het onthouden van zorg niet levensbedreigend wordt.',
        outOfOrder:
          'De huisarts is pas na de definitieve opzegging geïnformeerd; dat moet eerder, zodat de huisartsenpraktijk zo nodig zorg kan overnemen.',
      },
      source: { seed: PROTOCOL, place: 'VGZ-protocol, Procedure – Zorgbeëindiging', quote: 'Informeert de huisarts van de cliënt over de voorgenomen zorgbeëindiging' },
    },
    {
      id: 'vgz-request-dossier',
      procedures: TERMINATION,
      phase: 'request',
      title: 'het dossier bij de melding',
      check: { kind: 'entries', match: requestWithDossier },
      texts: {
        met: 'De melding aan VGZ bevat het zorgbeëindigingsdossier.',
        missing: 'Voeg het zorgbeëindigingsdossier toe aan de melding bij VGZ.',
      },
      source: { seed: PROTOCOL, place: 'VGZ-protocol, Procedure – Zorgbeëindiging', quote: 'Bij deze melding is het dossier gevoegd' },
      related: agreeing(STEP_PLAN_FORM),
    },
    {
      id: 'vgz-wederhoor',
      procedures: TERMINATION,
      phase: 'request',
      title: 'wederhoor door VGZ',
      check: { kind: 'entries', match: wederhoor, after: { match: funderRequest } },
      texts: {
        met: 'VGZ heeft de cliënt of vertegenwoordiger gehoord (wederhoor).',
        missing: 'VGZ moet nog contact opnemen met de cliënt of vertegenwoordiger voor wederhoor.',
        outOfOrder: 'Het vastgelegde wederhoor ligt vóór de melding; VGZ moet de cliënt over deze melding horen.',
      },
      source: { seed: PROTOCOL, place: 'VGZ-protocol, Procedure – Zorgbeëindiging, De zorgverzekeraar', quote: 'Neemt contact op met de cliënt of diens wettelijk vertegenwoordiger voor wederhoor' },
    },
    {
      id: 'vgz-client-informed-decision',
      procedures: TERMINATION,
      phase: 'decision',
      title: 'de cliënt informeren over het besluit van VGZ',
      // 'op de hoogte': in any form; the final notice itself must be written (vgz-final-notice).
      check: { kind: 'entries', match: { type: 'client-notice', where: { kind: { in: ['decision', 'final-notice'] } } }, after: afterAcceptance },
      texts: {
        met: 'De cliënt is op de hoogte gebracht van het besluit van VGZ.',
        missing: 'Breng de cliënt op de hoogte van het besluit van VGZ tot zorgbeëindiging.',
        outOfOrder: 'De brief aan de cliënt is verstuurd vóór het besluit van VGZ; informeer de cliënt opnieuw over het besluit zelf.',
      },
      source: { seed: PROTOCOL, place: 'VGZ-protocol, Procedure – Zorgbeëindiging', quote: 'Brengt de cliënt op de hoogte van het besluit tot zorgbeëindiging van de zorgverzekeraar' },
    },
    {
      id: 'vgz-final-notice',
      procedures: TERMINATION,
      phase: 'decision',
      title: 'de schriftelijke definitieve beëindiging',
      check: { kind: 'entries', match: writtenNotice('final-notice'), after: afterAcceptance },
      texts: {
        met: 'De definitieve beëindiging is na het akkoord van VGZ schriftelijk meegedeeld.',
        missing: 'Deel de definitieve beëindiging schriftelijk (e-mail of brief) mee, met een redelijke opzegtermijn.',
        outOfOrder: 'De definitieve beëindiging is meegedeeld vóór het akkoord van VGZ; dat mag pas daarna.',
      },
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Procedure – Zorgbeëindiging',
        quote:
          'De definitieve zorgbeëindiging dient schriftelijke, via e-mail of brief, te geschieden met inachtneming van een redelijke opzegtermijn',
      },
    },
    {
      id: 'vgz-consent-before-transfer',
      procedures: TERMINATION,
      phase: 'decision',
      title: 'toestemming vóór informatie aan de nieuwe zorgaanbieder',
      when: {
        condition: { kind: 'entries', match: transfer },
        otherwise: 'Er is nog geen informatie aan een nieuwe zorgaanbieder gegeven; vraag daarvóór schriftelijk toestemming.',
      },
      check: { kind: 'entries', match: writtenConsent, before: { match: transfer } },
      texts: {
        met: 'De cliënt gaf schriftelijk toestemming voordat informatie naar de nieuwe zorgaanbieder ging.',
        missing: 'Vraag de cliënt schriftelijk toestemming voordat u informatie aan de nieuwe zorgaanbieder geeft.',
        outOfOrder: 'Er is informatie overgedragen voordat de cliënt schriftelijk toestemming gaf; toestemming moet eerst.',
      },
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Procedure – Zorgbeëindiging',
        quote:
          'Geeft alleen met schriftelijke toestemming van de cliënt informatie over hem/haar aan een zorgaanbieder die de zorg overneemt',
      },
    },
  ],
  deadlines: [
    decisionTerm({
      id: 'vgz-deadline-decision',
      procedures: TERMINATION,
      label: 'Besluit VGZ over de zorgbeëindiging',
      term: { amount: 3, unit: 'weeks', direction: 'after' },
      source: { seed: PROTOCOL, place: 'VGZ-protocol, Procedure – Zorgbeëindiging, De zorgverzekeraar', quote: 'binnen 3 weken na ontvangst van het verzoek tot zorgbeëindiging' },
    }),
    objectionTerm({
      id: 'vgz-deadline-objection',
      procedures: TERMINATION,
      label: 'Bezwaar tegen de beslissing van VGZ',
      term: { amount: 6, unit: 'weeks', direction: 'after' },
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Procedure – Zorgbeëindiging',
        quote: 'De termijn voor het indienen van het bezwaarschrift bedraagt 6 weken na de formele beslissing van de zorgverzekeraar',
      },
    }),
    {
      id: 'vgz-deadline-suspension-contact',
      procedures: SUSPENSION,
      label: 'Gesprek met de cliënt over hervatten van de zorg',
      from: 'het einde van de opschorting',
      anchor: { kind: 'entry', match: { type: 'suspension-period' }, occurrence: 'last', field: 'end' },
      term: { amount: 1, unit: 'weeks', direction: 'before' },
      counting: BACKWARD_TERM,
      satisfiedBy: { kind: 'entry', match: { type: 'client-notice', where: { kind: { is: 'decision' } } } },
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Procedure – Zorgopschorting',
        quote: 'een week voordat de periode van opschorting eindigt de cliënt zal benaderen',
      },
    },
  ],
  advice: [
    {
      id: 'vgz-advice-suspend',
      procedures: SUSPENSION,
      trigger: { kind: 'ready' },
      text: 'U kunt de afgesproken niet-noodzakelijke zorg opschorten voor de afgesproken periode; benader de cliënt een week voor het einde om te beslissen over hervatten.',
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Procedure – Zorgopschorting',
        quote: 'het mogelijk om de niet-noodzakelijke zorg op te schorten voor een duidelijk omschreven periode',
      },
    },
    {
      id: 'vgz-advice-submit',
      procedures: TERMINATION,
      trigger: { kind: 'ready', unless: funderRequest },
      text: 'Meld de voorgenomen beëindiging nu bij VGZ met het formulier ‘Zorgopschorting en zorgbeëindiging’ en voeg het dossier toe; u blijft verantwoordelijk tot er een oplossing is.',
      source: {
        seed: STEP_PLAN,
        place: 'VGZ-stappenplan, stap 3',
        quote: 'dan kunt u ons op de hoogte stellen door het formulier \'Zorgopschorting en zorgbeëindiging\' bij ons in te dienen',
      },
    },
    {
      id: 'vgz-advice-pgb',
      procedures: TERMINATION,
      trigger: {
        kind: 'condition',
        condition: {
          kind: 'all',
          conditions: [
            { kind: 'entries', match: otherProviderNotFound },
            { kind: 'not', condition: { kind: 'entries', match: otherProviderFound } },
            { kind: 'not', condition: { kind: 'entries', match: { type: 'alternative', where: { kind: { is: 'pgb' } } } } },
          ],
        },
      },
      text: 'Er is aantoonbaar geen andere zorgaanbieder gevonden: u kunt de cliënt een pgb-traject adviseren. VGZ doet de cliënt dan een aanbod pgb.',
      source: {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Procedure – Zorgbeëindiging',
        quote: 'Kan een PGB traject adviseren aan de cliënt, indien aantoonbaar geen andere zorgaanbieder gevonden wordt',
      },
    },
  ],
  funder: {
    suspension: AWB_4_15_SUSPENSION,
    duties: [
      hearingDuty('vgz-funder-hearing', TERMINATION, {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Procedure – Zorgbeëindiging, De zorgverzekeraar',
        quote: 'Neemt contact op met de cliënt of diens wettelijk vertegenwoordiger voor wederhoor',
      }),
      {
        id: 'vgz-funder-medical-advice',
        procedures: TERMINATION,
        title: 'Oordeel van de medisch adviseur',
        check: { kind: 'medical-advice' },
        texts: {
          met: 'De medisch adviseur heeft geoordeeld of de reden gegrond is, met motivering.',
          missing: 'Laat de medisch adviseur oordelen of de reden voor de zorgbeëindiging gegrond is.',
        },
        source: {
          seed: STEP_PLAN,
          place: 'VGZ-stappenplan, stap 4',
          quote: 'Onze medisch adviseurs doen een uitspraak over de situatie en bepalen uiteindelijk of de reden voor zorgopschorting of -beëindiging gegrond is',
        },
      },
      {
        id: 'vgz-funder-igj',
        procedures: TERMINATION,
        title: 'Wijzen op de melding aan de IGJ',
        check: { kind: 'decision-states', field: 'igjPointed' },
        texts: {
          met: 'Het besluit wijst de aanbieder op de mogelijkheid van een melding aan de IGJ.',
          missing: 'Wijs de aanbieder in het besluit op de mogelijkheid om de zorgbeëindiging aan de IGJ te melden.',
        },
        source: {
          seed: PROTOCOL,
          place: 'VGZ-protocol, Procedure – Zorgbeëindiging, De zorgverzekeraar',
          quote: 'Zal de zorgaanbieder attenderen op de mogelijkheid om over de zorgbeëindiging een melding te doen aan de IGJ',
        },
      },
      {
        id: 'vgz-funder-pgb',
        procedures: TERMINATION,
        outcomes: ['accepted', 'accepted-with-conditions'],
        title: 'Aanbod PGB',
        check: { kind: 'pgb-offer' },
        texts: {
          met: 'Een PGB-aanbod is niet nodig, of de cliënt heeft het aanbod gekregen.',
          missing: 'De aanbieder heeft aangetoond dat er geen andere aanbieder is: doe de cliënt een aanbod PGB.',
        },
        source: {
          seed: PROTOCOL,
          place: 'VGZ-protocol, Procedure – Zorgbeëindiging, De zorgverzekeraar',
          quote: 'Doet, indien de aanbieder aantoonbaar heeft gemaakt dat er geen vervangende zorgaanbieder gevonden is, de cliënt een aanbod PGB',
        },
      },
      termDuty('vgz-funder-term', TERMINATION, {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Procedure – Zorgbeëindiging, De zorgverzekeraar',
        quote: 'Neemt de uiteindelijke beslissing over de wijze waarop en de condities waaronder zorgbeëindiging plaatsvindt, binnen 3 weken na ontvangst van het verzoek tot zorgbeëindiging',
      }),
      reasonsDuty('vgz-funder-reasons', TERMINATION, {
        seed: PROTOCOL,
        place: 'VGZ-protocol, Procedure – Zorgbeëindiging, De zorgverzekeraar',
        quote: 'zal dit besluit schriftelijk communiceren naar de zorgaanbieder',
      }),
      continuityDuty('vgz-funder-continuity', TERMINATION, {
        seed: STEP_PLAN,
        place: 'VGZ-stappenplan, stap 3',
        quote: 'u blijft als zorgaanbieder verantwoordelijk voor de cliënt totdat er een passende oplossing is gevonden',
      }),
    ],
  },
};

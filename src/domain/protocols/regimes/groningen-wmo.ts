// Gemeente Groningen, Wmo/Jeugd, contracted provider: 'Beschrijving te ondernemen stappen t.a.v.
// Zorgbeëindiging door een gecontracteerde aanbieder' (seed 000).
//
// Immediate termination keeps the steps towards the municipality but drops the improvement route
// (warnings, experttafel, alternatives): the seed allows it only for very urgent danger, where that
// route cannot be waited for; without such danger it advises a time-out elsewhere instead. 'Very
// urgent' is read as an incident of the client or those around them, recorded as endangering
// someone's safety, at most URGENT_DAYS before the request: the seed names no number, and an
// older danger left time for the time-out it prefers (decision record 0002).
//
// The seed lists its weighty reasons 'onder andere' and its means 'zoals': another described reason
// counts for the municipality's judgment, and the named means are advice, not a closed list.

import {
  acceptance,
  afterAcceptance,
  alternativePlaceWithClient,
  anyFunderDecision,
  beforeRequest,
  conditionAssessment,
  consultationWith,
  rejection,
  requestWithDossier,
  transfer,
  twoSidedWeighing,
  warningSharedWithRepresentative,
  writtenNotice,
  writtenWarning,
  writtenWarningOf,
  funderPhases,
  decisionTerm,
} from '../matches.ts';
import { AWB_4_15_SUSPENSION, continuityDuty, reasonsDuty, termDuty } from '../funder.ts';
import type { EntryMatch, Regime } from '../types.ts';

const SEED = '000_9fd4bb6161b1af7d.txt';
const BOTH = ['beeindiging', 'beeindiging-onmiddellijk'] as const;
const ORDINARY = ['beeindiging'] as const;
const URGENT_DAYS = 7;

/** 'de veiligheid van medewerkers, medebewoners, omwonenden of client in het geding': by the client or those around them. */
const dangerousIncident = {
  type: 'incident',
  where: { by: { in: ['client', 'family', 'representative'] }, endangered: { includesAny: ['staff', 'residents', 'neighbours', 'client'] } },
} as const satisfies EntryMatch;

/** The means to improve the situation: anything but replacing the care (another provider, a pgb). */
const improvementMeans: readonly EntryMatch[] = [
  {
    type: 'alternative',
    where: { kind: { in: ['experttafel', 'time-out', 'passend-beschikken', 'coaching', 'other-team', 'oggz', 'sociaal-wijkteam', 'spv', 'other'] } },
  },
  consultationWith('experttafel'),
];
const namedMeans: readonly EntryMatch[] = [
  { type: 'alternative', where: { kind: { in: ['experttafel', 'time-out', 'passend-beschikken'] } } },
  consultationWith('experttafel'),
];
const finalNotice = { type: 'client-notice', where: { kind: { is: 'final-notice' } } } as const satisfies EntryMatch;
const noticePeriod = { type: 'notice-period' } as const satisfies EntryMatch;
const deviation = { type: 'decision-deviation' } as const satisfies EntryMatch;
const reportedToBoth = { type: 'consultation', where: { with: { includesAll: ['contractmanager', 'toegangsmedewerker'] } } } as const satisfies EntryMatch;

export const groningenWmo: Regime = {
  id: 'groningen-wmo',
  name: 'Gemeente Groningen (Wmo/Jeugd, gecontracteerde aanbieder)',
  funderKind: 'municipality',
  funderName: 'de gemeente Groningen',
  procedures: BOTH,
  phases: funderPhases(
    { request: 'Pas bij het verzoek aan de gemeente', decision: 'Pas na het akkoord van de gemeente' },
    acceptance,
  ),
  grounds: [
    {
      id: 'gro-threat',
      label: 'een ernstige mate van bedreiging of intimidatie die de situatie onwerkbaar maakt',
      codes: ['threat-intimidation'],
      by: ['client'],
      procedures: BOTH,
      source: { seed: SEED, place: 'Groningen, Beëindiging van zorgovereenkomst', quote: 'Een ernstige mate van bedreiging of intimidatie die de situatie onwerkbaar maakt' },
    },
    {
      id: 'gro-aggression-nuisance',
      label: 'structureel agressief of overlastgevend gedrag, al dan niet door middelengebruik',
      codes: ['aggression', 'nuisance', 'substance-use'],
      by: ['client'],
      procedures: BOTH,
      source: {
        seed: SEED,
        place: 'Groningen, Beëindiging van zorgovereenkomst',
        quote: 'Een client die structureel agressie of overlast gevend gedrag vertoond al dan niet veroorzaakt door middelengebruik',
      },
    },
    {
      id: 'gro-unreasonable',
      label: 'agressief of onredelijk gedrag zonder relatie met het ziektebeeld',
      codes: ['aggression', 'discrimination'],
      by: ['client'],
      procedures: BOTH,
      source: {
        seed: SEED,
        place: 'Groningen, Beëindiging van zorgovereenkomst',
        quote: 'Een cliënt die agressief of onredelijk is, waarbij er geen relatie is met het ziektebeeld van cliënt',
      },
    },
    {
      id: 'gro-weapons',
      label: 'bezit van wapens die volgens de Wet wapens en munitie verboden zijn',
      codes: ['weapons'],
      by: ['client'],
      procedures: BOTH,
      source: { seed: SEED, place: 'Groningen, Beëindiging van zorgovereenkomst', quote: 'Een client die in bezit is van volgens de wet wapens en munitie (WWM) verboden wapens' },
    },
    {
      id: 'gro-broken-trust',
      label: 'een onherstelbaar verstoorde vertrouwensrelatie',
      codes: ['broken-trust'],
      procedures: BOTH,
      source: { seed: SEED, place: 'Groningen, Beëindiging van zorgovereenkomst', quote: 'Een onherstelbaar verstoorde vertrouwensrelatie' },
    },
    {
      id: 'gro-disruption',
      label: 'een ernstige verstoring van de dagelijkse gang van zaken die de hulpverlening aan anderen in gevaar brengt',
      codes: ['nuisance'],
      procedures: BOTH,
      source: {
        seed: SEED,
        place: 'Groningen, Beëindiging van zorgovereenkomst',
        quote: 'Een ernstige verstoring van de dagelijkse gang van zaken die de hulpverlening aan anderen in gevaar brengt',
      },
    },
    {
      id: 'gro-family',
      label: 'de handelswijze van familie of vertegenwoordiger (bedreiging, agressie of het tegenwerken van de zorg)',
      codes: [
        'threat-intimidation',
        'aggression',
        'nuisance',
        'discrimination',
        'weapons',
        'non-cooperation',
        'non-compliance',
        'withholding-information',
      ],
      by: ['family', 'representative'],
      procedures: BOTH,
      source: { seed: SEED, place: 'Groningen, Beëindiging van zorgovereenkomst', quote: 'Ook de handelswijze van familie kan van belang zijn' },
    },
    {
      id: 'gro-non-cooperation',
      label: 'geen medewerking terwijl die nodig is voor goede hulpverlening',
      codes: ['non-cooperation', 'non-compliance'],
      by: ['client'],
      procedures: BOTH,
      source: {
        seed: SEED,
        place: 'Groningen, Beëindiging van zorgovereenkomst',
        quote: 'Een cliënt die geen medewerking verleent terwijl dat wel nodig is om goede hulpverlening te kunnen bieden',
      },
    },
    {
      id: 'gro-withholding-no-show',
      label: 'opzettelijk informatie achterhouden of zonder gewichtige reden niet op afspraken komen',
      codes: ['withholding-information', 'no-show'],
      by: ['client'],
      procedures: BOTH,
      source: {
        seed: SEED,
        place: 'Groningen, Beëindiging van zorgovereenkomst',
        quote:
          'Een cliënt die opzettelijk informatie achter houdt en/of zonder gewichtige redenen niet op de begeleidingsmomenten, locatie of andere afspraken komt opdagen',
      },
    },
    {
      id: 'gro-unauthorised-occupants',
      label: 'anderen zonder toestemming gebruik laten maken van de woonruimte',
      codes: ['unauthorised-occupants'],
      by: ['client'],
      procedures: BOTH,
      source: {
        seed: SEED,
        place: 'Groningen, Beëindiging van zorgovereenkomst',
        quote: 'Een client die andere mensen zonder toestemming van de zorgaanbieder gebruik laat maken van de woonruimte',
      },
    },
    {
      id: 'gro-non-payment',
      label: 'weigeren om nota’s te betalen',
      codes: ['non-payment'],
      by: ['client'],
      procedures: BOTH,
      source: { seed: SEED, place: 'Groningen, Beëindiging van zorgovereenkomst', quote: 'Een cliënt die weigert om nota’s te betalen' },
    },
    {
      id: 'gro-organisational',
      label: 'organisatorische, personele of budgettaire redenen',
      codes: ['organisational'],
      procedures: BOTH,
      source: {
        seed: SEED,
        place: 'Groningen, Beëindiging van zorgovereenkomst',
        quote: 'Organisatorische, personele of budgettaire redenen waardoor er geen verantwoorde zorg meer geleverd kan worden',
      },
    },
    {
      id: 'gro-care-need',
      label: 'een ondersteuningsvraag waarvoor geen verantwoorde zorg meer geleverd kan worden',
      codes: ['care-need-exceeds-offer'],
      procedures: BOTH,
      source: {
        seed: SEED,
        place: 'Groningen, Beëindiging van zorgovereenkomst',
        quote:
          'Vanwege de ondersteuningsvraag van de cliënt waardoor een situatie ontstaat waarin geen verantwoorde zorg meer geleverd kan worden',
      },
    },
    {
      id: 'gro-other',
      label: 'een andere, beschreven gewichtige reden (ter beoordeling van de gemeente)',
      codes: ['other'],
      procedures: BOTH,
      judgedByFunder: true,
      source: { seed: SEED, place: 'Groningen, Beëindiging van zorgovereenkomst', quote: 'Dit geldt onder andere wanneer er sprake is van de volgende omstandigheden' },
    },
  ],
  requirements: [
    {
      id: 'gro-ground',
      procedures: BOTH,
      phase: 'preparation',
      title: 'een gewichtige reden',
      check: { kind: 'ground' },
      texts: {
        met: 'Het dossier toont een gewichtige reden voor opzegging: {grounds}.',
        missing:
          'Leg het incident vast waaruit een gewichtige reden blijkt, zoals ernstige bedreiging, structurele agressie of een onherstelbaar verstoorde vertrouwensrelatie.',
      },
      source: {
        seed: SEED,
        place: 'Groningen, Beëindiging van zorgovereenkomst',
        quote: 'Het opzeggen van een zorgovereenkomst is enkel mogelijk wegens gewichtige redenen en onder bijzondere omstandigheden',
      },
    },
    {
      id: 'gro-immediate-urgent-danger',
      procedures: ['beeindiging-onmiddellijk'],
      phase: 'preparation',
      title: 'een zeer dringende reden voor onmiddellijke beëindiging',
      check: { kind: 'entries', match: dangerousIncident, before: beforeRequest, withinDays: URGENT_DAYS },
      texts: {
        met: `Het dossier toont een recent incident (hooguit ${URGENT_DAYS} dagen vóór het verzoek) van de cliënt of diens omgeving waarbij de veiligheid van medewerkers, medebewoners, omwonenden of de cliënt in het geding kwam.`,
        missing:
          `Onmiddellijke beëindiging kan alleen bij zeer dringende redenen: een incident van de cliënt of diens familie of vertegenwoordiger, hooguit ${URGENT_DAYS} dagen vóór het verzoek, waarbij de veiligheid van medewerkers, medebewoners, omwonenden of de cliënt in het geding kwam (leg bij het incident vast wiens veiligheid). Een incident waarbij niemands veiligheid in het geding was, is geen zeer dringende reden.`,
        outOfOrder:
          `Het incident waarbij de veiligheid in het geding kwam, ligt meer dan ${URGENT_DAYS} dagen vóór het verzoek (of vóór vandaag): wie zo lang kon wachten, heeft geen zeer dringende reden. Kies de gewone procedure, of zet eerst een time-out elders in.`,
      },
      source: {
        seed: SEED,
        place: 'Groningen, Beëindiging met onmiddellijke ingang',
        quote:
          'Het direct beëindigen van de zorgovereenkomst is alleen van toepassing als er sprake is van zeer dringende redenen waarin de veiligheid van medewerkers, medebewoners, omwonenden of client in het geding komt',
      },
    },
    {
      id: 'gro-toegang-involved',
      procedures: BOTH,
      phase: 'preparation',
      title: 'de toegangsmedewerker betrekken',
      check: { kind: 'entries', match: consultationWith('toegangsmedewerker'), before: beforeRequest },
      texts: {
        met: 'De toegangsmedewerker is tijdig bij het traject betrokken.',
        missing: 'Betrek de toegangsmedewerker bij het traject voordat u het verzoek indient.',
        outOfOrder: 'De toegangsmedewerker is pas na het verzoek aan de gemeente betrokken; dat had daarvóór moeten gebeuren.',
      },
      source: {
        seed: SEED,
        place: 'Groningen, stap 1',
        quote: 'Op het moment dat een traject niet goed verloopt wordt de toegangsmedewerker tijdig betrokken',
      },
    },
    {
      id: 'gro-means-used',
      procedures: ORDINARY,
      phase: 'preparation',
      title: 'middelen ingezet om de situatie te verbeteren',
      check: { kind: 'entries', match: improvementMeans },
      texts: {
        met: 'Er zijn middelen ingezet om de situatie te verbeteren.',
        missing:
          'Leg vast welke middelen u hebt ingezet om de situatie te verbeteren, zoals de experttafel, een time-out, passend beschikken, coaching of hulp van het sociaal wijkteam.',
      },
      source: {
        seed: SEED,
        place: 'Groningen, Zorgvuldigheidseisen',
        quote: 'De zorgaanbieder moet zich tot het uiterste hebben ingespannen om de situatie te verbeteren',
      },
    },
    {
      id: 'gro-named-means',
      procedures: ORDINARY,
      phase: 'preparation',
      title: 'experttafel, time-out of passend beschikken',
      level: 'advised',
      check: { kind: 'entries', match: namedMeans },
      texts: {
        met: 'De experttafel, een time-out of passend beschikken is benut.',
        missing:
          'Aanbevolen: overweeg de middelen die de gemeente noemt, de experttafel, een time-out of passend beschikken, zodat er extra zorg ingezet kan worden. Het protocol noemt ze als voorbeeld (‘zoals’); andere middelen tellen ook.',
      },
      source: {
        seed: SEED,
        place: 'Groningen, Zorgvuldigheidseisen',
        quote: 'beschikbare middelen zoals de experttafel, time out of passend beschikken zodat er extra zorg ingezet kan worden',
      },
    },
    {
      id: 'gro-warnings-multiple',
      procedures: ORDINARY,
      phase: 'preparation',
      title: 'meerdere schriftelijke waarschuwingen',
      check: { kind: 'entries', match: writtenWarning, min: 2, before: beforeRequest },
      texts: {
        met: 'De cliënt heeft {n} schriftelijke waarschuwingen gehad vóór het verzoek aan de gemeente.',
        missing: 'De cliënt moet meerdere schriftelijke waarschuwingen hebben gehad (minimaal {min}, nu {n}).',
        outOfOrder:
          'De schriftelijke waarschuwingen moeten vóór het verzoek aan de gemeente liggen; er liggen er te weinig vóór het verzoek.',
      },
      source: {
        seed: SEED,
        place: 'Groningen, Zorgvuldigheidseisen',
        quote:
          'Cliënt moet meerdere schriftelijke waarschuwingen (die gedeeld zijn met client en/of wettelijk vertegenwoordigers) en aansporingen hebben gehad tot verbetering',
      },
    },
    {
      id: 'gro-warnings-shared',
      procedures: ORDINARY,
      phase: 'preparation',
      title: 'waarschuwingen gedeeld met de wettelijk vertegenwoordiger',
      // 'met client en/of wettelijk vertegenwoordigers': shared with the client is enough.
      level: 'advised',
      when: {
        condition: { kind: 'has-representative' },
        otherwise: 'De cliënt heeft geen wettelijk vertegenwoordiger, dus de waarschuwingen hoeven niet met een vertegenwoordiger te worden gedeeld.',
      },
      check: { kind: 'entries', match: warningSharedWithRepresentative, min: 2, before: beforeRequest },
      texts: {
        met: 'De schriftelijke waarschuwingen zijn ook met de wettelijk vertegenwoordiger gedeeld.',
        missing:
          'Aanbevolen: deel de schriftelijke waarschuwingen ook met de wettelijk vertegenwoordiger (nu {n} van {min}). Het protocol zegt ‘cliënt en/of wettelijk vertegenwoordiger’: delen met de cliënt is genoeg.',
        outOfOrder: 'Aanbevolen: de met de vertegenwoordiger gedeelde waarschuwingen liggen beter vóór het verzoek aan de gemeente.',
      },
      source: { seed: SEED, place: 'Groningen, Zorgvuldigheidseisen', quote: 'die gedeeld zijn met client en/of wettelijk vertegenwoordigers' },
    },
    {
      id: 'gro-consequence-stated',
      procedures: ORDINARY,
      phase: 'preparation',
      title: 'de cliënt gewezen op beëindiging als gevolg',
      check: { kind: 'entries', match: writtenWarningOf('termination'), before: beforeRequest },
      texts: {
        met: 'De cliënt is schriftelijk gewaarschuwd dat de zorg wordt beëindigd als het gedrag niet verandert.',
        missing:
          'Waarschuw de cliënt schriftelijk dat de zorg wordt beëindigd als het gedrag niet verandert of afspraken niet worden nagekomen.',
        outOfOrder: 'De waarschuwing dat de zorg wordt beëindigd moet vóór het verzoek aan de gemeente zijn gegeven.',
      },
      source: {
        seed: SEED,
        place: 'Groningen, Zorgvuldigheidseisen',
        quote: 'De cliënt is gewezen op de consequenties (waarvan het uiterste de beëindiging van de zorgovereenkomst is)',
      },
    },
    {
      id: 'gro-alternative-sought',
      procedures: ORDINARY,
      phase: 'preparation',
      title: 'meezoeken naar een alternatief',
      check: { kind: 'entries', match: alternativePlaceWithClient },
      texts: {
        met: 'De zorgaanbieder heeft samen met de cliënt gezocht naar een andere plek of aanbieder van zorg.',
        missing:
          'Zoek samen met de cliënt naar een alternatief: een andere aanbieder, een andere plek of een pgb, en leg vast dat u dat met de cliënt deed.',
        incomplete:
          'Een maatregel om de situatie te verbeteren is geen alternatief: zoek samen met de cliënt naar een andere aanbieder, een andere plek of een pgb, en leg vast dat u dat met de cliënt deed.',
      },
      source: { seed: SEED, place: 'Groningen, Zorgvuldigheidseisen', quote: 'De zorgaanbieder moet mee zoeken naar een alternatief' },
    },
    {
      id: 'gro-weighing',
      procedures: BOTH,
      phase: 'preparation',
      title: 'de belangenafweging',
      check: { kind: 'entries', match: twoSidedWeighing },
      texts: {
        met: 'De belangen van de cliënt en naasten, en de afhankelijkheid van de zorg, zijn afgewogen tegen die van huisgenoten en de zorgaanbieder.',
        missing:
          'Leg vast hoe het belang van de cliënt en naasten is afgewogen tegen dat van andere huisgenoten en van de zorgaanbieder.',
        incomplete:
          'De belangenafweging noemt niet beide kanten: leg apart vast wat het belang en de afhankelijkheid van de cliënt zijn, en wat de belangen van medewerkers, huisgenoten en de zorgaanbieder zijn.',
      },
      source: {
        seed: SEED,
        place: 'Groningen, Beëindiging met onmiddellijke ingang',
        quote:
          'Het belang van de cliënt en naasten moet worden afgewogen tegen de belangen van andere huisgenoten en de belangen van de zorgaanbieder',
      },
    },
    {
      id: 'gro-condition-assessed',
      procedures: BOTH,
      phase: 'preparation',
      title: 'de rol van de aandoening',
      check: { kind: 'entries', match: conditionAssessment },
      texts: {
        met: 'Er is beoordeeld of het gedrag (mede) door de aandoening van de cliënt wordt veroorzaakt.',
        missing: 'Laat beoordelen of het gedrag van de cliënt (mede) door zijn of haar aandoening wordt veroorzaakt.',
      },
      source: {
        seed: SEED,
        place: 'Groningen, Beëindiging met onmiddellijke ingang',
        quote: 'Er zal meegewogen moeten worden of het gedrag van de cliënt niet (mede) wordt veroorzaakt door de aandoening van de cliënt',
      },
    },
    {
      id: 'gro-client-informed-before-request',
      procedures: BOTH,
      phase: 'preparation',
      title: 'de cliënt schriftelijk informeren over het verzoek',
      check: { kind: 'entries', match: writtenNotice('funder-notified'), before: beforeRequest },
      texts: {
        met: 'De cliënt is schriftelijk geïnformeerd dat de gemeente over het verzoek tot beëindiging wordt ingelicht.',
        missing:
          'Laat de cliënt of vertegenwoordiger schriftelijk weten dat u de gemeente gaat informeren over het verzoek tot beëindiging.',
        outOfOrder:
          'De cliënt moet schriftelijk zijn geïnformeerd vóórdat de gemeente het verzoek krijgt; de brief aan de cliënt is later verstuurd.',
      },
      source: {
        seed: SEED,
        place: 'Groningen, stap 2',
        quote:
          'De zorgaanbieder informeert schriftelijk cliënt en/of wettelijk vertegenwoordiger dat de gemeente op de hoogte gebracht gaat worden van het verzoek tot de zorg beëindiging',
      },
    },
    {
      id: 'gro-request-form',
      procedures: BOTH,
      phase: 'request',
      title: 'het formulier zorg beëindiging met motivatie en procedure',
      check: { kind: 'entries', match: requestWithDossier },
      texts: {
        met: 'Het verzoek is ingediend met de motivatie en de eigen procedure zorgbeëindiging.',
        missing: 'Voeg aan het verzoek de motivatie en uw eigen procedure zorgbeëindiging (het dossier) toe.',
      },
      source: {
        seed: SEED,
        place: 'Groningen, stap 3',
        quote:
          'moet de motivatie voor beëindiging met toevoeging van de procedure zorgbeëindiging die de zorgaanbieder heeft opgesteld',
      },
    },
    {
      id: 'gro-decision-notice',
      procedures: BOTH,
      phase: 'request',
      title: 'de cliënt schriftelijk informeren over het besluit',
      when: {
        condition: { kind: 'entries', match: anyFunderDecision },
        otherwise: 'Pas na het besluit van de gemeente: de cliënt schriftelijk informeren over het besluit.',
      },
      check: { kind: 'entries', match: writtenNotice('decision', 'final-notice'), after: { match: anyFunderDecision } },
      texts: {
        met: 'De cliënt is schriftelijk geïnformeerd over het besluit van de gemeente.',
        missing:
          'Informeer de cliënt of vertegenwoordiger schriftelijk over het besluit van de gemeente, ook als die het verzoek niet accepteerde.',
        outOfOrder:
          'De brief over de beëindiging is verstuurd vóór het besluit van de gemeente; informeer de cliënt opnieuw schriftelijk na het besluit.',
      },
      source: {
        seed: SEED,
        place: 'Groningen, stap 6',
        quote: 'De zorgaanbieder informeert cliënt en/of wettelijk vertegenwoordiger schriftelijk over het besluit van de zorg beëindiging',
      },
    },
    {
      id: 'gro-stop-message',
      procedures: BOTH,
      phase: 'decision',
      title: 'het 307-bericht',
      check: { kind: 'entries', match: { type: 'stop-message' }, after: afterAcceptance },
      texts: {
        met: 'Het 307-bericht is na het akkoord van de gemeente ingediend.',
        missing: 'Dien na het akkoord van de gemeente het 307-bericht in.',
        outOfOrder: 'Het 307-bericht is vóór het akkoord van de gemeente verstuurd; dat mag pas na het akkoord.',
      },
      source: { seed: SEED, place: 'Groningen, stap 5', quote: 'De aanbieder dient uiteindelijk het 307 bericht in' },
    },
    {
      id: 'gro-end-date-reported',
      procedures: BOTH,
      phase: 'decision',
      title: 'de definitieve einddatum terugkoppelen',
      check: { kind: 'entries', match: reportedToBoth, after: afterAcceptance },
      texts: {
        met: 'De afspraken en de definitieve einddatum zijn na het besluit teruggekoppeld aan de contractmanager en de toegangsmedewerker.',
        missing:
          'Koppel de gemaakte afspraken en de definitieve einddatum per mail terug aan de contractmanager én de toegangsmedewerker (leg dat vast als overleg met beiden).',
        outOfOrder:
          'De terugkoppeling aan contractmanager en toegangsmedewerker was vóór het akkoord; koppel de afspraken en de definitieve einddatum na het besluit terug.',
      },
      source: {
        seed: SEED,
        place: 'Groningen, stap 5',
        quote: 'inclusief de definitieve einddatum ook per mail terug aan de contractmanager en toegangsmedewerker',
      },
    },
    {
      id: 'gro-deviation-reported',
      procedures: BOTH,
      phase: 'decision',
      title: 'een afwijking van het besluit delen',
      when: {
        condition: { kind: 'entries', match: deviation },
        otherwise: 'Er is geen afwijking van het besluit vastgelegd; wijkt u af, deel dat dan met de contractmanager en de toegangsmedewerker.',
      },
      check: { kind: 'entries', match: reportedToBoth, after: { match: deviation } },
      texts: {
        met: 'De afwijking van het besluit is gedeeld met de contractmanager en de toegangsmedewerker.',
        missing: 'U wijkt af van het besluit: deel dat met de contractmanager én de toegangsmedewerker (leg dat vast als overleg met beiden).',
        outOfOrder: 'Het laatste overleg met contractmanager en toegangsmedewerker was vóór de afwijking; deel de afwijking met hen.',
      },
      source: {
        seed: SEED,
        place: 'Groningen, stap 5',
        quote:
          'Mocht er om welke reden dan ook afgeweken worden van het besluit van de zorg beëindiging dan wordt er van de zorgaanbieder verwacht dat dit met de contractmanager en toegangsmedewerker wordt gedeeld',
      },
    },
    {
      id: 'gro-reasonable-notice',
      procedures: ORDINARY,
      phase: 'decision',
      title: 'een redelijke opzegtermijn, onderbouwd',
      check: { kind: 'entries', match: noticePeriod, before: { match: finalNotice } },
      texts: {
        met: 'De opzegtermijn is vastgelegd en onderbouwd op de ernst van de problematiek en de afhankelijkheid, de aard en duur van het verblijf en de tijd die nodig is voor een aanvaardbaar alternatief.',
        missing:
          'Leg de opzegtermijn vast en onderbouw waarom die redelijk is: de ernst van de problematiek en de afhankelijkheid van de zorg, de aard en duur van het verblijf, de tijd die nodig is om een aanvaardbaar alternatief te vinden.',
        outOfOrder: 'De opzegtermijn is pas na de definitieve opzegging onderbouwd; de termijn moet vóór de opzegging zijn gewogen.',
      },
      source: {
        seed: SEED,
        place: 'Groningen, Zorgvuldigheidseisen',
        quote: 'Een redelijke opzeggingstermijn moet worden gehanteerd. Welk termijn redelijk is hangt af van de specifieke omstandigheden',
      },
    },
    {
      id: 'gro-consent-before-transfer',
      procedures: BOTH,
      phase: 'decision',
      title: 'toestemming vóór overdracht van het dossier',
      when: {
        condition: { kind: 'entries', match: transfer },
        otherwise: 'Er is nog geen dossier overgedragen aan een nieuwe zorgaanbieder; vraag daarvóór toestemming.',
      },
      // 'na toestemming van de cliënt': in any form; only VGZ asks for it in writing.
      check: { kind: 'entries', match: { type: 'consent' }, before: { match: transfer } },
      texts: {
        met: 'De cliënt heeft toestemming gegeven voordat het dossier aan de nieuwe zorgaanbieder ging.',
        missing: 'Vraag de cliënt toestemming voordat u het dossier aan de nieuwe zorgaanbieder geeft, en leg die vast.',
        outOfOrder: 'Het dossier is overgedragen voordat de cliënt toestemming gaf; toestemming moet eerst.',
      },
      source: {
        seed: SEED,
        place: 'Groningen, Zorgvuldigheidseisen',
        quote: 'De zorgaanbieder verstrekt het cliëntdossier na toestemming van de cliënt aan de eventuele nieuwe zorgaanbieder',
      },
    },
  ],
  deadlines: [
    decisionTerm({
      id: 'gro-deadline-funder-decision',
      procedures: BOTH,
      label: 'Reactie gemeente (streeftermijn contractmanager)',
      term: { amount: 7, unit: 'working-days', direction: 'after' },
      source: { seed: SEED, place: 'Groningen, stap 5', quote: 'De contractmanager zal ernaar streven om binnen 7 werkdagen een reactie te geven' },
    }),
  ],
  advice: [
    {
      id: 'gro-advice-time-out',
      procedures: ['beeindiging-onmiddellijk'],
      trigger: { kind: 'requirement-missing', requirement: 'gro-immediate-urgent-danger' },
      text: 'Zonder zeer dringende reden is onmiddellijke beëindiging niet aan de orde: zet bij een onhoudbare situatie eerst een time-out elders in.',
      source: {
        seed: SEED,
        place: 'Groningen, Beëindiging met onmiddellijke ingang',
        quote: 'In alle andere gevallen is het advies om bij een onhoudbare situatie eerst een time out elders in te zetten',
      },
    },
    {
      id: 'gro-advice-short-notice',
      procedures: ORDINARY,
      trigger: {
        kind: 'condition',
        condition: {
          kind: 'all',
          conditions: [
            { kind: 'own-term-shorter', match: noticePeriod, span: { amount: 4, unit: 'weeks' } },
            {
              kind: 'any',
              conditions: [
                { kind: 'care-for-at-least', span: { amount: 1, unit: 'years' } },
                { kind: 'entries', match: { type: 'weighing', where: { dependence: { is: 'high' } } } },
              ],
            },
          ],
        },
      },
      text:
        'Let op: de opzegtermijn is korter dan vier weken, terwijl de cliënt al lang zorg krijgt (een jaar of langer) of sterk afhankelijk is van de zorg. Weeg de termijn opnieuw op de ernst van de problematiek en de afhankelijkheid, de aard en duur van het verblijf en de tijd voor een aanvaardbaar alternatief: in gepubliceerde uitspraken hielden rechters beëindigingen vaak in stand, maar schoven zij de einddatum geregeld op.',
      source: {
        seed: SEED,
        place: 'Groningen, Zorgvuldigheidseisen',
        quote:
          'In het algemeen zijn van belang: de ernst van de handicap/problematiek van de cliënt en daarmee de afhankelijkheid van de zorg, de aard en duur van verblijf',
      },
    },
    {
      id: 'gro-advice-submit',
      procedures: BOTH,
      trigger: { kind: 'ready', unless: { type: 'funder-request' } },
      text: 'Dien het verzoek zorg beëindiging nu in bij de gemeente met het ‘formulier zorg beëindiging’, met de motivatie en uw eigen procedure.',
      source: { seed: SEED, place: 'Groningen, stap 3', quote: 'een verzoek zorg beëindiging middels het ‘formulier zorg beëindiging’ in bij de gemeente' },
    },
    {
      id: 'gro-advice-rejected',
      procedures: BOTH,
      trigger: { kind: 'condition', condition: { kind: 'entries', match: rejection } },
      text: 'De gemeente heeft het verzoek niet geaccepteerd: stem het vervolg af met de betrokken toegangsmedewerker; u blijft verantwoordelijk voor de zorg.',
      source: {
        seed: SEED,
        place: 'Groningen, stap 5',
        quote: 'Contractmanager communiceert reden niet akkoord en verwijst de aanbieder door naar de betrokken toegangsmedewerker',
      },
    },
  ],
  funder: {
    suspension: AWB_4_15_SUSPENSION,
    duties: [
      reasonsDuty('gro-funder-toetsen', BOTH, {
        seed: SEED,
        quote: 'De gemeente zal op basis van de aangeleverde stukken, contractafspraken, eventuele jurisprudentie en eventuele eerder dossiervorming het verzoek om zorgbeëindiging gaan toetsen',
      }),
      termDuty('gro-funder-term', BOTH, {
        seed: SEED,
        quote: 'De contractmanager zal ernaar streven om binnen 7 werkdagen een reactie te geven en het besluit schriftelijk kenbaar maken aan de aanbieder',
      }),
      {
        id: 'gro-funder-referral-rejected',
        procedures: BOTH,
        outcomes: ['rejected'],
        title: 'Doorverwijzing naar de toegangsmedewerker (5A)',
        check: { kind: 'decision-states', field: 'referredToAccess' },
        texts: {
          met: 'Het besluit verwijst de aanbieder door naar de toegangsmedewerker, die het vervolg volgt.',
          missing: 'Verwijs de aanbieder bij een afwijzing door naar de betrokken toegangsmedewerker.',
        },
        source: {
          seed: SEED,
          quote: 'Contractmanager communiceert reden niet akkoord en verwijst de aanbieder door naar de betrokken toegangsmedewerker',
        },
      },
      {
        id: 'gro-funder-referral-accepted',
        procedures: BOTH,
        outcomes: ['accepted', 'accepted-with-conditions'],
        title: 'Doorverwijzing voor de definitieve einddatum (5B)',
        check: { kind: 'decision-states', field: 'referredToAccess' },
        texts: {
          met: 'Het besluit verwijst voor het afhandelen en de definitieve einddatum naar de toegangsmedewerker.',
          missing: 'Verwijs de aanbieder bij een akkoord voor de definitieve einddatum naar de betrokken toegangsmedewerker.',
        },
        source: {
          seed: SEED,
          quote: 'Contractmanager communiceert reden akkoord en verwijst voor het afhandelen en de definitieve einddatum naar de betrokken toegangsmedewerker',
        },
      },
      continuityDuty('gro-funder-continuity', BOTH, {
        seed: SEED,
        quote: 'zodat het vervolg vanuit de toegang gemonitord kan worden',
      }),
    ],
  },
};

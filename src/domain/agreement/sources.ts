// Where every rule of the care agreement comes from: seed 004 (Zorggroep Oude en Nieuwe Land,
// conditions of the Wmo care and service agreement) quoted verbatim, and the statutes it points
// to, cited by article. sources.test.ts holds each quote against the seed text, so a rule can be
// found from its clause by searching for the quote.

import type { SourceRef } from '../protocols/types.ts';

const SEED = '004_d9920a75818a7854.txt';

const quote = (text: string): SourceRef => ({ seed: SEED, quote: text });

/** Seed 004, clause by clause. */
export const SEED_004 = {
  // §1 Wijziging en einde van de zorg- en dienstverleningsovereenkomst
  endMutualConsent: quote('De overeenkomst eindigt: • met wederzijds goedvinden'),
  endGoalReached: quote('indien het in het ondersteuningsplan beschreven doel is bereikt'),
  endIndication: quote(
    'indien en voor zover de overeenkomst betrekking heeft op maatschappelijke ondersteuning die verleend wordt op indicatie eindigt de overeenkomst op het moment waarop de indicatie eindigt',
  ),
  endTermExpired: quote('door het verstrijken van de duur waarvoor de overeenkomst is aangegaan'),
  endNotice: quote('door opzegging door de cliënt of door de aanbieder'),
  endCourt: quote('door ontbinding door de rechter'),
  endDeath: quote('door overlijden van de cliënt'),
  endProviderCeased: quote('door opheffing, faillissement of surseance van de aanbieder'),
  providerNotice: quote('De zorgaanbieder neemt bij opzegging een termijn in acht van ten minste een week'),
  clientNotice: quote(
    'U kunt de zorg- en dienstverleningsovereenkomst op elk moment opzeggen. U neemt daarbij een opzegtermijn van 30 dagen in acht',
  ),

  // §2 Het ondersteuningsplan
  planClientSupporter: quote(
    'De zorgaanbieder wijst de cliënt tijdig op de mogelijkheid om zich te laten bijstaan door een door de gemeente aangewezen cliëntondersteuner',
  ),
  planInformalCarersDeclined: quote('Indien de cliënt echter de mantelzorgers hierbij niet wil betrekken respecteert de zorgaanbieder dat'),
  planGoalsAndAgreements: quote(
    'In het ondersteuningsplan staat wat het doel is van de ondersteuning en welke afspraken de zorgaanbieder en de cliënt hebben gemaakt om dat doel te bereiken',
  ),
  planClientAndCarers: quote(
    'Tevens wordt in het ondersteuningsplan beschreven wat de cliënt zelf doet en welke rol mantelzorgers en vrijwilligers eventueel hebben bij de in het ondersteuningsplan beschreven werkzaamheden',
  ),
  planFunding: quote(
    'In het ondersteuningsplan kan zowel ondersteuning worden opgenomen waarvoor de gemeente een budget heeft toegekend als waarvoor dit niet het geval is. Als geen budget is toegekend, betaalt de cliënt de kosten van de ondersteuning zelf',
  ),
  planVersions: quote('Het ondersteuningsplan kan in onderling overleg worden aangepast door de zorgaanbieder'),
  planEvaluation: quote('Het ondersteuningsplan wordt minimaal eens per half jaar geëvalueerd door de zorgaanbieder en de cliënt'),

  // §7 Annulering / no show
  cancellation: quote(
    'Indien de cliënt geen gebruik maakt van de afgesproken ondersteuning, meldt hij dit uiterlijk 48 uur van tevoren aan de aanbieder',
  ),
  noordoostpolderSickness: quote(
    'Voor de gemeente Noordoostpolder geldt dat er tot 3 weken ziekte mag worden door gedeclareerd volgens het gemeentelijke WMO contract met alle zorgaanbieders',
  ),
  noShowDamage: quote(
    'De schade is gelijk aan het bedrag waarop de aanbieder aanspraak had kunnen maken als de cliënt wel gebruik had gemaakt van de afgesproken ondersteuning',
  ),
  forceMajeure: quote(
    'De aanbieder brengt geen bedrag in rekening als de cliënt door overmacht achterwege heeft gelaten te melden dat hij geen gebruik maakt van de afgesproken ondersteuning',
  ),
  municipalityContact: quote(
    'De opdrachtnemer neemt via e-mail of telefonisch contact op met de gemeente om tot afstemming te komen wanneer inwoner twee keer de gemaakte tijdsafspraken (no show) niet nakomt',
  ),

  // §9 Betaling door de cliënt
  selfPaid: quote(
    'U moet ons voor de zorg- en dienstverlening betalen als deze zorg- en dienstverlening niet op grond van een indicatie geleverd kan worden',
  ),
  invoiceMonthly: quote(
    'De aanbieder brengt de bedragen die de cliënt hem ter zake van de uitvoering van deze overeenkomst verschuldigd is maandelijks achteraf in rekening aan de cliënt',
  ),
  invoiceSpecified: quote(
    'Betreft het geboden maatschappelijke ondersteuning dan wordt vermeld welke ondersteuning is geboden, hoeveel ondersteuning is geboden en tegen welk tarief',
  ),
  invoiceTerm: quote('een duidelijke en gespecificeerde factuur die binnen 30 dagen moet worden betaald'),
  reminder: quote(
    'Na het verstrijken van de termijn van 30 dagen sturen wij de cliënt een betalingsherinnering en krijgt deze de gelegenheid binnen 14 dagen na ontvangst van de herinnering alsnog te betalen',
  ),
  interestAndCosts: quote(
    'Als daarna nog niet is betaald, mogen wij rente berekenen en buitengerechtelijke incassokosten bij de cliënt in rekening brengen vanaf het verstrijken van de eerste betalingstermijn',
  ),
  statutoryInterest: quote('De rente is gelijk aan de wettelijke rente'),
  collectionCosts: quote(
    'De incassokosten worden berekend conform het Besluit vergoeding voor buitengerechtelijke incassokosten',
  ),
} as const;

/** Statutes, by article. The wording is summarised in English where the code applies it. */
export const STATUTES = {
  /** The staffel, and the maximum of € 6.775. */
  bikStaffel: 'art. 2 lid 1 Besluit vergoeding voor buitengerechtelijke incassokosten (Stb. 2012, 141)',
  /** At least € 40. */
  bikMinimum: 'art. 2 lid 2 Besluit vergoeding voor buitengerechtelijke incassokosten (Stb. 2012, 141)',
  /** The Besluit's rules may not be departed from to a consumer's detriment. */
  consumerProtection: 'art. 6:96 lid 5 BW',
  /** The fourteen-day letter ('veertiendagenbrief'), a condition for charging a consumer. */
  fourteenDayLetter: 'art. 6:96 lid 6 BW',
  /** The fourteen days start on the day after the letter is received. */
  fourteenDayLetterReceipt: 'HR 25 november 2016, ECLI:NL:HR:2016:2704',
  /** Statutory interest over the time the debtor is in default. */
  interest: 'art. 6:119 lid 1 BW',
  /** After each year the interest is added to the amount on which interest is calculated. */
  interestCompounding: 'art. 6:119 lid 2 BW',
  /** A new rate applies to running interest from the day it takes effect. */
  interestRateChange: 'art. 6:120 lid 1 BW',
  /** Extension of a term ending on a Saturday, Sunday or public holiday. */
  atw: 'art. 1 Algemene termijnenwet',
} as const;

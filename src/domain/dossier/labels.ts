import type {
  AlternativeKind,
  ClientNoticeKind,
  ConsultationParty,
  DependenceLevel,
  Endangered,
  EntryType,
  IncidentBy,
  NoticeUnit,
  Ground,
  Procedure,
} from './types.ts';

// The Dutch names of the interchange format's codes, for everything a person reads: pages,
// letters, the dossier in a PDF. The codes stay the contract; these are how a care worker reads them.

export const PROCEDURE_LABELS: Record<Procedure, string> = {
  weigering: 'Zorgweigering',
  opschorting: 'Opschorting',
  beeindiging: 'Beëindiging',
  'beeindiging-onmiddellijk': 'Beëindiging met onmiddellijke ingang',
};

export const ENTRY_TYPE_LABELS: Record<EntryType, string> = {
  incident: 'Incident',
  warning: 'Waarschuwing',
  consultation: 'Overleg met andere disciplines',
  alternative: 'Alternatief gezocht',
  'condition-assessment': 'Beoordeling relatie met ziektebeeld',
  weighing: 'Belangenafweging',
  'client-notice': 'Bericht aan de cliënt',
  'gp-informed': 'Huisarts geïnformeerd',
  'funder-request': 'Verzoek aan de financier',
  'information-request': 'Verzoek om informatie',
  wederhoor: 'Wederhoor',
  'funder-decision': 'Besluit van de financier',
  objection: 'Bezwaar',
  consent: 'Toestemming om gegevens te delen',
  'suspension-period': 'Periode van opschorting',
  transfer: 'Overdracht aan andere aanbieder',
  'police-report': 'Aangifte of melding bij de politie',
  'no-show': 'Afspraak niet nagekomen',
  invoice: 'Factuur',
  'stop-message': 'Stopbericht (307)',
  'notice-by-client': 'Opzegging door de cliënt',
  'destruction-request': 'Verzoek om vernietiging van het dossier',
  'continuity-proposal': 'Voorstel voor de continuïteit van zorg',
  'decision-deviation': 'Afwijking van het besluit van de financier',
  'copy-request': 'Verzoek om een kopie van het dossier',
  'payment-reminder': 'Betalingsherinnering',
  'plan-evaluation': 'Evaluatie van het ondersteuningsplan',
  'notice-period': 'Opzegtermijn en onderbouwing',
};

export const GROUND_LABELS: Record<Ground, string> = {
  'threat-intimidation': 'Bedreiging of intimidatie',
  aggression: 'Agressie',
  'broken-trust': 'Verstoorde vertrouwensrelatie',
  hygiene: 'Hygiëne die medewerkers in gevaar brengt',
  weapons: 'Wapenbezit',
  nuisance: 'Overlast',
  'substance-use': 'Middelengebruik',
  discrimination: 'Discriminatie',
  'non-cooperation': 'Geen medewerking',
  'withholding-information': 'Informatie achterhouden',
  'no-show': 'Niet op afspraken komen',
  'unauthorised-occupants': 'Onbevoegde bewoners',
  'non-payment': 'Niet betalen',
  'non-compliance': 'Afspraken of regels niet nakomen',
  organisational: 'Organisatorische reden',
  'care-need-exceeds-offer': 'Zorgvraag groter dan het aanbod',
  'previous-experience': 'Eerdere ervaring met de cliënt (weigering)',
  'unfamiliar-zzp': 'Instellingsvreemd zorgprofiel (weigering)',
  'complex-dual-diagnosis': 'Complexe dubbele diagnose (weigering)',
  other: 'Anders',
};

export const CONSULTATION_PARTY_LABELS: Record<ConsultationParty, string> = {
  huisarts: 'Huisarts',
  casemanager: 'Casemanager',
  mdo: 'Multidisciplinair overleg (MDO)',
  'sociaal-team': 'Sociaal (wijk)team',
  toegangsmedewerker: 'Toegangsmedewerker gemeente',
  regioadviseur: 'Regioadviseur',
  spv: 'Sociaal-psychiatrisch verpleegkundige (SPV)',
  oggz: 'OGGZ',
  experttafel: 'Experttafel',
  zorgadvies: 'Zorgadvies van de zorgverzekeraar',
  contractmanager: 'Contractmanager gemeente',
  other: 'Anders',
};

export const ALTERNATIVE_KIND_LABELS: Record<AlternativeKind, string> = {
  'other-team': 'Ander team',
  coaching: 'Coaching van de medewerkers',
  'other-provider': 'Andere zorgaanbieder',
  oggz: 'OGGZ',
  'sociaal-wijkteam': 'Sociaal wijkteam',
  spv: 'SPV',
  'time-out': 'Time-out',
  'passend-beschikken': 'Passend beschikken',
  experttafel: 'Experttafel',
  pgb: 'Persoonsgebonden budget (pgb)',
  other: 'Anders',
};

export const CLIENT_NOTICE_KIND_LABELS: Record<ClientNoticeKind, string> = {
  'warning-of-suspension': 'Aankondiging van opschorting',
  intent: 'Voornemen tot weigering of beëindiging',
  'funder-notified': 'Melding aan de financier gedaan',
  decision: 'Besluit',
  'final-notice': 'Definitieve opzegging',
};

export const BY_LABELS: Record<IncidentBy, string> = {
  client: 'De cliënt',
  family: 'Familie of naasten',
  representative: 'De wettelijk vertegenwoordiger',
  other: 'Iemand anders',
};
export const ENDANGERED_LABELS: Record<Endangered, string> = {
  staff: 'Medewerkers',
  residents: 'Medebewoners of andere cliënten',
  neighbours: 'Omwonenden',
  client: 'De cliënt zelf',
};
export const DEPENDENCE_LABELS: Record<DependenceLevel, string> = {
  low: 'Beperkt',
  moderate: 'Aanzienlijk',
  high: 'Groot: de cliënt kan niet zonder deze zorg',
};
export const NOTICE_UNIT_LABELS: Record<NoticeUnit, string> = { days: 'Dagen', weeks: 'Weken', months: 'Maanden' };
export const CONSEQUENCE_LABELS = { suspension: 'Opschorting', termination: 'Beëindiging', none: 'Geen' } as const;
export const CAUSED_BY_CONDITION_LABELS = { yes: 'Ja', partly: 'Gedeeltelijk', no: 'Nee' } as const;
export const FROM_LABELS = { funder: 'De financier', provider: 'De zorgaanbieder' } as const;
export const WEDERHOOR_WITH_LABELS = { client: 'De cliënt', representative: 'De wettelijk vertegenwoordiger' } as const;
export const DECISION_OUTCOME_LABELS = {
  accepted: 'Akkoord',
  rejected: 'Afgewezen',
  'accepted-with-conditions': 'Akkoord onder voorwaarden',
} as const;

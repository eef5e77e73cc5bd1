// A dossier entry told in Dutch, for the dossier in the request to the funder and in the client's
// copy: a label for its kind and a sentence with its facts. The note is left out: it is the care
// worker's internal remark, and the client's copy must not show it (the caller adds it where allowed).

import { formatDutchDate } from '../calendar/dates.ts';
import {
  ALTERNATIVE_KIND_LABELS,
  CLIENT_NOTICE_KIND_LABELS,
  CONSULTATION_PARTY_LABELS,
  DEPENDENCE_LABELS,
  ENDANGERED_LABELS,
  GROUND_LABELS,
  NOTICE_UNIT_LABELS,
} from '../dossier/labels.ts';
import type { Entry } from '../dossier/types.ts';

/** A label as it reads inside a sentence: 'Huisarts' → 'huisarts', but 'OGGZ' stays. */
function inSentence(label: string): string {
  return /^[A-Z][a-zà-ÿ]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

const CONSEQUENCES = { suspension: 'opschorting van de zorg', termination: 'beëindiging van de zorg', none: 'geen gevolg genoemd' };
const OUTCOMES = { accepted: 'geaccepteerd', rejected: 'afgewezen', 'accepted-with-conditions': 'geaccepteerd onder voorwaarden' };
const CAUSED = { yes: 'ja', partly: 'gedeeltelijk', no: 'nee' };
const BY = { client: 'cliënt', family: 'familie', representative: 'wettelijk vertegenwoordiger', other: 'anderen' };

const yesNo = (value: boolean) => (value ? 'ja' : 'nee');

export function entryLabel(entry: Entry): string {
  switch (entry.type) {
    case 'incident': return 'Incident';
    case 'warning': return entry.written ? 'Schriftelijke waarschuwing' : 'Mondelinge waarschuwing';
    case 'consultation': return 'Overleg';
    case 'alternative': return 'Alternatief';
    case 'condition-assessment': return 'Beoordeling rol van de aandoening';
    case 'weighing': return 'Belangenafweging';
    case 'client-notice': return 'Mededeling aan de cliënt';
    case 'gp-informed': return 'Huisarts geïnformeerd';
    case 'funder-request': return 'Verzoek aan de financier';
    case 'information-request': return 'Informatieverzoek';
    case 'wederhoor': return 'Wederhoor';
    case 'funder-decision': return 'Besluit van de financier';
    case 'objection': return 'Bezwaar';
    case 'consent': return 'Toestemming';
    case 'suspension-period': return 'Opschortingsperiode';
    case 'transfer': return 'Overdracht';
    case 'police-report': return 'Aangifte of melding bij de politie';
    case 'no-show': return 'Niet verschenen';
    case 'invoice': return 'Factuur';
    case 'stop-message': return '307-bericht (stop zorg)';
    case 'notice-by-client': return 'Opzegging door de cliënt';
    case 'destruction-request': return 'Verzoek om vernietiging van het dossier';
    case 'continuity-proposal': return 'Voorstel voor de continuïteit van zorg';
    case 'decision-deviation': return 'Afwijking van het besluit';
    case 'copy-request': return 'Verzoek om een kopie van het dossier';
    case 'payment-reminder': return 'Betalingsherinnering';
    case 'plan-evaluation': return 'Evaluatie van het ondersteuningsplan';
    case 'notice-period': return 'Opzegtermijn';
  }
}

export function entryFacts(entry: Entry): string {
  switch (entry.type) {
    case 'incident':
      return `${entry.description} (grond: ${inSentence(GROUND_LABELS[entry.ground])}; door: ${BY[entry.by]}${entry.endangered ? `; veiligheid in het geding van: ${entry.endangered.map((e) => inSentence(ENDANGERED_LABELS[e])).join(', ')}` : ''})`;
    case 'warning':
      return `${entry.description} (gevolg: ${CONSEQUENCES[entry.consequence]}${entry.sharedWithRepresentative ? '; gedeeld met de wettelijk vertegenwoordiger' : ''})`;
    case 'consultation':
      return `Met: ${entry.with.map((p) => inSentence(CONSULTATION_PARTY_LABELS[p])).join(', ')}. ${entry.outcome}`;
    case 'alternative':
      return `${ALTERNATIVE_KIND_LABELS[entry.kind]}: ${entry.outcome}${entry.withClient ? ' (samen met de cliënt gezocht)' : ''}${entry.succeeded === undefined ? '' : entry.succeeded ? ' (gelukt)' : ' (niet gelukt)'}`;
    case 'condition-assessment':
      return `Gedrag (mede) veroorzaakt door de aandoening: ${CAUSED[entry.causedByCondition]}; beoordeeld door ${entry.assessedBy}.`;
    case 'weighing':
      return [
        entry.text,
        entry.clientInterest ? `Belang van de cliënt: ${entry.clientInterest}` : '',
        entry.dependence ? `Afhankelijkheid van de zorg: ${inSentence(DEPENDENCE_LABELS[entry.dependence])}${entry.dependenceAssessedWithGp ? ' (beoordeeld met de huisarts)' : ''}.` : '',
        entry.othersInterest ? `Belangen van medewerkers en anderen: ${entry.othersInterest}` : '',
      ]
        .filter((s) => s !== '')
        .join(' ');
    case 'client-notice':
      return `${CLIENT_NOTICE_KIND_LABELS[entry.kind]}; schriftelijk: ${yesNo(entry.written)}${entry.complaintRouteMentioned ? '; gewezen op de klachtenregeling' : ''}`;
    case 'gp-informed':
      return 'De huisarts is geïnformeerd.';
    case 'funder-request':
      return `Dossier bijgevoegd: ${yesNo(entry.dossierAttached)}${entry.continuityProposal ? `. Continuïteit: ${entry.continuityProposal}` : ''}${entry.withdrawn ? `. Ingetrokken op ${formatDutchDate(entry.withdrawn)}` : ''}`;
    case 'information-request':
      return `Gevraagd door ${entry.from === 'funder' ? 'de financier' : 'de zorgaanbieder'}${entry.answered ? `; beantwoord op ${formatDutchDate(entry.answered)}` : '; nog niet beantwoord'}`;
    case 'wederhoor':
      return `Met ${entry.with === 'client' ? 'de cliënt' : 'de wettelijk vertegenwoordiger'}.`;
    case 'funder-decision':
      return `${OUTCOMES[entry.outcome]}${entry.endDate ? `; einddatum ${formatDutchDate(entry.endDate)}` : ''}. ${entry.reasons}`;
    case 'objection':
      return entry.reasons;
    case 'consent':
      return `Voor ${entry.recipient}; schriftelijk: ${yesNo(entry.written)}`;
    case 'suspension-period':
      return `${formatDutchDate(entry.start)} tot en met ${formatDutchDate(entry.end)}: ${entry.scope}; afgestemd met de huisarts: ${yesNo(entry.agreedWithGp)}`;
    case 'transfer':
      return `Zorg overgedragen aan ${entry.to}.`;
    case 'police-report':
      return 'Aangifte of melding gedaan.';
    case 'no-show':
      return `${entry.cancelledHoursAhead === undefined ? 'Niet afgemeld.' : `Afgemeld ${entry.cancelledHoursAhead} uur van tevoren.`}${entry.forceMajeure ? ' Door overmacht.' : ''}`;
    case 'invoice':
      return `€ ${(entry.amountCents / 100).toFixed(2).replace('.', ',')}, te betalen vóór ${formatDutchDate(entry.dueDate)}${entry.paid ? `; betaald op ${formatDutchDate(entry.paid)}` : '; niet betaald'}`;
    case 'stop-message':
      return entry.messageId ? `Berichtidentificatie ${entry.messageId}.` : 'Verstuurd.';
    case 'notice-by-client':
      return entry.endDate ? `De cliënt zegt op per ${formatDutchDate(entry.endDate)}.` : 'De cliënt zegt de overeenkomst op.';
    case 'destruction-request':
      return 'De cliënt vraagt het dossier te vernietigen.';
    case 'continuity-proposal':
      return entry.text;
    case 'decision-deviation':
      return entry.description;
    case 'copy-request':
      return entry.provided ? `Kopie gegeven op ${formatDutchDate(entry.provided)}.` : 'Nog geen kopie gegeven.';
    case 'payment-reminder':
      return `Over factuur ${entry.invoice}${entry.received ? `; ontvangen op ${formatDutchDate(entry.received)}` : '; ontvangst nog niet vastgelegd'}.`;
    case 'plan-evaluation':
      return entry.withClient ? 'Met de cliënt geëvalueerd.' : 'Zonder de cliënt geëvalueerd.';
    case 'notice-period':
      return `${entry.amount} ${inSentence(NOTICE_UNIT_LABELS[entry.unit])}. Ernst en afhankelijkheid: ${entry.problemsAndDependence} Verblijf: ${entry.stay} Tijd voor een alternatief: ${entry.timeForAlternative}`;
  }
}

// The notice of an intended refusal or termination, with its reasons: the incidents in the dossier
// (Bijlage 6: 'schriftelijk en met redenen omkleed'), for a termination also the earlier warnings
// with their dates (VGZ: 'welke waarschuwingen … hebben plaatsgevonden'), what the funder will do,
// and the complaint route.

import { formatDutchDate } from '../calendar/dates.ts';
import type { IncidentEntry, WarningEntry } from '../dossier/types.ts';
import type { ValidationIssue } from '../errors.ts';
import { FUNDERS, type LetterOffer } from './catalogue.ts';
import {
  capitalised,
  complaintRoute,
  current,
  incidentLine,
  letter,
  list,
  paragraph,
  statedIncidents,
  unsupported,
  whoseCare,
  type Params,
} from './common.ts';
import type { Letter, LetterBlock, LetterInput } from './types.ts';

export interface IntentParams {
  incidents: IncidentEntry[];
}

export function intentParams(input: LetterInput, params: Params, issues: ValidationIssue[]): IntentParams {
  return { incidents: statedIncidents(input, params, issues) };
}

function reasons(p: IntentParams): LetterBlock[] {
  if (p.incidents.length === 0) unsupported('het dossier bevat geen incident dat de reden laat zien; leg eerst vast wat er gebeurde');
  return [paragraph('Onze redenen:'), list(p.incidents.map(incidentLine))];
}

/** What happens next with the funder, as the regime says it. */
function funderStep(input: LetterInput, request: string): LetterBlock {
  const funder = FUNDERS[input.doc.regime];
  return paragraph(
    `Wij leggen ${request} voor aan ${funder.name}, die erover beslist.` +
      (funder.hearsClient ? ` ${capitalised(funder.name)} neemt contact met u op om ook uw kant te horen.` : '') +
      (funder.responsibility !== null ? ` ${funder.responsibility}` : ''),
  );
}

export function terminationIntentLetter(input: LetterInput, offer: LetterOffer, p: IntentParams): Letter {
  const warnings = current(input.doc).filter((e): e is WarningEntry => e.type === 'warning' && e.date <= input.date);
  if (warnings.length === 0) {
    unsupported('het dossier bevat nog geen waarschuwing; een voornemen tot beëindiging noemt de eerdere waarschuwingen');
  }
  return letter(
    input,
    'termination-intent',
    offer.source,
    'Wij zijn van plan de zorg te beëindigen',
    [
      paragraph(`Wij zijn van plan ${whoseCare(input.doc)} te beëindigen. Dat besluit nemen wij niet licht; hieronder leest u waarom.`),
      ...reasons(p),
      paragraph('Wij hebben u eerder gewaarschuwd:'),
      list(warnings.map((w) => `${formatDutchDate(w.date)} (${w.written ? 'schriftelijk' : 'mondeling'}): ${w.description}`)),
      funderStep(input, 'ons plan'),
      complaintRoute(input),
    ],
    [...p.incidents, ...warnings],
  );
}

export function refusalIntentLetter(input: LetterInput, offer: LetterOffer, p: IntentParams): Letter {
  const care = input.doc.client.representative !== undefined ? `de zorg aan ${input.doc.client.name}` : 'de zorg aan u';
  return letter(
    input,
    'refusal-intent',
    offer.source,
    'Wij zijn van plan de zorg niet te geven',
    [
      paragraph(
        `Wij zijn van plan ${care} niet te gaan leveren, hoewel die aan ons is toegewezen. Dat heet zorg weigeren. ` +
          'Dat mag alleen voordat de zorg is begonnen, en alleen om een ernstige reden. Hieronder leest u waarom.',
      ),
      ...reasons(p),
      funderStep(input, 'ons plan om de zorg te weigeren'),
      paragraph('Wij laten u weten wat de gemeente besluit.'),
      complaintRoute(input),
    ],
    p.incidents,
  );
}

// The notice of an intended termination, with its reasons and the earlier warnings with their
// dates, and the complaint route (Bijlage 6: 'schriftelijk en met redenen omkleed'; VGZ: 'welke
// waarschuwingen … hebben plaatsgevonden').

import { formatDutchDate } from '../calendar/dates.ts';
import type { WarningEntry } from '../dossier/types.ts';
import { InvalidInputError, type ValidationIssue } from '../errors.ts';
import { complaintRoute, current, letter, list, paragraph, text, whoseCare, type Params } from './common.ts';
import type { LetterOffer } from './catalogue.ts';
import type { Letter, LetterInput } from './types.ts';

export interface IntentParams {
  reasons: string;
}

export function intentParams(params: Params, issues: ValidationIssue[]): IntentParams {
  return { reasons: text(params, 'reasons', issues) };
}

export function terminationIntentLetter(input: LetterInput, offer: LetterOffer, p: IntentParams): Letter {
  const warnings = current(input.doc).filter((e): e is WarningEntry => e.type === 'warning' && e.date <= input.date);
  if (warnings.length === 0) {
    throw new InvalidInputError([
      { path: '$.kind', message: 'het dossier bevat nog geen waarschuwing; een voornemen tot beëindiging noemt de eerdere waarschuwingen' },
    ]);
  }
  return letter(input, 'termination-intent', offer.source, 'Voornemen tot beëindiging van zorg', [
    paragraph(`Wij zijn van plan ${whoseCare(input.doc)} te beëindigen. Dat besluit nemen wij niet licht; hieronder leest u waarom.`),
    paragraph('Onze redenen:'),
    list([p.reasons]),
    paragraph('Wij hebben u eerder gewaarschuwd:'),
    list(warnings.map((w) => `${formatDutchDate(w.date)} (${w.written ? 'schriftelijk' : 'mondeling'}): ${w.description}`)),
    paragraph(
      'Voordat de zorg eindigt, leggen wij ons voornemen voor aan de financier. Wij blijven verantwoordelijk voor de zorg ' +
        'totdat er een passende oplossing is gevonden.',
    ),
    complaintRoute(input),
  ]);
}

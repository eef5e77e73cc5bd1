// The request for written consent to give the dossier to the next provider. It becomes a dossier
// entry only when the consent itself arrives (a `consent` entry), not when the request is sent.

import type { ValidationIssue } from '../errors.ts';
import type { LetterOffer } from './catalogue.ts';
import { letter, paragraph, text, whoseCare, type Params } from './common.ts';
import type { Letter, LetterInput } from './types.ts';

export interface ConsentParams {
  nextProvider: string;
}

export function consentParams(params: Params, issues: ValidationIssue[]): ConsentParams {
  return { nextProvider: text(params, 'nextProvider', issues, 200) };
}

export function consentRequestLetter(input: LetterInput, offer: LetterOffer, p: ConsentParams): Letter {
  return letter(input, 'consent-request', offer.source, 'Verzoek om toestemming voor het overdragen van het dossier', [
    paragraph(
      `${p.nextProvider} kan ${whoseCare(input.doc)} van ons overnemen. Om de zorg goed over te dragen, willen wij het dossier ` +
        `aan ${p.nextProvider} geven. Dat doen wij alleen met uw schriftelijke toestemming.`,
    ),
    paragraph(
      `Gaat u akkoord, onderteken dan deze brief en stuur hem naar ons terug. Zonder uw toestemming geven wij geen gegevens aan ${p.nextProvider}.`,
    ),
    paragraph('Ik geef toestemming om mijn dossier over te dragen.  Datum: ______________   Handtekening: ______________________'),
  ]);
}

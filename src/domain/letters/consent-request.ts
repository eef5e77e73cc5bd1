// The request for consent to give the dossier to the next provider. It becomes a dossier entry
// only when the consent itself arrives (a `consent` entry), not when the request is sent. Written
// consent is asked for where the regime demands it (VGZ); elsewhere the signed reply is the record.

import type { ValidationIssue } from '../errors.ts';
import { FUNDERS, type LetterOffer } from './catalogue.ts';
import { letter, paragraph, text, type Params } from './common.ts';
import type { Letter, LetterInput } from './types.ts';

export interface ConsentParams {
  nextProvider: string;
}

export function consentParams(params: Params, issues: ValidationIssue[]): ConsentParams {
  return { nextProvider: text(params, 'nextProvider', issues, 200) };
}

export function consentRequestLetter(input: LetterInput, offer: LetterOffer, p: ConsentParams): Letter {
  const { client } = input.doc;
  const forRepresentative = client.representative !== undefined;
  const dossier = forRepresentative ? `het dossier van ${client.name}` : 'uw dossier';
  const consent = FUNDERS[input.doc.regime].consentInWriting ? 'schriftelijke toestemming' : 'toestemming';
  return letter(
    input,
    'consent-request',
    offer.source,
    'Verzoek om toestemming voor het overdragen van het dossier',
    [
      paragraph(
        `Wij willen ${dossier} aan ${p.nextProvider} geven, zodat ${p.nextProvider} de zorg goed van ons kan overnemen. ` +
          `Dat doen wij alleen met uw ${consent}.`,
      ),
      paragraph(
        `Gaat u akkoord, onderteken dan deze brief en stuur hem naar ons terug. Zonder uw toestemming geven wij geen gegevens aan ${p.nextProvider}.`,
      ),
      paragraph(
        `Ik geef toestemming om ${forRepresentative ? `het dossier van ${client.name}` : 'mijn dossier'} over te dragen aan ${p.nextProvider}.  ` +
          'Datum: ______________   Handtekening: ______________________',
      ),
    ],
    [],
  );
}

// What every letter shares: who it goes to, how it opens and closes, the complaint route, and the
// reading of the parameters a letter is drafted from (each problem named by its JSON path).

import { isValidIsoDate } from '../calendar/dates.ts';
import type { DossierDocument, Entry, IsoDate } from '../dossier/types.ts';
import { currentEntries } from '../dossier/corrections.ts';
import type { ValidationIssue } from '../errors.ts';
import type { SourceRef } from '../protocols/types.ts';
import type { Letter, LetterBlock, LetterInput, LetterKind } from './types.ts';

export const paragraph = (text: string): LetterBlock => ({ kind: 'paragraph', text });
export const list = (items: string[]): LetterBlock => ({ kind: 'list', items });

/**
 * Addressed to the representative when one is named (about the client), otherwise to the client;
 * a client with a representative who is not named gets the letter with a copy for the representative.
 */
function addressing(doc: DossierDocument): Pick<Letter, 'recipient' | 'copyTo' | 'salutation'> {
  const { client } = doc;
  if (client.representative !== undefined) {
    return {
      recipient: { name: client.representative.name, address: client.representative.address ?? null, regarding: client.name },
      salutation: `Geachte ${client.representative.name},`,
    };
  }
  return {
    recipient: { name: client.name, address: client.address ?? null },
    ...(client.hasRepresentative ? { copyTo: 'de wettelijk vertegenwoordiger' } : {}),
    salutation: `Geachte ${client.name},`,
  };
}

/** 'u' addresses the reader; when that is the representative, the care is the client's. */
export function whoseCare(doc: DossierDocument): string {
  return doc.client.representative !== undefined ? `de zorg aan ${doc.client.name}` : 'uw zorg';
}

export function complaintRoute(input: LetterInput): LetterBlock {
  return paragraph(
    `Bent u het niet eens met deze brief of met hoe wij met u omgaan, dan kunt u een klacht indienen bij de ` +
      `klachtencommissie van ${input.sender.name}, volgens onze klachtenregeling. Wij helpen u daar graag bij.`,
  );
}

export function letter(input: LetterInput, kind: LetterKind, source: SourceRef, subject: string, body: LetterBlock[]): Letter {
  return {
    kind,
    date: input.date,
    sender: { name: input.sender.name, address: input.sender.address },
    ...addressing(input.doc),
    subject,
    body: [
      ...body,
      paragraph('Heeft u vragen over deze brief, neem dan contact met ons op. Wij bespreken het graag met u.'),
    ],
    closing: 'Met vriendelijke groet,',
    signatory: input.sender.name,
    source,
  };
}

/** The dossier's entries as they stand after corrections. */
export function current(doc: DossierDocument): Entry[] {
  return currentEntries(doc.entries);
}

// ---------------------------------------------------------------------------------------------
// Parameters

export type Params = Record<string, unknown>;

export function text(params: Params, name: string, issues: ValidationIssue[], max = 2000): string {
  const value = params[name];
  if (typeof value !== 'string' || value.trim() === '') {
    issues.push({ path: `$.params.${name}`, message: 'verplicht veld ontbreekt of is leeg' });
    return '';
  }
  if (value.length > max) issues.push({ path: `$.params.${name}`, message: `is te lang (maximaal ${max} tekens)` });
  return value.trim();
}

export function oneOf<T extends string>(params: Params, name: string, allowed: readonly T[], issues: ValidationIssue[]): T {
  const value = params[name];
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    issues.push({ path: `$.params.${name}`, message: `moet een van deze waarden zijn: ${allowed.join(', ')}` });
    return allowed[0] as T;
  }
  return value as T;
}

export function date(params: Params, name: string, issues: ValidationIssue[]): IsoDate {
  const value = params[name];
  if (typeof value !== 'string' || !isValidIsoDate(value)) {
    issues.push({ path: `$.params.${name}`, message: 'geen geldige datum; gebruik JJJJ-MM-DD met een bestaande dag' });
    return '';
  }
  return value;
}

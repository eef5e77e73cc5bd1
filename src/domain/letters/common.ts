// What every letter shares: who it goes to, how it opens and closes, the complaint route, the
// dossier facts it states (each letter's statements of fact come from the dossier, never from a
// free parameter), and the reading of the parameters a letter is drafted from (each problem named
// by its JSON path).

import { formatDutchDate, isValidIsoDate } from '../calendar/dates.ts';
import { GROUND_LABELS } from '../dossier/labels.ts';
import type { Client, DossierDocument, Entry, IncidentEntry, IsoDate } from '../dossier/types.ts';
import { currentEntries } from '../dossier/corrections.ts';
import { InvalidInputError, type ValidationIssue } from '../errors.ts';
import type { SourceRef } from '../protocols/types.ts';
import type { Letter, LetterBlock, LetterInput, LetterKind, Sender } from './types.ts';

export const paragraph = (text: string): LetterBlock => ({ kind: 'paragraph', text });
export const list = (items: string[]): LetterBlock => ({ kind: 'list', items });

/** The salutation the reader prefers, or 'Beste' and their name: never a guess at their gender. */
const salutation = (preferred: string | undefined, name: string) => `${preferred ?? `Beste ${name}`},`;

/**
 * Addressed to the representative when one is named (about the client), otherwise to the client;
 * a client with a representative who is not named gets the letter with a copy for the representative.
 */
export function addressing(client: Client): Pick<Letter, 'recipient' | 'copyTo' | 'salutation'> {
  if (client.representative !== undefined) {
    return {
      recipient: { name: client.representative.name, address: client.representative.address ?? null, regarding: client.name },
      salutation: salutation(client.representative.salutation, client.representative.name),
    };
  }
  return {
    recipient: { name: client.name, address: client.address ?? null },
    ...(client.hasRepresentative ? { copyTo: 'de wettelijk vertegenwoordiger' } : {}),
    salutation: salutation(client.salutation, client.name),
  };
}

/** 'u' addresses the reader; when that is the representative, the care is the client's. */
export function whoseCare(doc: DossierDocument): string {
  return doc.client.representative !== undefined ? `de zorg aan ${doc.client.name}` : 'uw zorg';
}

/**
 * What the client can do when they disagree: talk to us first, then complain to the provider's
 * complaints committee (seed 002: 'via de klachtencommissie van de aanbieder'; seed 004 §10: first
 * with the people concerned, then the provider's complaint procedure), and whom to contact for it.
 */
export function complaintRoute(input: LetterInput): LetterBlock {
  const contact = input.sender.complaintsContact;
  return paragraph(
    'Bent u het niet eens met deze brief? Of met hoe wij met u omgaan? Praat er dan eerst met ons over. ' +
      `Komen we er samen niet uit? Dan kunt u een klacht indienen bij de klachtencommissie van ${input.sender.name}. ` +
      (contact ? `Neem daarvoor contact op met ${contact}. ` : '') +
      'Wij helpen u daar graag bij.',
  );
}

/** Whom to call with a question: the provider's number when it has one. */
export function questions(sender: Sender): LetterBlock {
  return paragraph(
    `Heeft u vragen over deze brief? ${sender.phone ? `Bel ons dan op ${sender.phone}.` : 'Neem dan contact met ons op.'} Wij bespreken het graag met u.`,
  );
}

/** 'de gemeente Groningen' → 'De gemeente Groningen', at the start of a sentence. */
export function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

export function letter(
  input: LetterInput,
  kind: LetterKind,
  source: SourceRef,
  subject: string,
  body: LetterBlock[],
  basis: readonly Entry[],
): Letter {
  return {
    kind,
    date: input.date,
    sender: input.sender,
    ...addressing(input.doc.client),
    subject,
    body: [...body, questions(input.sender)],
    closing: 'Met vriendelijke groet,',
    signatory: input.sender.name,
    source,
    basis: basis.map((e) => e.id),
  };
}

/** The dossier's entries as they stand after corrections. */
export function current(doc: DossierDocument): Entry[] {
  return currentEntries(doc.entries);
}

// ---------------------------------------------------------------------------------------------
// Parameters

export type Params = Record<string, unknown>;

const MISSING = 'verplicht veld ontbreekt of is leeg';

export function text(params: Params, name: string, issues: ValidationIssue[], max = 2000): string {
  const value = params[name];
  if (typeof value !== 'string' || value.trim() === '') {
    issues.push({ path: `$.params.${name}`, message: MISSING });
    return '';
  }
  if (value.length > max) issues.push({ path: `$.params.${name}`, message: `is te lang (maximaal ${max} tekens)` });
  return value.trim();
}

export function oneOf<T extends string>(params: Params, name: string, allowed: readonly T[], issues: ValidationIssue[]): T {
  const value = params[name];
  if (value === undefined || value === '') {
    issues.push({ path: `$.params.${name}`, message: MISSING });
    return allowed[0] as T;
  }
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    issues.push({ path: `$.params.${name}`, message: `moet een van deze waarden zijn: ${allowed.join(', ')}` });
    return allowed[0] as T;
  }
  return value as T;
}

/** Refuses a letter whose facts the dossier does not (yet) hold: the reason, in Dutch. */
export function unsupported(message: string): never {
  throw new InvalidInputError([{ path: '$.kind', message }]);
}

/**
 * The incidents a letter states: those named in `params.incidents` (ids in this dossier, on or
 * before the letter's date), or else those dated after `since` up to the letter's date.
 */
export function statedIncidents(input: LetterInput, params: Params, issues: ValidationIssue[], since?: IsoDate): IncidentEntry[] {
  const incidents = current(input.doc).filter((e): e is IncidentEntry => e.type === 'incident' && e.date <= input.date);
  const named = params.incidents;
  if (named === undefined) return incidents.filter((e) => since === undefined || e.date > since);
  if (!Array.isArray(named) || named.length === 0) {
    issues.push({ path: '$.params.incidents', message: 'moet een lijst van itemnummers van incidenten uit dit dossier zijn' });
    return [];
  }
  const byId = new Map(incidents.map((e) => [e.id, e]));
  return named.flatMap((id: unknown, i): IncidentEntry[] => {
    const found = typeof id === 'string' ? byId.get(id) : undefined;
    if (found === undefined) {
      issues.push({ path: `$.params.incidents[${i}]`, message: 'geen incident uit dit dossier van vóór of op de datum van de brief' });
      return [];
    }
    return [found];
  });
}

/** An incident as a letter states it: its date, its kind and what the dossier says happened. */
export function incidentLine(incident: IncidentEntry): string {
  return `${formatDutchDate(incident.date)} — ${GROUND_LABELS[incident.ground]}: ${incident.description}`;
}

export function date(params: Params, name: string, issues: ValidationIssue[]): IsoDate {
  const value = params[name];
  if (value === undefined || value === '') {
    issues.push({ path: `$.params.${name}`, message: MISSING });
    return '';
  }
  if (typeof value !== 'string' || !isValidIsoDate(value)) {
    issues.push({ path: `$.params.${name}`, message: 'geen geldige datum; gebruik JJJJ-MM-DD met een bestaande dag' });
    return '';
  }
  return value;
}

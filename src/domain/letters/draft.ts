// Drafting a letter from the dossier, editing its text, and the dossier entry its approval records:
// the one door into this folder for the commands. A letter states only facts the dossier holds;
// approval drafts it once more from the dossier as it then is and refuses a letter the dossier no
// longer supports, so a correction after drafting can never be sent out as the old fact.

import { formatDutchDate } from '../calendar/dates.ts';
import type { ClientNoticeKind, DossierDocument, Entry, IsoDate } from '../dossier/types.ts';
import { ConflictError, InvalidInputError, type ValidationIssue } from '../errors.ts';
import { findRegime } from '../protocols/registry.ts';
import { LETTERS, letterOffer, type LetterOffer } from './catalogue.ts';
import { incidentLine, type Params } from './common.ts';
import { consentParams, consentRequestLetter } from './consent-request.ts';
import { decisionLetter } from './decision.ts';
import { finalNoticeLetter } from './final-notice.ts';
import { funderNotifiedLetter } from './funder-notified.ts';
import { intentParams, refusalIntentLetter, terminationIntentLetter } from './intent.ts';
import { suspensionIntentLetter, suspensionParams } from './suspension-intent.ts';
import { LETTER_KINDS, type Letter, type LetterBlock, type LetterInput, type LetterKind } from './types.ts';
import { warningLetter, warningParams } from './warning.ts';

type Build = (input: LetterInput, offer: LetterOffer, params: Params, issues: ValidationIssue[]) => () => Letter;

// Each kind reads its parameters first (collecting every problem), and only then builds.
const BUILDERS: Record<LetterKind, Build> = {
  warning: (input, offer, params, issues) => {
    const p = warningParams(input, params, issues);
    return () => warningLetter(input, offer, p);
  },
  'suspension-intent': (input, offer, params, issues) => {
    const p = suspensionParams(input, params, issues);
    return () => suspensionIntentLetter(input, offer, p);
  },
  'refusal-intent': (input, offer, params, issues) => {
    const p = intentParams(input, params, issues);
    return () => refusalIntentLetter(input, offer, p);
  },
  'termination-intent': (input, offer, params, issues) => {
    const p = intentParams(input, params, issues);
    return () => terminationIntentLetter(input, offer, p);
  },
  'funder-notified': (input, offer) => () => funderNotifiedLetter(input, offer),
  decision: (input, offer) => () => decisionLetter(input, offer),
  'final-notice': (input, offer) => () => finalNoticeLetter(input, offer),
  'consent-request': (input, offer, params, issues) => {
    const p = consentParams(params, issues);
    return () => consentRequestLetter(input, offer, p);
  },
};

function isLetterKind(value: unknown): value is LetterKind {
  return typeof value === 'string' && (LETTER_KINDS as readonly string[]).includes(value);
}

/** The letters a case's regime and procedure ask for, in procedure order. */
export function availableLetters(doc: Pick<DossierDocument, 'regime' | 'procedure'>): { kind: LetterKind; title: string }[] {
  return LETTER_KINDS.filter((kind) => letterOffer(kind, doc.regime, doc.procedure) !== undefined).map((kind) => ({
    kind,
    title: LETTERS[kind].title,
  }));
}

/** A letter drafted from the dossier, or InvalidInputError naming every problem with the request. */
export function draftLetter(kind: unknown, input: LetterInput, params: unknown): Letter {
  if (!isLetterKind(kind)) {
    throw new InvalidInputError([{ path: '$.kind', message: `moet een van deze waarden zijn: ${LETTER_KINDS.join(', ')}` }]);
  }
  const offer = letterOffer(kind, input.doc.regime, input.doc.procedure);
  if (offer === undefined) {
    const available = availableLetters(input.doc).map((l) => l.kind);
    throw new InvalidInputError([
      {
        path: '$.kind',
        message: `${findRegime(input.doc.regime)?.name ?? input.doc.regime} vraagt bij ${input.doc.procedure} geen brief "${LETTERS[kind].title}"; wel: ${available.join(', ') || '(geen)'}`,
      },
    ]);
  }
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
    throw new InvalidInputError([{ path: '$.params', message: 'moet een object zijn' }]);
  }
  const issues: ValidationIssue[] = [];
  const build = BUILDERS[kind](input, offer, (params ?? {}) as Params, issues);
  if (issues.length > 0) throw new InvalidInputError(issues);
  return build();
}

const MAX_TEXT = 5000;
const MAX_BLOCKS = 60;

function parseBlocks(value: unknown, issues: ValidationIssue[]): LetterBlock[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_BLOCKS) {
    issues.push({ path: '$.body', message: `moet een lijst van 1 tot ${MAX_BLOCKS} alinea's of opsommingen zijn` });
    return [];
  }
  const okText = (t: unknown) => typeof t === 'string' && t.trim() !== '' && t.length <= MAX_TEXT;
  return value.flatMap((block: unknown, i): LetterBlock[] => {
    const b = block as { kind?: unknown; text?: unknown; items?: unknown };
    if (b?.kind === 'paragraph' && okText(b.text)) return [{ kind: 'paragraph', text: b.text as string }];
    if (b?.kind === 'list' && Array.isArray(b.items) && b.items.length > 0 && b.items.every(okText)) {
      return [{ kind: 'list', items: b.items as string[] }];
    }
    issues.push({
      path: `$.body[${i}]`,
      message: `moet { "kind": "paragraph", "text": … } of { "kind": "list", "items": [ … ] } zijn, met tekst van 1 tot ${MAX_TEXT} tekens`,
    });
    return [];
  });
}

/** The regievoerder's edit of a draft: subject and body; who it is to and the date stay as drafted. */
export function editLetter(letter: Letter, edit: unknown): Letter {
  if (typeof edit !== 'object' || edit === null || Array.isArray(edit)) {
    throw new InvalidInputError([{ path: '$', message: 'moet een object zijn' }]);
  }
  const issues: ValidationIssue[] = [];
  const unknown = Object.keys(edit).filter((k) => k !== 'subject' && k !== 'body');
  for (const key of unknown) issues.push({ path: `$.${key}`, message: 'onbekend veld; te wijzigen zijn subject en body' });
  const { subject, body } = edit as { subject?: unknown; body?: unknown };
  if (subject !== undefined && (typeof subject !== 'string' || subject.trim() === '' || subject.length > 200)) {
    issues.push({ path: '$.subject', message: 'moet tekst van 1 tot 200 tekens zijn' });
  }
  const blocks = body === undefined ? letter.body : parseBlocks(body, issues);
  if (issues.length > 0) throw new InvalidInputError(issues);
  return { ...letter, ...(subject !== undefined ? { subject: subject as string } : {}), body: blocks };
}

/** What a letter's signer is called by their role in the application (only a regievoerder approves letters). */
const SIGNER_ROLES: Readonly<Record<string, string>> = { regievoerder: 'Regievoerder' };

/** The letter signed by the person who approves it, with their role. */
export function signed(letter: Letter, approver: { name: string; role: string }): Letter {
  return { ...letter, signer: { name: approver.name, role: SIGNER_ROLES[approver.role] ?? approver.role } };
}

/** Whether the letter, as sent, points the client to the complaint route. */
function mentionsComplaintRoute(letter: Letter): boolean {
  return letter.body.some((b) => (b.kind === 'paragraph' ? [b.text] : b.items).some((t) => /klacht/i.test(t)));
}

type NewEntry = Entry extends infer E ? (E extends Entry ? Omit<E, 'id'> : never) : never;

const NOTICE_KIND: Partial<Record<LetterKind, ClientNoticeKind>> = {
  'suspension-intent': 'warning-of-suspension',
  'refusal-intent': 'intent',
  'termination-intent': 'intent',
  'funder-notified': 'funder-notified',
  decision: 'decision',
  'final-notice': 'final-notice',
};

/**
 * The draft as the dossier supports it now, or ConflictError saying why it can no longer be sent:
 * a fact it states is gone or corrected since it was drafted. Its own edited text is kept.
 */
function confirmFacts(letter: Letter, params: Params, doc: DossierDocument): Letter {
  const refused = (reason: string) =>
    new ConflictError([{ path: '$', message: `deze brief kan niet worden goedgekeurd: ${reason}` }]);
  let fresh: Letter;
  try {
    fresh = draftLetter(letter.kind, { doc, sender: letter.sender, date: letter.date }, params);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    throw refused(`het dossier ondersteunt de feiten in de brief niet (meer): ${error.issues.map((i) => i.message).join('; ')}`);
  }
  const drafted = letter.basis ?? [];
  if (letter.basis === undefined || fresh.basis.length !== drafted.length || fresh.basis.some((id, i) => id !== drafted[i])) {
    throw refused('het dossier is gewijzigd sinds dit concept werd gemaakt, en de brief steunt op andere items dan nu in het dossier staan. Maak een nieuw concept.');
  }
  return fresh;
}

/**
 * The dossier entry an approved letter records, so the assessment counts it; null for a request
 * for consent, which counts only once the consent itself is recorded. Refuses (ConflictError) a
 * letter whose facts the dossier does not support.
 */
export function letterEntry(letter: Letter, params: Params, doc: DossierDocument, letterId: string): NewEntry | null {
  const fresh = confirmFacts(letter, params, doc);
  const note = `Brief "${letter.subject}" (${letterId}).`;
  const base = { date: letter.date as IsoDate, note };
  if (letter.kind === 'warning') {
    const p = warningParams({ doc, sender: fresh.sender, date: fresh.date }, params, []); // checked just now
    return {
      ...base,
      type: 'warning',
      written: true,
      consequence: p.consequence,
      ...(doc.client.hasRepresentative ? { sharedWithRepresentative: true } : {}),
      description: `${p.incidents.map(incidentLine).join(' ')} Gevraagd: ${p.requiredChange} Te verbeteren uiterlijk ${formatDutchDate(p.improveBy)}.`,
    };
  }
  const kind = NOTICE_KIND[letter.kind];
  if (kind === undefined) return null;
  return { ...base, type: 'client-notice', kind, written: true, complaintRouteMentioned: mentionsComplaintRoute(letter) };
}

// A letter as structured content: what it says, not how it looks. The builders in this folder make
// one from the dossier; the regievoerder may edit its text; src/documents renders it to PDF.

import type { DossierDocument, IsoDate } from '../dossier/types.ts';
import type { SourceRef } from '../protocols/types.ts';

export const LETTER_KINDS = [
  'warning',
  'suspension-intent',
  'refusal-intent',
  'termination-intent',
  'funder-notified',
  'decision',
  'final-notice',
  'consent-request',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export type LetterBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

export interface Letter {
  kind: LetterKind;
  /** The date on the letter (dagtekening). */
  date: IsoDate;
  sender: { name: string; address: string | null };
  recipient: {
    name: string;
    address: string | null;
    /** Set when the letter goes to the representative: whom it is about. */
    regarding?: string;
  };
  /** Who receives a copy ('Afschrift aan'), if anyone. */
  copyTo?: string;
  subject: string;
  salutation: string;
  body: LetterBlock[];
  closing: string;
  /** The organisation the letter is signed for. */
  signatory: string;
  /**
   * Who signs: the person who approved the letter, with their role. A draft has none yet; its
   * preview says who will sign.
   */
  signer?: Signer;
  /** The clause that requires this letter. */
  source: SourceRef;
  /**
   * The dossier entries the letter's statements of fact come from, in the corrected state it was
   * drafted from: approval drafts it again from the dossier as it is then and refuses when these
   * differ or the dossier no longer supports the letter.
   */
  basis: string[];
}

/** What is printed of a letter: also the care agreement's letters (invoices, reminders, the plan's copy), which have no dossier kind. */
export type PrintedLetter = Omit<Letter, 'kind' | 'basis'>;

export interface Signer {
  name: string;
  role: string;
}

/** The organisation that sends the letter, and how a client reaches it. */
export interface Sender {
  name: string;
  address: string | null;
  /** The number a client calls with a question (letters drafted before migrations/0017 have none). */
  phone?: string | null;
  /** Whom a client turns to with a complaint, and how; it follows 'neem dan contact op met'. */
  complaintsContact?: string | null;
}

export interface LetterInput {
  doc: DossierDocument;
  sender: Sender;
  date: IsoDate;
}

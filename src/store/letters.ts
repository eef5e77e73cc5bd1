import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Letter, Sender } from '../domain/letters/types.ts';
import { isUuid } from './ids.ts';
import type { Database, LettersTable } from './schema.ts';

// Letters of a case: drafts the regievoerder edits, and sent letters with the exact PDF bytes and
// their SHA-256. The database refuses to change or remove a sent letter (migrations/0004-documents.ts).

type Db = Kysely<Database> | Transaction<Database>;

export interface LetterRecord {
  id: string;
  caseId: string;
  organisationId: string;
  status: 'draft' | 'sent';
  params: Record<string, unknown>;
  letter: Letter;
  draftedBy: string | null;
  draftedAt: Date;
  approvedBy: string | null;
  sentAt: Date | null;
  sha256: string | null;
  entryId: string | null;
}

const COLUMNS = [
  'id',
  'case_id',
  'organisation_id',
  'status',
  'params',
  'content',
  'drafted_by',
  'drafted_at',
  'approved_by',
  'sent_at',
  'sha256',
  'entry_key',
] as const;

type Row = Omit<Selectable<LettersTable>, 'kind' | 'pdf'>;

function toRecord(row: Row): LetterRecord {
  return {
    id: row.id,
    caseId: row.case_id,
    organisationId: row.organisation_id,
    status: row.status,
    params: row.params,
    letter: row.content as unknown as Letter,
    draftedBy: row.drafted_by,
    draftedAt: row.drafted_at,
    approvedBy: row.approved_by,
    sentAt: row.sent_at,
    sha256: row.sha256,
    entryId: row.entry_key,
  };
}

export async function insertLetter(
  db: Db,
  input: { caseId: string; organisationId: string; params: Record<string, unknown>; letter: Letter; draftedBy: string | null },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('letters')
    .values({
      id,
      case_id: input.caseId,
      organisation_id: input.organisationId,
      kind: input.letter.kind,
      status: 'draft',
      params: JSON.stringify(input.params),
      content: JSON.stringify(input.letter),
      drafted_by: input.draftedBy,
    })
    .execute();
  return id;
}

/** The letter if it belongs to the case; with `forUpdate`, locked for the rest of the transaction. */
export async function findLetter(db: Db, caseId: string, letterId: string, forUpdate = false): Promise<LetterRecord | undefined> {
  // Letter ids are UUIDs like case ids; anything else names no letter (and must not reach a uuid column).
  if (!isUuid(letterId)) return undefined;
  let query = db.selectFrom('letters').select(COLUMNS).where('id', '=', letterId).where('case_id', '=', caseId);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

export async function listLetters(db: Db, caseId: string): Promise<LetterRecord[]> {
  const rows = await db.selectFrom('letters').select(COLUMNS).where('case_id', '=', caseId).orderBy('drafted_at').orderBy('id').execute();
  return rows.map(toRecord);
}

export async function updateDraft(db: Db, letterId: string, letter: Letter): Promise<void> {
  await db.updateTable('letters').set({ content: JSON.stringify(letter) }).where('id', '=', letterId).where('status', '=', 'draft').execute();
}

export async function deleteDraft(db: Db, letterId: string): Promise<void> {
  await db.deleteFrom('letters').where('id', '=', letterId).where('status', '=', 'draft').execute();
}

export async function markSent(
  trx: Transaction<Database>,
  letterId: string,
  sent: { letter: Letter; pdf: Buffer; sha256: string; approvedBy: string | null; entryId: string | null },
): Promise<void> {
  await trx
    .updateTable('letters')
    .set({ status: 'sent', content: JSON.stringify(sent.letter), pdf: sent.pdf, sha256: sent.sha256, approved_by: sent.approvedBy, sent_at: sql`now()`, entry_key: sent.entryId })
    .where('id', '=', letterId)
    .where('status', '=', 'draft')
    .execute();
}

/** The sent letters of a case that the dossier records, by the id of the entry that records each. */
export async function sentLettersByEntry(db: Db, caseId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('letters')
    .select(['id', 'entry_key'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'sent')
    .where('entry_key', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.entry_key as string, r.id]));
}

/** The stored PDF of a sent letter, byte for byte. */
export async function sentPdf(db: Db, letterId: string): Promise<Buffer | undefined> {
  const row = await db.selectFrom('letters').select('pdf').where('id', '=', letterId).where('status', '=', 'sent').executeTakeFirst();
  return row?.pdf == null ? undefined : Buffer.from(row.pdf);
}

/** The organisation's name and address, as its letters show them, and how a client reaches it (when known). */
export async function findSender(db: Db, organisationId: string): Promise<Sender> {
  const row = await db
    .selectFrom('organisations')
    .select(['name', 'address', 'phone', 'complaints_contact'])
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return {
    name: row.name,
    address: row.address,
    ...(row.phone !== null ? { phone: row.phone } : {}),
    ...(row.complaints_contact !== null ? { complaintsContact: row.complaints_contact } : {}),
  };
}

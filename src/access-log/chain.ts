import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { ActionCode } from './events.ts';

// One row of the access log and its place in its organisation's hash chain. A row's hash is the
// SHA-256 of the RFC 8785 canonical JSON of `{ fields, prevHash }`: its own fields and the hash of
// the row before it in the same chain. The database computes the same bytes when it appends
// (migrations/0006: '{"fields":' || fields || ',"prevHash":"' || prev || '"}' is exactly that
// canonical form, since "fields" sorts before "prevHash"), so anyone can recompute a row's hash from
// its columns with any JCS implementation. The position (seq) is not hashed: the links define the
// order, and seq only numbers it, so a renumbering shows up as a row out of order or missing.

/** What a row records (NEN 7513 names in docs/access-log.md); every value a string or null. */
export interface AccessLogFields {
  /** The chain: the organisation that holds the data accessed (the data controller). */
  organisationId: string;
  /** ISO 8601 to the second, with offset. */
  time: string;
  actionCode: ActionCode;
  eventType: string;
  userId: string;
  userName: string;
  userRole: string;
  /** The acting user's organisation; null for the operator and the jobs. */
  userOrganisationId: string | null;
  purpose: string;
  /** The relation the decision rested on (own-organisation, funder-addressed, …), or none. */
  relation: string;
  networkAddress: string;
  clientId: string | null;
  caseId: string | null;
  outcome: 'allowed' | 'denied';
  /** Why it was denied (no-relation, not-granted); null when allowed. */
  reason: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);

export function canonicalFields(fields: AccessLogFields): string {
  return canonicalize(fields) as string;
}

export function rowHash(fields: AccessLogFields, prevHash: string): string {
  return createHash('sha256').update(canonicalize({ fields, prevHash }) as string).digest('hex');
}

export interface StoredRow {
  seq: number;
  prevHash: string;
  hash: string;
  /** The same moment as `fields.time`, as the database filters on it. */
  occurredAt: Date;
  fields: AccessLogFields;
}

export type BreakKind = 'changed' | 'missing' | 'out-of-order';

export interface ChainBreak {
  seq: number;
  kind: BreakKind;
  detail: string;
}

/**
 * Walks one chain in seq order and reports the first break: a row whose hash does not match its
 * fields (changed), a row that should be there and is not (missing), or an intact row that does not
 * follow the row before it but another row of the chain (out of order).
 */
export class ChainVerifier {
  #expectedSeq = 1;
  #prevHash = GENESIS_HASH;
  rows = 0;

  /** `seqOfHash`: the seq of the row of this chain with that hash, if any (asked only at a broken link). */
  constructor(private readonly seqOfHash: (hash: string) => Promise<number | undefined>) {}

  async check(row: StoredRow): Promise<ChainBreak | undefined> {
    if (rowHash(row.fields, row.prevHash) !== row.hash || Date.parse(row.fields.time) !== row.occurredAt.getTime()) {
      return { seq: row.seq, kind: 'changed', detail: 'de opgeslagen hash klopt niet met de velden van de regel' };
    }
    if (row.seq > this.#expectedSeq) {
      return { seq: this.#expectedSeq, kind: 'missing', detail: `regel ${this.#expectedSeq} ontbreekt (de volgende is ${row.seq})` };
    }
    if (row.seq < this.#expectedSeq || row.prevHash !== this.#prevHash) {
      const follows = await this.seqOfHash(row.prevHash);
      if (follows !== undefined || row.seq < this.#expectedSeq) {
        return { seq: row.seq, kind: 'out-of-order', detail: `deze regel volgt in de keten op regel ${follows ?? '?'}, niet op de regel ervoor` };
      }
      return { seq: row.seq, kind: 'missing', detail: 'de regel waarop deze regel volgt, ontbreekt' };
    }
    this.#expectedSeq = row.seq + 1;
    this.#prevHash = row.hash;
    this.rows++;
    return undefined;
  }

  /** After the last row: the chain's head (what the database last appended) must be that row. */
  finish(head: { seq: number; hash: string } | undefined): ChainBreak | undefined {
    const last = this.#expectedSeq - 1;
    const headSeq = head?.seq ?? 0;
    if (headSeq > last) return { seq: last + 1, kind: 'missing', detail: `de keten eindigt bij regel ${last}, maar telde ${headSeq} regels` };
    if (headSeq < last || (head?.hash ?? GENESIS_HASH) !== this.#prevHash) {
      return { seq: last, kind: 'changed', detail: 'de kop van de keten klopt niet met de laatste regel' };
    }
    return undefined;
  }

  get headHash(): string {
    return this.#prevHash;
  }
}

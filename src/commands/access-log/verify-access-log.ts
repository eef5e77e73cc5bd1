import { ChainVerifier, type ChainBreak } from '../../access-log/chain.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { chainHead, chainRows, lastSeq, seqOfHash } from '../../store/access-log.ts';
import { command, type Tx } from '../pipeline/execute.ts';

/** Rows read per query while walking a chain. */
const PAGE = 5_000;

/**
 * Rows past the chain's head that the head has not caught up with since: written around the append
 * function, so never linked into the chain (rows appended meanwhile move the head along with them).
 */
async function rowsBeyondHead(tx: Tx, organisationId: string): Promise<ChainBreak | undefined> {
  const [head, last] = await Promise.all([chainHead(tx, organisationId), lastSeq(tx, organisationId)]);
  const headSeq = head?.seq ?? 0;
  if (last <= headSeq) return undefined;
  return { seq: headSeq + 1, kind: 'changed', detail: `na de kop van de keten (regel ${headSeq}) staan regels die niet in de keten zijn opgenomen` };
}

export interface ChainReport {
  slug: string;
  name: string;
  rows: number;
  headHash: string;
  /** The first break, if the chain is not intact. */
  broken?: ChainBreak;
}

/**
 * Walks every organisation's chain (or one's) from its first row to the head it had when the walk
 * began, recomputing each row's hash and link. It shows no client data, so it writes no row itself
 * (which would also move the head it reports).
 */
export const verifyAccessLog = command({
  action: 'access-log.verify',
  event: 'access-log.verify',
  load: async () => ({ kind: 'installation' as const }),
  async run(tx, _installation, input: { organisationSlug?: string }): Promise<ChainReport[]> {
    let organisations = tx.selectFrom('organisations').select(['id', 'slug', 'name']).orderBy('slug');
    if (input.organisationSlug !== undefined) organisations = organisations.where('slug', '=', input.organisationSlug);
    const found = await organisations.execute();
    if (found.length === 0 && input.organisationSlug !== undefined) throw new NotFoundError(`Organisatie "${input.organisationSlug}" bestaat niet.`);
    const reports: ChainReport[] = [];
    for (const organisation of found) {
      const head = await chainHead(tx, organisation.id);
      const verifier = new ChainVerifier((hash) => seqOfHash(tx, organisation.id, hash));
      let broken: ChainBreak | undefined;
      for (let after = 0; broken === undefined; ) {
        const rows = (await chainRows(tx, organisation.id, after, PAGE)).filter((r) => r.seq <= (head?.seq ?? 0));
        for (const row of rows) {
          broken = await verifier.check(row);
          if (broken !== undefined) break;
        }
        if (rows.length < PAGE) break;
        after = (rows.at(-1) as { seq: number }).seq;
      }
      broken ??= verifier.finish(head) ?? (await rowsBeyondHead(tx, organisation.id));
      reports.push({
        slug: organisation.slug,
        name: organisation.name,
        rows: head?.seq ?? 0,
        headHash: head?.hash ?? verifier.headHash,
        ...(broken !== undefined ? { broken } : {}),
      });
    }
    return reports;
  },
});

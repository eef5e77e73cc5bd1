import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import canonicalize from 'canonicalize';
import { canonicalFields, ChainVerifier, GENESIS_HASH, rowHash, type AccessLogFields, type StoredRow } from './chain.ts';

const fields = (n: number): AccessLogFields => ({
  organisationId: '11111111-1111-4111-8111-111111111111',
  time: `2026-11-29T17:0${n}:12+01:00`,
  actionCode: 'R',
  eventType: 'case.read',
  userId: '22222222-2222-4222-8222-222222222222',
  userName: 'Sanne "de" Vries \u00e9\n',
  userRole: 'medewerker',
  userOrganisationId: '11111111-1111-4111-8111-111111111111',
  purpose: 'treatment',
  relation: 'own-organisation',
  networkAddress: '127.0.0.1',
  clientId: '33333333-3333-4333-8333-333333333333',
  caseId: '44444444-4444-4444-8444-444444444444',
  outcome: 'allowed',
  reason: null,
});

function chain(count: number): StoredRow[] {
  const rows: StoredRow[] = [];
  let prev = GENESIS_HASH;
  for (let n = 1; n <= count; n++) {
    const f = fields(n);
    const hash = rowHash(f, prev);
    rows.push({ seq: n, prevHash: prev, hash, occurredAt: new Date(Date.parse(f.time)), fields: f });
    prev = hash;
  }
  return rows;
}

async function verify(rows: StoredRow[], head = rows.at(-1)) {
  const byHash = new Map(rows.map((r) => [r.hash, r.seq]));
  const verifier = new ChainVerifier(async (hash) => byHash.get(hash));
  for (const row of rows) {
    const broken = await verifier.check(row);
    if (broken !== undefined) return broken;
  }
  return verifier.finish(head === undefined ? undefined : { seq: head.seq, hash: head.hash });
}

test('a row hash is the SHA-256 of the canonical JSON (RFC 8785) of its fields and the previous hash; the database builds the same bytes', () => {
  const f = fields(1);
  const canonical = canonicalize({ fields: f, prevHash: GENESIS_HASH }) as string;
  // migrations/0006 concatenates exactly this: '{"fields":' || fields || ',"prevHash":"' || prev || '"}'.
  assert.equal(canonical, `{"fields":${canonicalFields(f)},"prevHash":"${GENESIS_HASH}"}`);
  assert.equal(rowHash(f, GENESIS_HASH), createHash('sha256').update(canonical).digest('hex'));
  // Keys sorted, no whitespace, strings escaped as JSON does.
  assert.match(canonicalFields(f), /^\{"actionCode":"R","caseId":"4{8}-/);
  assert.match(canonicalFields(f), /"userName":"Sanne \\"de\\" Vries é\\n"/);
});

test('an intact chain verifies; each kind of tampering is named at the first row it breaks', async () => {
  assert.equal(await verify(chain(5)), undefined);
  assert.equal(await verify([]), undefined);

  const changed = chain(5);
  changed[2] = { ...changed[2]!, fields: { ...changed[2]!.fields, userName: 'Iemand anders' } };
  assert.deepEqual(await verify(changed).then((b) => [b?.seq, b?.kind]), [3, 'changed']);

  const retimed = chain(5);
  retimed[1] = { ...retimed[1]!, occurredAt: new Date(0) };
  assert.deepEqual(await verify(retimed).then((b) => [b?.seq, b?.kind]), [2, 'changed']);

  const missing = chain(5).filter((r) => r.seq !== 3);
  assert.deepEqual(await verify(missing).then((b) => [b?.seq, b?.kind]), [3, 'missing']);

  // Rows 3 and 4 swapped places (their seq numbers exchanged): each is intact, but out of order.
  const swapped = chain(5);
  const [third, fourth] = [swapped[2]!, swapped[3]!];
  swapped[2] = { ...fourth, seq: 3 };
  swapped[3] = { ...third, seq: 4 };
  assert.deepEqual(await verify(swapped).then((b) => [b?.seq, b?.kind]), [3, 'out-of-order']);

  // The last row gone, the head still counting it.
  const rows = chain(5);
  assert.deepEqual(await verify(rows.slice(0, 4), rows[4]).then((b) => [b?.seq, b?.kind]), [5, 'missing']);
  // Renumbered to close the gap: the row after the removed one no longer links.
  const closed = chain(5).filter((r) => r.seq !== 3).map((r, i) => ({ ...r, seq: i + 1 }));
  assert.deepEqual(await verify(closed, closed.at(-1)).then((b) => [b?.seq, b?.kind]), [3, 'missing']);
});

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { randomUUID } from 'node:crypto';
import { openStore, type Store } from './database.ts';
import { insertOrganisation } from './users.ts';

// PGlite has one session. These tests interleave transactions the way concurrent HTTP requests do
// and check that one request's rollback never takes another request's acknowledged write with it.

let store: Store;
before(async () => {
  store = await openStore({ kind: 'pglite' });
});
after(() => store.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function slugs(): Promise<string[]> {
  const rows = await store.db.selectFrom('organisations').select('slug').orderBy('slug').execute();
  return rows.map((r) => r.slug);
}

test('a rollback in one transaction never undoes a write acknowledged to another caller', async () => {
  const failing = store.db.transaction().execute(async (trx) => {
    await trx.insertInto('organisations').values({ id: randomUUID(), slug: 'rolled-back', name: 'x', kind: 'provider', address: null }).execute();
    await sleep(50); // the other caller writes (and is answered) while this transaction is open
    throw new Error('this request fails');
  });
  const acknowledged = (async () => {
    await sleep(10);
    await insertOrganisation(store.db, { slug: 'acknowledged', name: 'y', kind: 'provider', address: null });
    return 'ok';
  })();
  const committed = store.db.transaction().execute(async (trx) => {
    await sleep(5);
    await trx.insertInto('organisations').values({ id: randomUUID(), slug: 'committed', name: 'z', kind: 'provider', address: null }).execute();
  });
  await assert.rejects(failing, /this request fails/);
  assert.equal(await acknowledged, 'ok');
  await committed;
  assert.deepEqual(await slugs(), ['acknowledged', 'committed']);
});

test('many interleaved transactions, half of them failing: exactly the committed ones remain', async () => {
  const outcomes = await Promise.allSettled(
    Array.from({ length: 40 }, (_, i) =>
      store.db.transaction().execute(async (trx) => {
        await trx.insertInto('organisations').values({ id: randomUUID(), slug: `t${i}`, name: 'n', kind: 'provider', address: null }).execute();
        await sleep(i % 3);
        if (i % 2 === 1) throw new Error('fail');
      }),
    ),
  );
  const expected = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [`t${i}`] : []));
  assert.equal(expected.length, 20);
  const present = (await slugs()).filter((s) => /^t\d+$/.test(s));
  assert.deepEqual(present.sort(), expected.sort());
});

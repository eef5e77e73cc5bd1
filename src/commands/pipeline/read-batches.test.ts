import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { actorByEmail } from '../../../test/support/actors.ts';
import { openTestStore, testDatabases } from '../../../test/support/databases.ts';
import { rowHash } from '../../access-log/chain.ts';
import { assess } from '../../domain/assessment/assess.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { UserActor } from '../../policy/actors.ts';
import { chainRows } from '../../store/access-log.ts';
import { findCaseWithEntries } from '../../store/cases.ts';
import type { Store } from '../../store/database.ts';
import { appendEntry } from '../cases/append-entry.ts';
import { assessCase } from '../cases/assess-case.ts';
import { loadCase } from '../cases/case-resource.ts';
import { toDocument } from '../cases/dossier.ts';
import { seedDemoIfEmpty } from '../demo/seed-demo.ts';
import type { CommandContext } from './context.ts';
import { command, execute } from './execute.ts';

// Reads that arrive together share a transaction (decision 0027): each answers as alone, each
// leaves its own row in the chain, a refusal or a failure of one touches none of the others, and
// what the process keeps of a dossier is never older than the database's.

const TODAY = '2026-06-01';

for (const database of testDatabases) {
  describe(`reads that arrive together (${database.kind})`, () => {
    let store: Store;
    let regievoerder: UserActor;
    let beoordelaar: UserActor;
    let deLinde: string;
    let caseId: string;

    const user = (email: string) => actorByEmail(store, email);
    const ctx = (actor: UserActor): CommandContext => ({ store, actor, origin: '203.0.113.9', today: () => TODAY });
    const chain = () => chainRows(store.db, deLinde, 0, 100_000);
    /** What `assess` makes of the case as the database holds it now, read without the process's copy. */
    const fresh = async () => {
      const found = (await findCaseWithEntries(store.db, caseId))!;
      return assess(toDocument(found.record, found.entries.map((e) => e.entry)), TODAY);
    };

    before(async () => {
      store = await openTestStore(database);
      await seedDemoIfEmpty(store);
      regievoerder = await user('regievoerder@delinde.example');
      beoordelaar = await user('beoordelaar@groningen.example');
      deLinde = regievoerder.organisationId;
      // A case of De Linde's that Groningen's reviewer has nothing to do with.
      const found = await store.db.selectFrom('cases').select('id').where('organisation_id', '=', deLinde).where('regime', '=', 'vgz-wijkverpleging').executeTakeFirstOrThrow();
      caseId = found.id;
    });
    after(() => store.close());

    test('twelve reads at once answer as one alone, each with its own row, in fewer transactions than reads', async () => {
      const alone = await execute(ctx(regievoerder), assessCase, { caseId });
      assert.deepEqual(alone, await fresh());
      const before = (await chain()).length;
      const answers = await Promise.all(Array.from({ length: 12 }, () => execute(ctx(regievoerder), assessCase, { caseId })));
      for (const answer of answers) assert.deepEqual(answer, alone);
      const rows = (await chain()).slice(before);
      assert.equal(rows.length, 12);
      for (const [i, row] of rows.entries()) {
        assert.deepEqual([row.fields.eventType, row.fields.caseId, row.fields.outcome], ['case.assess', caseId, 'allowed']);
        assert.equal(row.hash, rowHash(row.fields, i === 0 ? row.prevHash : (rows[i - 1]!.hash)));
      }
      // Rows of one transaction share its id (xmin): the reads that waited shared one.
      const { rows: transactions } = await sql<{ n: number }>`select count(distinct xmin::text)::int as n from access_log
        where organisation_id = ${deLinde} and seq > ${before}`.execute(store.db);
      assert.ok(transactions[0]!.n < 12, `${transactions[0]!.n} transactions for 12 reads`);
    });

    test('reads of different cases loaded together each answer for their own case, whatever the case of the id', async () => {
      const other = (await store.db.selectFrom('cases').select('id').where('organisation_id', '=', deLinde).where('id', '!=', caseId).orderBy('id').executeTakeFirstOrThrow()).id;
      const assessed = async (id: string) => {
        const found = (await findCaseWithEntries(store.db, id))!;
        return assess(toDocument(found.record, found.entries.map((e) => e.entry)), TODAY);
      };
      const ids = [caseId, other, caseId.toUpperCase(), other, caseId];
      const answers = await Promise.all(ids.map((id) => execute(ctx(regievoerder), assessCase, { caseId: id })));
      const [mine, theirs] = [await assessed(caseId), await assessed(other)];
      assert.notDeepEqual(mine, theirs);
      assert.deepEqual(answers, [mine, theirs, mine, theirs, mine]);
    });

    test('a refused read among others: its own denied row, the others answered', async () => {
      const before = (await chain()).length;
      const results = await Promise.allSettled([
        execute(ctx(regievoerder), assessCase, { caseId }),
        execute(ctx(beoordelaar), assessCase, { caseId }),
        execute(ctx(regievoerder), assessCase, { caseId }),
        execute(ctx(regievoerder), assessCase, { caseId: '00000000-0000-4000-8000-000000000000' }),
      ]);
      assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled', 'rejected']);
      assert.ok((results[1] as PromiseRejectedResult).reason instanceof NotFoundError, 'another organisation’s case is concealed');
      assert.ok((results[3] as PromiseRejectedResult).reason instanceof NotFoundError);
      const rows = (await chain()).slice(before);
      // The reviewer's attempt is in the chain of the organisation that holds the case, as when alone (decision 0007).
      assert.deepEqual(rows.map((r) => [r.fields.outcome, r.fields.userId]).sort(), [
        ['allowed', regievoerder.userId],
        ['allowed', regievoerder.userId],
        ['denied', beoordelaar.userId],
      ].sort());
    });

    test('a read the database refuses spoils none of the reads beside it', async () => {
      const broken = command({
        action: 'case.read',
        event: 'case.read',
        readOnly: true,
        load: async (tx, id: string) => {
          await sql`select 1 / 0`.execute(tx);
          return loadCase(tx, id);
        },
        run: async () => 'never',
      });
      const before = (await chain()).length;
      const results = await Promise.allSettled([
        execute(ctx(regievoerder), assessCase, { caseId }),
        execute(ctx(regievoerder), broken, caseId),
        execute(ctx(regievoerder), assessCase, { caseId }),
        execute(ctx(regievoerder), assessCase, { caseId }),
      ]);
      assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      assert.match(String((results[1] as PromiseRejectedResult).reason), /division by zero/);
      assert.equal((await chain()).length, before + 3);
    });

    test('a dossier kept by the process is read again once an entry was added, by whatever path', async () => {
      const first = await execute(ctx(regievoerder), assessCase, { caseId });
      await execute(ctx(regievoerder), appendEntry, { caseId, entry: { type: 'gp-informed', date: '2026-05-20' } });
      const second = await execute(ctx(regievoerder), assessCase, { caseId });
      assert.notDeepEqual(second, first);
      assert.deepEqual(second, await fresh());
      // Another date is another assessment of the same kept entries.
      assert.deepEqual(await execute(ctx(regievoerder), assessCase, { caseId, asOf: '2026-07-01' }), assess(
        toDocument((await findCaseWithEntries(store.db, caseId))!.record, (await findCaseWithEntries(store.db, caseId))!.entries.map((e) => e.entry)),
        '2026-07-01',
      ));
    });
  });
}

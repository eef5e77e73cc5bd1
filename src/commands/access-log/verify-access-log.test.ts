import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { openTestStore, testDatabases } from '../../../test/support/databases.ts';
import type { Store } from '../../store/database.ts';
import { seedDemoIfEmpty } from '../demo/seed-demo.ts';
import { execute } from '../pipeline/execute.ts';
import { operatorContext } from '../pipeline/machine.ts';
import { verifyAccessLog } from './verify-access-log.ts';

// Tampering with the access log behind the application's back (the append-only trigger disabled,
// as only someone with the database's keys can): each way is found, at the row where it happened.

for (const database of testDatabases) {
  describe(`verifying the access log's hash chains (${database.kind})`, () => {
    let store: Store;
    let deLinde: string;
    const verify = (organisationSlug?: string) =>
      execute(operatorContext(store), verifyAccessLog, organisationSlug !== undefined ? { organisationSlug } : {});

    const run = async (statements: string | string[]) => {
      for (const statement of [statements].flat()) await sql.raw(statement).execute(store.db);
    };

    /** Runs `change` with the trigger off, verifies, then puts everything back. */
    async function tampered(change: string | string[], undo: string | string[]) {
      await sql`alter table access_log disable trigger access_log_append_only`.execute(store.db);
      try {
        await run(change);
        return (await verify('de-linde'))[0]!;
      } finally {
        await run(undo);
        await sql`alter table access_log enable trigger access_log_append_only`.execute(store.db);
      }
    }

    before(async () => {
      store = await openTestStore(database);
      await seedDemoIfEmpty(store);
      deLinde = (await store.db.selectFrom('organisations').select('id').where('slug', '=', 'de-linde').executeTakeFirstOrThrow()).id;
      assert.ok((await store.db.selectFrom('access_log').select('seq').where('organisation_id', '=', deLinde).execute()).length >= 4);
    });
    after(() => store.close());

    test('every chain intact: its row count and head hash per organisation', async () => {
      const reports = await verify();
      assert.deepEqual(reports.map((r) => r.slug), ['de-linde', 'gemeente-groningen', 'vgz']);
      const head = await store.db.selectFrom('access_log_heads').select(['hash', sql<string>`seq::text`.as('seq')]).where('organisation_id', '=', deLinde).executeTakeFirstOrThrow();
      assert.deepEqual(reports[0], { slug: 'de-linde', name: 'Zorggroep De Linde', rows: Number(head.seq), headHash: head.hash });
      assert.deepEqual(reports[1], { slug: 'gemeente-groningen', name: 'Gemeente Groningen', rows: 0, headHash: '0'.repeat(64) });
      await assert.rejects(verify('bestaat-niet'), /Organisatie "bestaat-niet" bestaat niet/);
    });

    test('a changed row is found', async () => {
      const where = `organisation_id = '${deLinde}' and seq = 3`;
      const name = (await store.db.selectFrom('access_log').select('user_name').where(sql<boolean>`seq = 3`).where('organisation_id', '=', deLinde).executeTakeFirstOrThrow()).user_name;
      const report = await tampered(`update access_log set user_name = 'Iemand anders' where ${where}`, `update access_log set user_name = '${name}' where ${where}`);
      assert.deepEqual([report.broken?.seq, report.broken?.kind], [3, 'changed']);
      assert.equal((await verify('de-linde'))[0]!.broken, undefined, 'intact again once undone');
    });

    test('a missing row is found', async () => {
      const saved = `(select * from access_log where organisation_id = '${deLinde}' and seq = 3)`;
      await sql.raw(`create table kept as ${saved}`).execute(store.db);
      try {
        const report = await tampered(
          `delete from access_log where organisation_id = '${deLinde}' and seq = 3`,
          'insert into access_log select * from kept',
        );
        assert.deepEqual([report.broken?.seq, report.broken?.kind], [3, 'missing']);
      } finally {
        await sql`drop table kept`.execute(store.db);
      }
      assert.equal((await verify('de-linde'))[0]!.broken, undefined);
    });

    test('rows out of order are found', async () => {
      const swap = (a: number, b: number) => [
        `update access_log set seq = -1 where organisation_id = '${deLinde}' and seq = ${a}`,
        `update access_log set seq = ${a} where organisation_id = '${deLinde}' and seq = ${b}`,
        `update access_log set seq = ${b} where organisation_id = '${deLinde}' and seq = -1`,
      ];
      const report = await tampered(swap(2, 3), swap(2, 3));
      assert.deepEqual([report.broken?.seq, report.broken?.kind], [2, 'out-of-order']);
      assert.equal((await verify('de-linde'))[0]!.broken, undefined);
    });

    test('a row slipped in past the head, outside the chain, is found', async () => {
      const last = Number((await store.db.selectFrom('access_log_heads').select(sql<string>`seq::text`.as('seq')).where('organisation_id', '=', deLinde).executeTakeFirstOrThrow()).seq);
      const report = await tampered(
        `insert into access_log select organisation_id, seq + 1, hash, hash, event_time, occurred_at, action_code, event_type, user_id, user_name,
           user_role, user_organisation_id, purpose, relation, network_address, client_id, case_id, outcome, reason
         from access_log where organisation_id = '${deLinde}' and seq = ${last}`,
        `delete from access_log where organisation_id = '${deLinde}' and seq = ${last + 1}`,
      );
      assert.deepEqual([report.broken?.seq, report.broken?.kind], [last + 1, 'changed']);
    });
  });
}

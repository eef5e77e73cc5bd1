import assert from 'node:assert/strict';
import { hostname, userInfo } from 'node:os';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { actorByEmail } from '../../../test/support/actors.ts';
import { openTestStore, testDatabases } from '../../../test/support/databases.ts';
import { canonicalFields, rowHash, type AccessLogFields } from '../../access-log/chain.ts';
import type { UserActor } from '../../policy/actors.ts';
import type { Store } from '../../store/database.ts';
import { chainRows } from '../../store/access-log.ts';
import { appendEntry } from '../cases/append-entry.ts';
import { exportDossier } from '../cases/export-dossier.ts';
import { listCases } from '../cases/list-cases.ts';
import { readCase } from '../cases/read-case.ts';
import { seedDemoIfEmpty } from '../demo/seed-demo.ts';
import { databaseAccessLog, type AccessLogSink } from './access-log-rows.ts';
import type { CommandContext } from './context.ts';
import { execute } from './execute.ts';

// The pipeline's promises about the access log: an allowed action's rows in its own transaction,
// a refusal's row kept after the rollback, one row per client, one chain per organisation.

const ISO_SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

for (const database of testDatabases) {
  describe(`the pipeline and the access log (${database.kind})`, () => {
    let store: Store;
    let regievoerder: UserActor;
    let medewerker: UserActor;
    let vgz: UserActor;
    let deLinde: string;
    let caseId: string;
    let clientId: string;

    const user = (email: string) => actorByEmail(store, email);
    const ctx = (actor: UserActor, accessLog?: AccessLogSink): CommandContext => ({
      store,
      actor,
      origin: '203.0.113.7',
      ...(accessLog !== undefined ? { accessLog } : {}),
    });
    const chain = async (organisationId: string) => chainRows(store.db, organisationId, 0, 100_000);
    const entries = async () => (await sql<{ n: number }>`select count(*)::int as n from entries`.execute(store.db)).rows[0]!.n;

    before(async () => {
      store = await openTestStore(database);
      await seedDemoIfEmpty(store);
      regievoerder = await user('regievoerder@delinde.example');
      medewerker = await user('medewerker@delinde.example');
      vgz = await user('zorgadviseur@vgz.example');
      deLinde = regievoerder.organisationId;
      // A municipal case: nothing to do with VGZ.
      const found = await store.db.selectFrom('cases').select(['id', 'client_id']).where('regime', '=', 'gemeente-bijlage6').executeTakeFirstOrThrow();
      caseId = found.id;
      clientId = found.client_id;
    });
    after(() => store.close());

    test('the demo data was imported by a named operator: the OS account, its host, one row per case', async () => {
      const rows = await chain(deLinde);
      const imports = rows.filter((r) => r.fields.eventType === 'case.import');
      const cases = await store.db.selectFrom('cases').select('id').execute();
      assert.equal(imports.length, cases.length);
      assert.deepEqual(
        [imports[0]!.fields.userId, imports[0]!.fields.userName, imports[0]!.fields.userRole, imports[0]!.fields.networkAddress, imports[0]!.fields.purpose],
        [`os:${userInfo().username}@${hostname()}`, userInfo().username, 'operator', hostname(), 'administration'],
      );
    });

    test('an allowed read writes one row with every field, linked to the row before it', async () => {
      const before = await chain(deLinde);
      await execute(ctx(regievoerder), readCase, caseId);
      const rows = await chain(deLinde);
      assert.equal(rows.length, before.length + 1);
      const row = rows.at(-1)!;
      assert.match(row.fields.time, ISO_SECOND);
      assert.ok(Math.abs(Date.parse(row.fields.time) - Date.now()) < 60_000);
      const expected: Omit<AccessLogFields, 'time'> = {
        organisationId: deLinde,
        actionCode: 'R',
        eventType: 'case.read',
        userId: regievoerder.userId,
        userName: 'Mohamed El Amrani',
        userRole: 'regievoerder',
        userOrganisationId: deLinde,
        purpose: 'treatment',
        relation: 'own-organisation',
        networkAddress: '203.0.113.7',
        clientId,
        caseId,
        outcome: 'allowed',
        reason: null,
      };
      assert.deepEqual({ ...row.fields, time: undefined }, { ...expected, time: undefined });
      assert.equal(row.prevHash, before.at(-1)!.hash);
      assert.equal(row.hash, rowHash(row.fields, row.prevHash));
    });

    test('whatever a name holds (quotes, backslashes, dollar signs, a newline) is stored as it was and hashes the same', async () => {
      const name = `O'Brien "de \\ Groot" $zlog$ $z12345678$ $$\n\u00e9\u{1F600}`;
      await execute(ctx({ ...regievoerder, name }), readCase, caseId);
      const row = (await chain(deLinde)).at(-1)!;
      assert.equal(row.fields.userName, name);
      assert.equal(row.hash, rowHash(row.fields, row.prevHash));
    });

    test('the rows are written in the action’s own transaction: when they cannot be, the action is undone too', async () => {
      const [entryCount, logLength] = [await entries(), (await chain(deLinde)).length];
      const failing: AccessLogSink = async (tx, docs) => {
        await databaseAccessLog(tx, docs);
        throw new Error('the log could not be written');
      };
      await assert.rejects(
        execute(ctx(medewerker, failing), appendEntry, { caseId, entry: { type: 'gp-informed', date: '2026-03-02' } }),
        /could not be written/,
      );
      assert.equal(await entries(), entryCount);
      assert.equal((await chain(deLinde)).length, logLength);
      const appended = await execute(ctx(medewerker), appendEntry, { caseId, entry: { type: 'gp-informed', date: '2026-03-02' } });
      assert.equal(await entries(), entryCount + 1);
      const row = (await chain(deLinde)).at(-1)!;
      assert.deepEqual([row.fields.eventType, row.fields.actionCode, row.fields.caseId], ['entry.append', 'C', caseId]);
      assert.ok(appended.id);
    });

    test('a refused attempt is logged, in the chain of the organisation that holds the data, and survives the rollback', async () => {
      const [entryCount, logLength] = [await entries(), (await chain(deLinde)).length];
      // VGZ has nothing to do with this municipal case: it does not exist for them.
      await assert.rejects(execute(ctx(vgz), appendEntry, { caseId, entry: { type: 'gp-informed', date: '2026-03-02' } }), { name: 'NotFoundError' });
      // The medewerker works on it but may not export it: forbidden.
      await assert.rejects(execute(ctx(medewerker), exportDossier, caseId), { name: 'ForbiddenError' });
      assert.equal(await entries(), entryCount);
      const rows = (await chain(deLinde)).slice(logLength);
      assert.deepEqual(
        rows.map((r) => [r.fields.eventType, r.fields.userRole, r.fields.userOrganisationId, r.fields.purpose, r.fields.relation, r.fields.outcome, r.fields.reason, r.fields.clientId, r.fields.caseId]),
        [
          ['entry.append', 'beoordelaar', vgz.organisationId, 'funder-review', 'none', 'denied', 'no-relation', clientId, caseId],
          ['case.export', 'medewerker', deLinde, 'treatment', 'own-organisation', 'denied', 'not-granted', clientId, caseId],
        ],
      );
    });

    test('a list writes one row per client on the page, in one batch', async () => {
      const batches: number[] = [];
      const counting: AccessLogSink = async (tx, docs) => {
        batches.push(docs.length);
        await databaseAccessLog(tx, docs);
      };
      const before = (await chain(deLinde)).length;
      const page = await execute(ctx(regievoerder, counting), listCases, { limit: 25, offset: 0 });
      assert.ok(page.cases.length > 1);
      assert.deepEqual(batches, [page.cases.length]);
      const rows = (await chain(deLinde)).slice(before);
      assert.deepEqual(rows.map((r) => r.fields.caseId).sort(), page.cases.map((c) => c.id).sort());
      assert.ok(rows.every((r) => r.fields.eventType === 'case.list' && r.fields.actionCode === 'E'));
      // A list that shows nobody writes nothing.
      await execute(ctx(regievoerder, counting), listCases, { clientName: 'niemand-heet-zo', limit: 25, offset: 0 });
      assert.deepEqual(batches, [page.cases.length]);
    });

    test('the log is append-only in the database itself', async () => {
      for (const statement of [sql`update access_log set user_name = 'x'`, sql`delete from access_log`, sql`truncate access_log`]) {
        await assert.rejects(statement.execute(store.db), /append-only/);
      }
    });

    test('appends to one organisation’s chain, all at once, stay one unbroken chain', async () => {
      const before = (await chain(deLinde)).length;
      await Promise.all(Array.from({ length: 20 }, () => execute(ctx(medewerker), readCase, caseId)));
      const rows = await chain(deLinde);
      assert.equal(rows.length, before + 20);
      rows.forEach((row, i) => {
        assert.equal(row.seq, i + 1);
        assert.equal(row.prevHash, i === 0 ? '0'.repeat(64) : rows[i - 1]!.hash);
        assert.equal(row.hash, rowHash(row.fields, row.prevHash));
      });
    });

    if (database.kind === 'postgresql') {
      // Bounded: a chain that waited for another would hang here, and must fail instead.
      test('chains of different organisations never wait for each other; appends to the same chain queue', { timeout: 30_000 }, async () => {
        const name = (await sql<{ db: string }>`select current_database() as db`.execute(store.db)).rows[0]!.db;
        const connect = async () => {
          const base = new URL(process.env.TEST_DATABASE_URL as string);
          base.pathname = `/${name}`;
          const client = new pg.Client({ connectionString: base.toString() });
          await client.connect();
          return client;
        };
        const other = (await store.db.selectFrom('organisations').select('id').where('slug', '=', 'vgz').executeTakeFirstOrThrow()).id;
        const holder = await connect();
        const waiter = await connect();
        try {
          // A transaction that appended to De Linde's chain and has not committed holds its head.
          await holder.query('begin');
          await holder.query('select append_access_log($1::uuid, $2::text[])', [deLinde, [minimalDoc(deLinde)]]);
          // Another organisation's chain is appended to at once.
          await store.db.transaction().execute((tx) => databaseAccessLog(tx, [{ organisationId: other, doc: minimalDoc(other) }]));
          // The same chain waits until the first commits.
          const queued = waiter.query('select append_access_log($1::uuid, $2::text[])', [deLinde, [minimalDoc(deLinde)]]);
          for (let waiting = false; !waiting; ) {
            const { rows } = await holder.query(
              "select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
            );
            waiting = rows[0].n > 0;
          }
          await holder.query('commit');
          await queued;
        } finally {
          await holder.end();
          await waiter.end();
        }
        const rows = await chain(deLinde);
        rows.forEach((row, i) => assert.equal(row.prevHash, i === 0 ? '0'.repeat(64) : rows[i - 1]!.hash));
      });
    }
  });
}

/** A row's fields as the pipeline makes them (canonical JSON). */
function minimalDoc(organisationId: string): string {
  const fields: AccessLogFields = {
    organisationId,
    time: '2026-11-29T17:03:12+01:00',
    actionCode: 'R',
    eventType: 'case.read',
    userId: 'test',
    userName: 'Test',
    userRole: 'medewerker',
    userOrganisationId: null,
    purpose: 'treatment',
    relation: 'own-organisation',
    networkAddress: '127.0.0.1',
    clientId: null,
    caseId: null,
    outcome: 'allowed',
    reason: null,
  };
  return canonicalFields(fields);
}

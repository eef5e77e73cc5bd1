import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { sql } from 'kysely';
import { openStore, type DatabaseTarget } from '../src/store/database.ts';
import { testDatabases } from './support/databases.ts';
import { runCli } from './support/processes.ts';

// `zorgvuldig audit verify` as an operator runs it: a line per organisation with its row count,
// head hash and `intact` (exit 0), or the first broken row and why (exit 1). The CLI's own import is
// in the log under the operating-system account that ran it.

const EXAMPLE = new URL('../examples/vgz-opschorting.json', import.meta.url).pathname;
const HEX = '[0-9a-f]{64}';

for (const database of testDatabases) {
  test(`audit verify on ${database.kind}: intact, then a changed row named, the CLI's operator named in the log`, async () => {
    const { target, dispose } = await database.create();
    const dir = mkdtempSync(join(tmpdir(), 'zorgvuldig-audit-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const env = target.kind === 'postgresql' ? { DATABASE_URL: target.url } : { ZORGVULDIG_DATA_DIR: dir, DATABASE_URL: '' };
    const opened: DatabaseTarget = target.kind === 'postgresql' ? target : { kind: 'pglite', dataDir: dir };
    try {
      const imported = await runCli(['import', EXAMPLE, '--org', 'de-linde', '--confirm'], env); // the demo data holds this client's case already
      assert.equal(imported.code, 0, imported.stderr);

      const intact = await runCli(['audit', 'verify'], env);
      assert.equal(intact.code, 0, intact.stderr);
      const lines = intact.stdout.trim().split('\n');
      assert.equal(lines.length, 3);
      assert.match(lines[0]!, new RegExp(`^de-linde: \\d+ regels, kop ${HEX}, intact$`));
      assert.match(lines[1]!, new RegExp(`^gemeente-groningen: 0 regels, kop 0{64}, intact$`));
      const one = await runCli(['audit', 'verify', '--org', 'de-linde'], env);
      assert.deepEqual([one.code, one.stdout.trim()], [0, lines[0]]);
      assert.equal((await runCli(['audit', 'verify', '--org', 'nergens'], env)).code, 1);
      assert.equal((await runCli(['audit', 'controleer'], env)).code, 2);

      const store = await openStore(opened);
      try {
        const row = await store.db
          .selectFrom('access_log as l')
          .innerJoin('organisations as o', 'o.id', 'l.organisation_id')
          .select(['l.user_id', 'l.user_name', 'l.user_role', 'l.network_address', 'l.event_type'])
          .where('o.slug', '=', 'de-linde')
          .orderBy('l.seq', 'desc')
          .executeTakeFirstOrThrow();
        assert.deepEqual(row, {
          user_id: `os:${userInfo().username}@${hostname()}`,
          user_name: userInfo().username,
          user_role: 'operator',
          network_address: hostname(),
          event_type: 'case.import',
        });
        await sql`alter table access_log disable trigger access_log_append_only`.execute(store.db);
        await sql`update access_log set network_address = '10.0.0.1' where seq = 2 and organisation_id = (select id from organisations where slug = 'de-linde')`.execute(store.db);
        await sql`alter table access_log enable trigger access_log_append_only`.execute(store.db);
      } finally {
        await store.close();
      }
      const broken = await runCli(['audit', 'verify'], env);
      assert.equal(broken.code, 1);
      assert.match(broken.stdout, new RegExp(`^de-linde: \\d+ regels, kop ${HEX}, GEBROKEN bij regel 2: gewijzigd \\(changed\\): de opgeslagen hash klopt niet met de velden van de regel$`, 'm'));
      assert.match(broken.stdout, /^vgz: .*, intact$/m);
    } finally {
      await dispose();
    }
  });
}

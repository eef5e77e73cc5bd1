import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { testDatabases } from './support/databases.ts';
import { runCli, startServer, stop, type RunResult } from './support/processes.ts';

// `zorgvuldig backup` and `restore` as an operator runs them: exit codes, the Dutch messages on
// stderr, and never a stack trace. What a backup holds and how a restore loads it is tested in
// src/store/backup/backup-restore.test.ts.

const EXAMPLE = new URL('../examples/vgz-opschorting.json', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'zorgvuldig-backup-cli-'));
after(() => rmSync(root, { recursive: true, force: true }));

function assertNoStackTrace(result: RunResult): void {
  assert.doesNotMatch(result.stderr, /^\s+at /m);
}

test('bad arguments exit 2 and name the argument', async () => {
  const [noDir, twoDirs, notABackup, unknownOption] = await Promise.all([
    runCli(['backup'], {}),
    runCli(['restore', root, root], {}),
    runCli(['restore', join(root, 'bestaat-niet')], {}),
    runCli(['restore', root, '--forse'], {}),
  ]);
  for (const result of [noDir, twoDirs, notABackup, unknownOption]) {
    assert.equal(result.code, 2, result.stderr);
    assertNoStackTrace(result);
  }
  assert.match(noDir.stderr, /Ongeldige invoer; er is niets gewijzigd\.\n {2}MAP: ontbreekt; geef de map van de back-up/);
  assert.match(twoDirs.stderr, /MAP: geef precies één map/);
  assert.match(notABackup.stderr, /MAP: .*bestaat-niet bestaat niet/);
  assert.match(unknownOption.stderr, /--forse/);
});

test('the embedded database: refused while the server owns the folder, then backed up and restored into a new folder', async () => {
  const dataDir = join(root, 'data');
  const backupDir = join(root, 'backup-pglite');
  const env = { ZORGVULDIG_DATA_DIR: dataDir, DATABASE_URL: '' };
  const server = await startServer(env);
  try {
    const refused = await runCli(['backup', backupDir], env);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, new RegExp(`in gebruik \\(pid ${server.child.pid},`));
    assert.match(refused.stderr, /stop de server, voer deze opdracht opnieuw uit en start de server daarna weer/);
    assertNoStackTrace(refused);
    assert.equal(existsSync(backupDir), false, 'nothing written');
  } finally {
    await stop(server);
  }
  const made = await runCli(['backup', backupDir], env);
  assert.equal(made.code, 0, made.stderr);
  assert.match(made.stdout, /^Back-up gemaakt in .*backup-pglite: \d+ tabellen, \d+ rijen, databaseversie \d{4}-[a-z-]+ \(pglite\)\.\n$/);
  const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8')) as { database: string };
  assert.equal(manifest.database, 'pglite');

  const restoredEnv = { ZORGVULDIG_DATA_DIR: join(root, 'restored'), DATABASE_URL: '' };
  const restored = await runCli(['restore', backupDir], restoredEnv);
  assert.equal(restored.code, 0, restored.stderr);
  assert.match(restored.stdout, /^Back-up uit .*backup-pglite teruggezet \(pglite, gemaakt .*\): \d+ tabellen, \d+ rijen\. De database staat op versie/);
});

const postgresql = testDatabases.find((d) => d.kind === 'postgresql');

test('PostgreSQL: backed up, restored into another database; a database that is not there exits 1', { skip: postgresql === undefined }, async () => {
  const [source, target] = await Promise.all([postgresql!.create(), postgresql!.create()]);
  try {
    const url = (t: typeof source) => (t.target.kind === 'postgresql' ? t.target.url : '');
    const backupDir = join(root, 'backup-postgresql');
    // The demo data, seeded by a command that opens the database: an import into the demo provider.
    const seeded = await runCli(['import', EXAMPLE, '--confirm'], { DATABASE_URL: url(source) }); // the demo data holds this client's case already
    assert.equal(seeded.code, 0, seeded.stderr);
    const made = await runCli(['backup', backupDir], { DATABASE_URL: url(source) });
    assert.equal(made.code, 0, made.stderr);
    assert.match(made.stdout, /\(postgresql\)\.\n$/);
    const restored = await runCli(['restore', backupDir], { DATABASE_URL: url(target) });
    assert.equal(restored.code, 0, restored.stderr);

    const missing = new URL(url(target));
    missing.pathname = '/zorgvuldig_bestaat_niet';
    const failed = await runCli(['restore', backupDir], { DATABASE_URL: missing.toString() });
    assert.equal(failed.code, 1);
    assert.match(failed.stderr, /^Onverwachte fout: /);
    assertNoStackTrace(failed);
  } finally {
    await Promise.all([source.dispose(), target.dispose()]);
  }
});

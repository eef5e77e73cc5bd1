import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { testDatabases, type TestDatabase } from './support/databases.ts';
import { createCase, regievoerderHeaders, runCli, startServer, stop } from './support/processes.ts';

const EXAMPLE = new URL('../examples/groningen-beeindiging.json', import.meta.url).pathname;

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zorgvuldig-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('one process per embedded data folder', () => {
  test('a second server and a CLI command on a folder in use are refused at once, naming the owner', async () => {
    const dataDir = tempDir();
    const server = await startServer({ ZORGVULDIG_DATA_DIR: dataDir, DATABASE_URL: '' });
    try {
      const second = await runCli(['serve'], { ZORGVULDIG_DATA_DIR: dataDir, DATABASE_URL: '', PORT: '0' });
      assert.equal(second.code, 1);
      assert.match(second.stderr, new RegExp(`in gebruik door een ander proces \\(pid ${server.child.pid}`));
      const cli = await runCli(['import', EXAMPLE], { ZORGVULDIG_DATA_DIR: dataDir, DATABASE_URL: '' });
      assert.equal(cli.code, 1);
      assert.match(cli.stderr, /in gebruik door een ander proces/);
      assert.match(cli.stderr, /POST \/api\/import/);
      // The server still works and still has its data after being refused twice.
      const health = await fetch(`${server.url}/api/health`);
      assert.equal(health.status, 200);
    } finally {
      await stop(server);
    }
    // Once the owner is gone, the CLI may open the folder.
    const after = await runCli(['import', EXAMPLE], { ZORGVULDIG_DATA_DIR: dataDir, DATABASE_URL: '' });
    assert.equal(after.code, 0, after.stderr);
  });

  test('a lock left by a killed process is reclaimed', async () => {
    const dataDir = tempDir();
    const server = await startServer({ ZORGVULDIG_DATA_DIR: dataDir, DATABASE_URL: '' });
    await stop(server, 'SIGKILL');
    const next = await startServer({ ZORGVULDIG_DATA_DIR: dataDir, DATABASE_URL: '' });
    await stop(next);
  });
});

async function targetEnv(database: TestDatabase): Promise<{ env: NodeJS.ProcessEnv; dispose(): Promise<void> }> {
  const { target, dispose } = await database.create();
  if (target.kind === 'postgresql') return { env: { DATABASE_URL: target.url }, dispose };
  return { env: { ZORGVULDIG_DATA_DIR: tempDir(), DATABASE_URL: '' }, dispose };
}

for (const database of testDatabases) {
  test(`a killed server keeps every acknowledged append (${database.kind})`, async () => {
    const { env, dispose } = await targetEnv(database);
    try {
      const server = await startServer(env);
      const auth = await regievoerderHeaders(server);
      const id = await createCase(server, auth);
      const acknowledged: string[] = [];
      const writers = Array.from({ length: 4 }, async (_, w) => {
        for (let i = 0; i < 15; i++) {
          const entryId = `w${w}-${i}`;
          const response = await fetch(`${server.url}/api/cases/${id}/entries`, {
            method: 'POST',
            headers: auth,
            body: JSON.stringify({ id: entryId, type: 'gp-informed', date: '2026-03-02' }),
          });
          if (response.status === 201) acknowledged.push(entryId);
        }
      });
      await Promise.all(writers);
      await stop(server, 'SIGKILL');

      const restarted = await startServer(env);
      try {
        const read = await fetch(`${restarted.url}/api/cases/${id}`, { headers: await regievoerderHeaders(restarted) });
        const body = (await read.json()) as { entries: { id: string }[] };
        assert.equal(acknowledged.length, 60);
        assert.deepEqual(body.entries.map((e) => e.id).sort(), [...acknowledged].sort());
      } finally {
        await stop(restarted);
      }
    } finally {
      await dispose();
    }
  });
}

describe('the command line', () => {
  test('import prints a case id, export writes the same document back, bad input exits 2 with the path', async () => {
    const env = { ZORGVULDIG_DATA_DIR: tempDir(), DATABASE_URL: '' };
    const imported = await runCli(['import', EXAMPLE], env);
    assert.equal(imported.code, 0, imported.stderr);
    const id = imported.stdout.trim();
    assert.match(id, /^[0-9a-f-]{36}$/);
    const exported = await runCli(['export', id], env);
    assert.equal(exported.code, 0, exported.stderr);
    assert.deepEqual(JSON.parse(exported.stdout), JSON.parse(readFileSync(EXAMPLE, 'utf8')));

    const bad = join(tempDir(), 'bad.json');
    const doc = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    doc.entries[3].date = '2026-02-30';
    writeFileSync(bad, JSON.stringify(doc));
    const rejected = await runCli(['import', bad], env);
    assert.equal(rejected.code, 2);
    assert.match(rejected.stderr, /\$\.entries\[3\]\.date: geen geldige datum/);

    writeFileSync(bad, '{ not json');
    assert.equal((await runCli(['import', bad], env)).code, 2);
    assert.equal((await runCli(['export', 'nope'], env)).code, 2);
    assert.equal((await runCli(['export', '00000000-0000-4000-8000-000000000000'], env)).code, 1);
    assert.equal((await runCli(['frobnicate'], env)).code, 2);

    // A transfer to the next provider needs the client's written consent naming it (decision 0020).
    const refused = await runCli(['export', id, '--transfer-to', 'Zorg Verder'], env);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /niet overgedragen: er is geen toestemming van de cliënt vastgelegd die deze aanbieder noemt/);
    assert.equal(refused.stdout, '');
    const audit = await runCli(['audit', 'verify'], env);
    assert.equal(audit.code, 0, audit.stderr);
  });
});

import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { REGIEVOERDER, startTestApp, type TestApp } from './support/app.ts';
import { testDatabases } from './support/databases.ts';
import { runCli } from './support/processes.ts';

// SPEC: "A command-line form (`assess FILE --json`) and an HTTP form of the same assessment must
// give the same answer." Checked for every example dossier, on every database.

const EXAMPLES = new URL('../examples/', import.meta.url);
const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')).sort();
const AS_OF = '2026-11-22';

for (const database of testDatabases) {
  describe(`assessment: CLI and HTTP agree (${database.kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    for (const file of files) {
      test(file, async () => {
        const path = fileURLToPath(new URL(file, EXAMPLES));
        const cli = await runCli(['assess', path, '--as-of', AS_OF, '--json'], {});
        assert.equal(cli.code, 0, cli.stderr);
        const headers = { authorization: `Bearer ${await t.token(REGIEVOERDER)}` };
        const imported = await t.app.inject({ method: 'POST', url: '/api/import?confirm=true', headers, payload: JSON.parse(readFileSync(path, 'utf8')) });
        assert.equal(imported.statusCode, 201, imported.body);
        const http = await t.app.inject({ method: 'GET', url: `/api/cases/${imported.json().id}/assessment?asOf=${AS_OF}`, headers });
        assert.equal(http.statusCode, 200);
        assert.deepEqual(http.json(), JSON.parse(cli.stdout));
        assert.ok(http.json().requirements.length > 0);
      });
    }

    test('a bad asOf is a 400 naming the parameter', async () => {
      const headers = { authorization: `Bearer ${await t.token(REGIEVOERDER)}` };
      const list = await t.app.inject({ method: 'GET', url: '/api/cases', headers });
      const id = list.json().cases[0].id;
      const response = await t.app.inject({ method: 'GET', url: `/api/cases/${id}/assessment?asOf=2026-02-30`, headers });
      assert.equal(response.statusCode, 400);
      assert.equal(response.json().issues[0].path, '?asOf');
    });
  });
}

test('assess on the command line: exit 2 naming the path for a procedure the regime does not offer', async () => {
  const dir = mkdtempSync('/tmp/zorgvuldig-assess-');
  const doc = JSON.parse(readFileSync(new URL('groningen-beeindiging.json', EXAMPLES), 'utf8'));
  writeFileSync(`${dir}/bad.json`, JSON.stringify({ ...doc, procedure: 'opschorting' }));
  const result = await runCli(['assess', `${dir}/bad.json`, '--json'], {});
  assert.equal(result.code, 2);
  assert.match(result.stderr, /\$\.procedure: .*opschorting/);
});

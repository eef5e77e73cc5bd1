import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_PASSWORD } from '../src/commands/demo/seed-demo.ts';
import { testDatabases } from './support/databases.ts';
import { createCase, regievoerderHeaders, runCli, startServer, stop, type RunningServer } from './support/processes.ts';

// Scaling out (issue 16, docs/scaling.md): two `zorgvuldig serve` processes on one PostgreSQL
// database behind no shared memory. A sign-in made on one is valid on the other (API token and web
// session, with the CSRF key both read from the database); both append to the same case and read
// from it at once; every organisation's access-log chain still verifies (no fork: the chain's head
// row orders the appends of both processes), and every entry is stored once in one order.
// (Reminders exactly once with two processes: test/reminders/two-processes.test.ts; the projection
// job shared by two: src/jobs/projections.test.ts.)

const postgres = testDatabases.find((d) => d.kind === 'postgresql');
const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0] as string);

async function webSession(server: RunningServer): Promise<string> {
  const form = await fetch(`${server.url}/inloggen`);
  const csrf = cookiesOf(form);
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] as string;
  const signedIn = await fetch(`${server.url}/inloggen`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: csrf.join('; '), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: 'regievoerder@delinde.example', password: DEMO_PASSWORD, _csrf: token }),
  });
  assert.equal(signedIn.status, 303);
  return [...csrf, ...cookiesOf(signedIn)].join('; ');
}

describe('two application processes on one PostgreSQL', { skip: postgres === undefined ? 'needs TEST_DATABASE_URL' : false }, () => {
  test('sessions valid on both; appends and reads from both; every access-log chain verifies', async () => {
    const { target, dispose } = await postgres!.create();
    const env = { DATABASE_URL: target.kind === 'postgresql' ? target.url : '' };
    const one = await startServer(env);
    const two = await startServer(env);
    try {
      const auth = await regievoerderHeaders(one);
      const cookie = await webSession(one);
      assert.equal((await fetch(`${two.url}/api/cases`, { headers: auth })).status, 200, 'the token from process one on process two');
      assert.equal((await fetch(`${two.url}/casussen`, { headers: { cookie } })).status, 200, 'the web session from process one on process two');

      const id = await createCase(one, auth);
      const acknowledged: string[] = [];
      await Promise.all(
        [one, two, one, two].map(async (server, w) => {
          for (let i = 0; i < 10; i++) {
            const entryId = `p${w}-${i}`;
            const appended = await fetch(`${server.url}/api/cases/${id}/entries`, {
              method: 'POST',
              headers: auth,
              body: JSON.stringify({ id: entryId, type: 'gp-informed', date: '2026-03-02' }),
            });
            if (appended.status === 201) acknowledged.push(entryId);
            assert.equal((await fetch(`${server.url}/api/cases/${id}/assessment`, { headers: auth })).status, 200);
          }
        }),
      );
      assert.equal(acknowledged.length, 40);
      const stored = (await (await fetch(`${two.url}/api/cases/${id}`, { headers: auth })).json()) as { entries: { id: string }[] };
      assert.deepEqual(stored.entries.map((e) => e.id).sort(), [...acknowledged].sort());

      const verified = await runCli(['audit', 'verify'], env);
      assert.equal(verified.code, 0, verified.stderr);
      const lines = verified.stdout.trim().split('\n');
      assert.ok(lines.every((line) => line.endsWith(', intact')), verified.stdout);
      // 40 appends and 40 reads at least, on the provider's chain.
      assert.ok(Number(/^de-linde: (\d+) regels/.exec(lines[0] ?? '')?.[1]) >= 80, lines[0]);
    } finally {
      await stop(one);
      await stop(two);
      await dispose();
    }
  });
});

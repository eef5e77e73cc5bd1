import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { todayInAmsterdam } from '../../src/clock.ts';
import { DEMO_PASSWORD } from '../../src/commands/demo/seed-demo.ts';
import { addMonths } from '../../src/domain/calendar/dates.ts';
import { testDatabases } from '../support/databases.ts';
import { startServer, stop, type RunningServer } from '../support/processes.ts';

// The second no-show raises the task 'neem contact op met de gemeente' exactly once (seed 004 §7,
// decision 0017) also when two application processes on one PostgreSQL database record no-shows of
// one client at the same moment: real `zorgvuldig serve` processes, each recording through its own
// API, all requests sent at once. PostgreSQL only (one PGlite folder has one process).

const postgres = testDatabases.find((d) => d.kind === 'postgresql');

describe('the second no-show with two processes on one PostgreSQL database', { skip: postgres === undefined && 'set TEST_DATABASE_URL to run (PostgreSQL only)' }, () => {
  const servers: RunningServer[] = [];
  let client: pg.Client;
  let dispose: () => Promise<void>;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    const created = await postgres!.create();
    dispose = created.dispose;
    env = { DATABASE_URL: (created.target as { url: string }).url };
    client = new pg.Client({ connectionString: env.DATABASE_URL });
  });

  after(async () => {
    for (const server of servers) await stop(server);
    await client.end().catch(() => {});
    await dispose();
  });

  async function api(server: RunningServer, token: string, path: string, body: unknown): Promise<{ status: number; json: { id?: string; taskId?: string | null } }> {
    const response = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as { id?: string; taskId?: string | null } };
  }

  test('no-shows recorded at once through both processes make one task', async () => {
    // The first process seeds the demo data; the second starts on the seeded database.
    servers.push(await startServer(env));
    servers.push(await startServer(env));
    await client.connect();
    const tokens: string[] = [];
    for (const server of servers) {
      const login = await fetch(`${server.url}/api/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'regievoerder@delinde.example', password: DEMO_PASSWORD }),
      });
      tokens.push(((await login.json()) as { token: string }).token);
    }
    const [a, b] = servers as [RunningServer, RunningServer];
    const created = await api(a, tokens[0]!, '/api/clients', { client: { name: 'T. Tweeproces', birthDate: '1955-05-05', hasRepresentative: false }, startedOn: '2025-01-06' });
    assert.equal(created.status, 201);
    const clientId = created.json.id!;
    const month = addMonths(`${todayInAmsterdam().slice(0, 7)}-01`, -1).slice(0, 7);
    const appointments: string[] = [];
    for (const day of ['03', '10', '17', '24']) {
      const planned = await api(b, tokens[1]!, `/api/clients/${clientId}/appointments`, { start: `${month}-${day}T10:00`, durationMinutes: 60, what: 'Begeleiding', rateCentsPerHour: 6000, funding: 'client' });
      assert.equal(planned.status, 201);
      appointments.push(planned.json.id!);
    }
    // All four no-shows at once, alternating between the processes.
    const results = await Promise.all(
      appointments.map((id, i) => api(servers[i % 2]!, tokens[i % 2]!, `/api/appointments/${id}/outcome`, { kind: 'attendance', attendance: 'absent' })),
    );
    assert.deepEqual(results.map((r) => r.status), [200, 200, 200, 200]);
    assert.equal(results.filter((r) => r.json.taskId !== null).length, 1, JSON.stringify(results));
    const { rows } = await client.query('select kind, dedupe_key from tasks where client_id = $1', [clientId]);
    assert.deepEqual(rows, [{ kind: 'agreement.contact-municipality', dedupe_key: `agreement.second-no-show:${clientId}` }]);
  });
});

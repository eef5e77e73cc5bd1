import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { todayInAmsterdam } from '../../src/clock.ts';
import { DEMO_PASSWORD } from '../../src/commands/demo/seed-demo.ts';
import { addDays } from '../../src/domain/calendar/dates.ts';
import { testDatabases } from '../support/databases.ts';
import { BIN, freePort, runCli, startServer, stop, type RunningServer } from '../support/processes.ts';

// Reminders go out exactly once with two application processes on one PostgreSQL database, and a
// process killed between handing an e-mail to the SMTP server and recording it does not make a
// second copy after a restart. Real `zorgvuldig serve` processes, a real SMTP server (smtp-server)
// and the test-only fault injection ZORGVULDIG_TEST_FAULT=after-send (README, decision 0005).

const postgres = testDatabases.find((d) => d.kind === 'postgresql');
const today = todayInAmsterdam();

interface Received {
  messageId: string;
  to: string;
}

function dossier(regime: string, procedure: string, requestDaysAgo: number, name: string) {
  return {
    format: 'zorgvuldig.dossier/1',
    regime,
    procedure,
    client: { name, birthDate: '1950-05-05', hasRepresentative: false },
    careStarted: procedure === 'weigering' ? null : '2024-01-08',
    entries: [{ id: 'e1', type: 'funder-request', date: addDays(today, -requestDaysAgo), dossierAttached: true }],
  };
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('reminders with two processes on one PostgreSQL database', { skip: postgres === undefined && 'set TEST_DATABASE_URL to run (PostgreSQL only)' }, () => {
  const received: Received[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        const header = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'mi').exec(raw)?.[1]?.trim() ?? '';
        received.push({ messageId: header('Message-ID'), to: header('To') });
        callback();
      });
    },
  });
  let env: NodeJS.ProcessEnv;
  let client: pg.Client;
  let dispose: () => Promise<void>;
  const servers: RunningServer[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'zorgvuldig-reminders-'));

  before(async () => {
    const smtpPort = await freePort();
    smtp.listen(smtpPort, '127.0.0.1');
    await once(smtp.server, 'listening');
    const created = await postgres!.create();
    dispose = created.dispose;
    const url = (created.target as { url: string }).url;
    env = {
      DATABASE_URL: url,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      ZORGVULDIG_MAIL_FROM: 'Zorgvuldig <noreply@zorg.example>',
      ZORGVULDIG_REMINDER_INTERVAL_SECONDS: '1',
      ZORGVULDIG_REMINDER_WINDOW_DAYS: '7',
    };
    client = new pg.Client({ connectionString: url });
  });

  after(async () => {
    for (const server of servers) await stop(server);
    await client.end().catch(() => {});
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  async function mailRows() {
    const { rows } = await client.query<{ message_id: string; status: string; to: string; case_id: string }>(
      `select mail_message_id as message_id, mail_status as status, mail_to as "to", case_id from notifications
       where mail_status is not null order by mail_message_id`,
    );
    return rows;
  }

  async function importVia(server: RunningServer, doc: object): Promise<string> {
    const login = await fetch(`${server.url}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'regievoerder@delinde.example', password: DEMO_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const response = await fetch(`${server.url}/api/import?confirm=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(doc),
    });
    assert.equal(response.status, 201);
    return ((await response.json()) as { id: string }).id;
  }

  test('each reminder arrives exactly once', async () => {
    // The first process seeds the demo data; the second starts on the seeded database.
    servers.push(await startServer(env));
    await client.connect();
    servers.push(await startServer(env));
    await importVia(servers[0]!, dossier('vgz-wijkverpleging', 'beeindiging', 18, 'Cliënt A'));
    await importVia(servers[1]!, dossier('gemeente-bijlage6', 'weigering', 12, 'Cliënt B'));

    await waitFor('every reminder e-mail sent', async () => {
      const rows = await mailRows();
      return rows.length >= 4 && rows.every((r) => r.status === 'sent') && received.length >= rows.length;
    });
    // Both processes keep scanning every second; give them several more cycles to do anything twice.
    await new Promise((r) => setTimeout(r, 3000));
    const rows = await mailRows();
    assert.deepEqual(received.map((m) => m.messageId).sort(), rows.map((r) => r.message_id).sort());
    assert.equal(new Set(received.map((m) => m.messageId)).size, received.length, 'no Message-ID twice');
    const logs = servers.map((s) => s.output()).join('\n');
    assert.ok(!/reminder cycle failed/.test(logs), logs);
  });

  test('killed between sending and recording: no second copy after a restart', async () => {
    for (const server of servers.splice(0)) await stop(server);
    // A new due deadline, imported while no server runs.
    const file = join(dir, 'nieuw.json');
    writeFileSync(file, JSON.stringify(dossier('vgz-wijkverpleging', 'beeindiging', 17, 'Cliënt C')));
    const imported = await runCli(['import', file], env);
    assert.equal(imported.code, 0, imported.stderr);
    const caseId = imported.stdout.trim();
    const before = received.length;

    // This process hands the first reminder e-mail to the SMTP server, then is killed (SIGKILL).
    const port = await freePort();
    const faulty = spawn(process.execPath, [BIN, 'serve'], {
      env: { ...process.env, ...env, PORT: String(port), ZORGVULDIG_TEST_FAULT: 'after-send' },
      stdio: 'ignore',
    });
    const [, signal] = (await once(faulty, 'exit')) as [number | null, NodeJS.Signals | null];
    assert.equal(signal, 'SIGKILL');
    const delivered = received.slice(before);
    assert.equal(delivered.length, 1, 'one e-mail reached the SMTP server before the process died');

    // A restarted process, and a second one beside it: the other reminder goes out, the one in doubt does not again.
    servers.push(await startServer(env), await startServer(env));
    await waitFor('the reminder that was not in flight', async () => received.length >= before + 2);
    await new Promise((r) => setTimeout(r, 3000));
    const mine = (await mailRows()).filter((r) => r.case_id === caseId);
    assert.deepEqual(received.slice(before).map((m) => m.messageId).sort(), mine.map((r) => r.message_id).sort(), 'each exactly once');
    assert.deepEqual(
      mine.map((r) => [r.message_id === delivered[0]!.messageId, r.status]).sort(),
      [
        [false, 'sent'],
        [true, 'sending'],
      ],
      'the one in doubt waits for the lease, then becomes unconfirmed for the beheerder',
    );
    assert.equal(new Set(received.map((m) => m.messageId)).size, received.length, 'no Message-ID twice');
  });
});

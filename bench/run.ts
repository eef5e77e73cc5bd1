// `npm run bench [-- --cases N --seconds S --connections 1,10,50 --big-pdf N --databases pglite,postgresql]`: the benchmarks of issue 16 in one
// run, on PGlite and (when DATABASE_URL is set) on PostgreSQL, printed as one table: operation,
// database, data size, median, p95, p99, throughput. Each database is a fresh one filled with the
// large data set (npm run seed:large). HTTP load comes from autocannon in a second process
// (bench/load.mjs). Beside our routes, under the same load, two references: a bare Fastify route
// answering the same JSON from memory, and a bare Fastify route doing the least database work a
// logged read needs (one indexed SELECT, one INSERT of a log row), so the table shows our ratio to both.
// The default run is small enough to finish in a few minutes; --cases 20000 is the issue's size;
// --big-pdf N the dossier whose request PDF renders while /api/health is measured.

import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { todayInAmsterdam } from '../src/clock.ts';
import { writeLargeDataSet } from '../src/commands/demo/large-data-set.ts';
import { funderWithMostRequests } from '../src/commands/demo/large-requests.ts';
import { DEMO_PASSWORD } from '../src/commands/demo/seed-demo.ts';
import { assess } from '../src/domain/assessment/assess.ts';
import { addDays } from '../src/domain/calendar/dates.ts';
import { REGIMES } from '../src/domain/dossier/types.ts';
import { nextCursor, type CursorValue } from '../src/requests/cursor.ts';
import { openStore, type DatabaseTarget, type Store } from '../src/store/database.ts';
import { longCase } from './dossiers.ts';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '500' },
    seconds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '1,10,50' },
    'big-pdf': { type: 'string', default: '20000' },
    databases: { type: 'string', default: 'pglite,postgresql' },
  },
});
const CASES = Number(values.cases);
const SECONDS = Number(values.seconds);
const CONNECTIONS = values.connections.split(',').map(Number);
const BIG_PDF = Number(values['big-pdf']);

interface Row {
  operation: string;
  database: string;
  size: string;
  samples: number[];
  /** Requests per second; for in-process timings 1000 / median. */
  throughput: number;
  failures?: number;
}
const rows: Row[] = [];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;

function print(): void {
  const header = ['operation', 'database', 'data size', 'median ms', 'p95 ms', 'p99 ms', 'per s'];
  const table = rows.map((r) => {
    const sorted = [...r.samples].sort((a, b) => a - b);
    const fmt = (n: number) => (n < 1 ? n.toFixed(3) : n < 100 ? n.toFixed(2) : n.toFixed(0));
    return [
      r.operation + (r.failures ? ` (${r.failures} failed)` : ''),
      r.database,
      r.size,
      fmt(quantile(sorted, 0.5)),
      fmt(quantile(sorted, 0.95)),
      fmt(quantile(sorted, 0.99)),
      Math.round(r.throughput).toString(),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => (t[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 3 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(' | ')} |`;
  process.stdout.write(`${line(header)}\n|${widths.map((w, i) => (i < 3 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|\n`);
  for (const t of table) process.stdout.write(`${line(t)}\n`);
}

/** Times `run` in this process: a warm-up, then samples until `seconds` have passed (at least 5). */
async function timeInProcess(run: () => unknown, seconds = 1): Promise<{ samples: number[]; throughput: number }> {
  for (let i = 0; i < 3; i++) await run();
  const samples: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (samples.length < 5 || performance.now() < until) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { samples, throughput: 1000 / quantile(sorted, 0.5) };
}

interface LoadResult {
  latencies: number[];
  failures: number;
  errors: number;
  timeouts: number;
  seconds: number;
}

/** Load from bench/load.mjs, a process of its own. */
function load(url: string, headers: Record<string, string>, connections: number, seconds = SECONDS): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [new URL('./load.mjs', import.meta.url).pathname, JSON.stringify({ url, headers, connections, seconds })],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout) as LoadResult)),
    );
  });
}

/** One row: load on the URL, or the connections split evenly across several (processes) at once. */
async function loaded(operation: string, database: string, size: string, url: string | string[], headers: Record<string, string>, connections: number): Promise<void> {
  const urls = typeof url === 'string' ? [url] : url;
  const results = await Promise.all(urls.map((u) => load(u, headers, Math.max(1, Math.round(connections / urls.length)))));
  rows.push({
    operation: `${operation}, ${connections} conn.`,
    database,
    size,
    samples: results.flatMap((r) => r.latencies),
    throughput: results.reduce((sum, r) => sum + r.latencies.length / r.seconds, 0),
    failures: results.reduce((sum, r) => sum + r.failures + r.errors + r.timeouts, 0),
  });
}

/** Application processes of their own (bench/app-process.ts) on the same PostgreSQL; their URLs, and how to stop them. */
async function appProcesses(url: string, count: number): Promise<{ urls: string[]; stop: () => Promise<void> }> {
  const children = Array.from({ length: count }, () =>
    spawn(process.execPath, ['--import', 'tsx', new URL('./app-process.ts', import.meta.url).pathname, url], { stdio: ['ignore', 'pipe', 'inherit'] }),
  );
  const urls = await Promise.all(
    children.map(
      (child) =>
        new Promise<string>((resolve, reject) => {
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            if (out.includes('\n')) resolve(out.split('\n')[0] as string);
          });
          child.once('exit', (code) => reject(new Error(`app process ended (${code})`)));
        }),
    ),
  );
  const stop = async () => {
    await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : (child.once('exit', resolve), child.kill('SIGTERM'))))));
  };
  return { urls, stop };
}

/** A cursor (as the list's `next` gives it) 25 rows before a list's end: its last page without walking to it. */
async function cursorAt(store: Store, query: ReturnType<typeof sql<Record<string, CursorValue>>>): Promise<string> {
  // The query gives the list's last 26 rows, last first; a short list gives what it has, an empty
  // one a cursor before any row (its last page is then empty too).
  const { rows: found } = await query.execute(store.db);
  const row = found.at(-1);
  return row === undefined ? '' : (nextCursor(Object.values(row)) as string);
}

// The pure assessment, every regime, 50 and 1,000 entries (no database).
for (const regime of REGIMES) {
  for (const size of [50, 1000]) {
    const doc = longCase(regime, 'beeindiging', size, '2024-01-01');
    const asOf = addDays('2024-01-01', 1_100);
    const { samples, throughput } = await timeInProcess(() => assess(doc, asOf), 0.5);
    rows.push({ operation: `assessment (pure), ${regime}`, database: '-', size: `${size} entries`, samples, throughput });
  }
}

async function freshTarget(kind: 'pglite' | 'postgresql'): Promise<{ target: DatabaseTarget; dispose: () => Promise<void> }> {
  if (kind === 'pglite') return { target: { kind: 'pglite' }, dispose: async () => {} };
  const admin = process.env.DATABASE_URL as string;
  const name = `zorgvuldig_bench_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgresql', url: url.toString() },
    dispose: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

async function signIn(base: string, email: string): Promise<Record<string, string>> {
  const response = await fetch(`${base}/api/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 201) throw new Error(`sign-in of ${email}: ${response.status}`);
  return { authorization: `Bearer ${((await response.json()) as { token: string }).token}` };
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0] as string);

async function webSession(base: string, email: string): Promise<Record<string, string>> {
  const form = await fetch(`${base}/inloggen`);
  const csrf = cookiesOf(form);
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] as string;
  const signedIn = await fetch(`${base}/inloggen`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: csrf.join('; '), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD, _csrf: token }),
  });
  return { cookie: [...csrf, ...cookiesOf(signedIn)].join('; ') };
}

async function benchDatabase(kind: 'pglite' | 'postgresql'): Promise<void> {
  const { target, dispose } = await freshTarget(kind);
  const store: Store = await openStore(target);
  try {
    const seeded = await writeLargeDataSet(store, { cases: CASES });
    const size = `${CASES} cases`;
    // The entries' phase and the requests' phase (their PDFs rendered on the worker pool) apart.
    const entrySeconds = seeded.seconds - seeded.requestSeconds;
    rows.push({ operation: 'seed:large (COPY)', database: kind, size: `${seeded.entries} entries`, samples: [entrySeconds * 1000], throughput: seeded.entries / entrySeconds });
    rows.push({
      operation: 'seed:large, requests with their PDFs',
      database: kind,
      size: `${seeded.requests} requests`,
      samples: [seeded.requestSeconds * 1000],
      throughput: seeded.requests / seeded.requestSeconds,
    });
    const app = await buildApp({ store });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    // A case of the first provider's first team with a dossier of ordinary length, and its people.
    const team = await store.db
      .selectFrom('users as u')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['u.email', 'u.team_id', 'u.organisation_id'])
      .where('o.slug', '=', 'aanbieder-1')
      .where('u.role', '=', 'regievoerder')
      .orderBy('u.email')
      .executeTakeFirstOrThrow();
    // The ordinary dossier: the team's case nearest to 50 entries.
    const ordinary = await store.db
      .selectFrom('cases')
      .select(['id', 'entry_count'])
      .where('team_id', '=', team.team_id)
      .orderBy(sql`abs(entry_count - 50)`)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const beheerder = await store.db.selectFrom('users').select('email').where('organisation_id', '=', team.organisation_id).where('role', '=', 'beheerder').executeTakeFirstOrThrow();
    const token = await signIn(base, team.email);
    const adminToken = await signIn(base, beheerder.email);
    const session = await webSession(base, team.email);

    // The references, in this process beside the application, under the same load.
    const assessmentUrl = `${base}/api/cases/${ordinary.id}/assessment`;
    const body = await (await fetch(assessmentUrl, { headers: token })).text();
    const bare = Fastify();
    bare.get('/bare', async (_request, reply) => reply.type('application/json').send(body));
    await sql`create table if not exists bench_reads (id bigserial primary key, case_id uuid not null, at timestamptz not null default now())`.execute(store.db);
    bare.get<{ Params: { id: string } }>('/least/:id', async (request) => {
      const found = await store.db.selectFrom('cases').select(['id', 'organisation_id']).where('id', '=', request.params.id).executeTakeFirstOrThrow();
      await store.db.insertInto('bench_reads' as never).values({ case_id: found.id } as never).execute();
      return found;
    });
    const bareBase = await bare.listen({ port: 0, host: '127.0.0.1' });

    for (const connections of CONNECTIONS) {
      await loaded('reference: bare Fastify, JSON from memory', kind, size, `${bareBase}/bare`, {}, connections);
      await loaded('reference: bare Fastify, 1 SELECT + 1 INSERT', kind, size, `${bareBase}/least/${ordinary.id}`, {}, connections);
      await loaded(`GET case assessment (${ordinary.entry_count} entries)`, kind, size, assessmentUrl, token, connections);
      await loaded(`GET case page (${ordinary.entry_count} entries)`, kind, size, `${base}/casussen/${ordinary.id}`, session, connections);
    }
    const lastPage = Math.max(0, Math.floor((CASES / 16) / 25) * 25);
    await loaded('GET case list, page 1', kind, size, `${base}/api/cases?limit=25`, token, 1);
    await loaded(`GET case list, offset ${lastPage}`, kind, size, `${base}/api/cases?limit=25&offset=${lastPage}`, token, 1);
    await loaded('GET deadline overview, page 1', kind, size, `${base}/api/deadlines`, token, 1);
    await loaded('GET access log, page 1', kind, size, `${base}/api/access-log`, adminToken, 1);

    // Deep pages by keyset (decision 0022): a cursor 25 rows from each list's end.
    const deepCase = await cursorAt(store, sql`select next_deadline::text as d, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as c, id::text as i
      from cases where organisation_id = ${team.organisation_id} order by next_deadline desc nulls first, created_at asc, id desc limit 26`);
    await loaded('GET case list, last page by cursor', kind, size, `${base}/api/cases?limit=25&after=${deepCase}`, token, 1);
    const deepDeadline = await cursorAt(store, sql`select due_date::text as d, case_id::text as c, deadline_id as i, start_event as s
      from case_deadlines where organisation_id = ${team.organisation_id} and not met order by due_date desc, case_id desc, deadline_id desc, start_event desc limit 26`);
    await loaded('GET deadline overview, last page by cursor', kind, size, `${base}/api/deadlines?after=${deepDeadline}`, token, 1);
    const deepLog = await cursorAt(store, sql`select seq::int as s from access_log where organisation_id = ${team.organisation_id} order by seq asc limit 26`);
    await loaded('GET access log, last page by cursor', kind, size, `${base}/api/access-log?after=${deepLog}`, adminToken, 1);
    await loaded('GET access-log page (Toegangslog), page 1', kind, size, `${base}/beheer/toegangslog`, await webSession(base, beheerder.email), 1);

    // The funder's inbox as the data set filled it (a request for each dossier that holds one,
    // large-data-set.ts): the list of the funder with most requests.
    const busiest = await funderWithMostRequests(store.db);
    const funderId = busiest.funder_organisation_id;
    const reviewer = await store.db.selectFrom('users').select('email').where('organisation_id', '=', funderId).where('role', '=', 'beoordelaar').orderBy('email').executeTakeFirstOrThrow();
    const reviewerToken = await signIn(base, reviewer.email);
    const inbox = `${Number(busiest.requests)} requests`;
    await loaded('GET funder inbox, page 1', kind, inbox, `${base}/api/requests`, reviewerToken, 1);
    const deepRequest = await cursorAt(store, sql`select (case when state in ('submitted', 'information-requested', 'under-review') then 0 else 1 end) as a, decision_deadline::text as d,
      to_char(submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as s, id::text as i
      from funder_requests where funder_organisation_id = ${funderId} order by 1 desc, decision_deadline desc, submitted_at desc, id desc limit 26`);
    await loaded('GET funder inbox, last page by cursor', kind, inbox, `${base}/api/requests?after=${deepRequest}`, reviewerToken, 1);
    await loaded('GET funder inbox page (Verzoeken), page 1', kind, inbox, `${base}/verzoeken`, await webSession(base, reviewer.email), 1);

    // Several processes on one PostgreSQL (issue 16 point 6): the same read against one application
    // process and against two, the connections split across them.
    if (target.kind === 'postgresql') {
      const processes = await appProcesses(target.url, 2);
      try {
        const read = (u: string) => `${u}/api/cases/${ordinary.id}/assessment`;
        await loaded(`GET case assessment, 1 process`, kind, size, read(processes.urls[0] as string), token, 10);
        await loaded(`GET case assessment, 2 processes`, kind, size, processes.urls.map(read), token, 10);
      } finally {
        await processes.stop();
      }
    }
    const importCase = async (entries: number) => {
      // One entry a day, ending before today (an entry dated after today is refused).
      const start = addDays(todayInAmsterdam(), -(entries + 30));
      const document = { ...longCase('groningen-wmo', 'beeindiging', entries, start), careStarted: addDays(start, -365) };
      const response = await fetch(`${base}/api/import?confirm=true`, { method: 'POST', headers: { ...token, 'content-type': 'application/json' }, body: JSON.stringify(document) });
      if (response.status !== 201) throw new Error(`import: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { id: string }).id;
    };
    const pdfCase = await importCase(200);
    // Sequential requests from here (a PDF can outlast a load run of a few seconds).
    const pdf = await timeInProcess(async () => {
      const response = await fetch(`${base}/api/cases/${pdfCase}/funder-request.pdf`, { headers: token });
      if (response.status !== 200) throw new Error(`PDF: ${response.status}`);
      await response.arrayBuffer();
    }, SECONDS);
    rows.push({ operation: 'GET request PDF (200 entries), 1 conn.', database: kind, size, ...pdf });

    // Nothing blocks the server: /api/health under load while the request PDF of a huge dossier renders.
    const hugeCase = await importCase(BIG_PDF);
    const started = performance.now();
    const huge = fetch(`${base}/api/cases/${hugeCase}/funder-request.pdf`, { headers: token }).then(async (r) => {
      if (r.status !== 200) throw new Error(`huge PDF: ${r.status}`);
      await r.arrayBuffer();
      return performance.now() - started;
    });
    const health = await load(`${base}/api/health`, {}, 10, SECONDS);
    const hugeMs = await huge;
    rows.push({
      operation: `GET /api/health, 10 conn., while a ${BIG_PDF}-entry PDF renders (${(hugeMs / 1000).toFixed(1)} s)`,
      database: kind,
      size,
      samples: health.latencies,
      throughput: health.latencies.length / health.seconds,
      failures: health.failures + health.errors + health.timeouts,
    });

    const importDoc = JSON.stringify({ ...longCase('groningen-wmo', 'beeindiging', 1000, '2020-01-01'), careStarted: '2019-01-01' });
    const imported = await timeInProcess(async () => {
      const response = await fetch(`${base}/api/import?confirm=true`, { method: 'POST', headers: { ...token, 'content-type': 'application/json' }, body: importDoc });
      if (response.status !== 201) throw new Error(`import: ${response.status} ${await response.text()}`);
    }, 2);
    rows.push({ operation: 'POST import (1,000 entries)', database: kind, size, samples: imported.samples, throughput: imported.throughput * 1000 });
    rows.at(-1)!.operation += ' [per s: entries]';

    await bare.close();
    await app.close();
  } catch (error) {
    // Said before the database goes: dropping it ends the connections still open, with errors of their own.
    process.stderr.write(`bench on ${kind} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    throw error;
  } finally {
    await store.close();
    await dispose();
  }
}

const DATABASES = values.databases.split(',');
try {
  if (DATABASES.includes('pglite')) await benchDatabase('pglite');
  if (DATABASES.includes('postgresql') && process.env.DATABASE_URL) await benchDatabase('postgresql');
} finally {
  // What was measured before a failure is still printed.
  process.stdout.write(`\n${new Date().toISOString()}, ${CASES} cases, ${SECONDS} s per load, connections ${CONNECTIONS.join('/')}; load average at the end ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}\n\n`);
  print();
}

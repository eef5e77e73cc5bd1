// What the access log costs a read: the median and p99 of the case-assessment read over HTTP (a real
// server on a port, a bearer token, a 15-entry dossier), with the access log and without it, on
// PostgreSQL. "Without" is the same application and pipeline (one transaction per command) with the
// log's sink replaced by nothing, so the difference is exactly the rows, their hashes and the
// chain's lock. Then the same read from 10 connections at once, for throughput (issue 16).
//   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/access-log.ts
// The issue asks that the log add no more than 20 % to the median.

import { readFileSync } from 'node:fs';
import { buildApp } from '../src/app.ts';
import { importDossier } from '../src/commands/cases/import-dossier.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/commands/demo/seed-demo.ts';
import { execute } from '../src/commands/pipeline/execute.ts';
import { operatorContext } from '../src/commands/pipeline/machine.ts';
import { openTestStore, testDatabases } from '../test/support/databases.ts';

const SAMPLES = 2_000;
const WARM_UP = 200;
const CONNECTIONS = 10;
const THROUGHPUT_SECONDS = 5;

const database = testDatabases.at(-1)!;
if (database.kind !== 'postgresql') {
  process.stderr.write('Set TEST_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test: this benchmark is about PostgreSQL.\n');
  process.exit(2);
}

const store = await openTestStore(database);
const logged = await buildApp({ store });
const unlogged = await buildApp({ store, accessLog: async () => {} });
try {
  await seedDemoIfEmpty(store);
  const organisationId = (await store.db.selectFrom('organisations').select('id').where('slug', '=', 'de-linde').executeTakeFirstOrThrow()).id;
  const document = JSON.parse(readFileSync(new URL('../examples/groningen-beeindiging.json', import.meta.url), 'utf8'));
  const { caseId } = await execute(operatorContext(store), importDossier, { organisationId, document });
  const urls = {
    with: `${await logged.listen({ port: 0, host: '127.0.0.1' })}/api/cases/${caseId}/assessment?asOf=2026-11-22`,
    without: `${await unlogged.listen({ port: 0, host: '127.0.0.1' })}/api/cases/${caseId}/assessment?asOf=2026-11-22`,
  };
  const login = await fetch(urls.with.replace(/\/api\/cases.*/, '/api/auth/token'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'regievoerder@delinde.example', password: DEMO_PASSWORD }),
  });
  const headers = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` };

  const read = async (url: string) => {
    const response = await fetch(url, { headers });
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    await response.arrayBuffer();
  };
  const rowsBefore = Number((await store.db.selectFrom('access_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

  // Interleaved, so both see the same machine load and the same database state.
  const times: Record<keyof typeof urls, number[]> = { with: [], without: [] };
  for (let i = 0; i < WARM_UP + SAMPLES; i++) {
    for (const variant of (i % 2 === 0 ? ['with', 'without'] : ['without', 'with']) as (keyof typeof urls)[]) {
      const start = process.hrtime.bigint();
      await read(urls[variant]);
      if (i >= WARM_UP) times[variant].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const rowsWritten = Number((await store.db.selectFrom('access_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n) - rowsBefore;
  const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))] as number;
  const median = { with: quantile(times.with, 0.5), without: quantile(times.without, 0.5) };
  for (const variant of ['without', 'with'] as const) {
    process.stdout.write(
      `case assessment over HTTP, ${variant.padEnd(7)} the access log: median ${median[variant].toFixed(2)} ms, p99 ${quantile(times[variant], 0.99).toFixed(2)} ms (${SAMPLES} reads)\n`,
    );
  }
  process.stdout.write(`the access log adds ${(((median.with - median.without) / median.without) * 100).toFixed(1)} % to the median (${rowsWritten} rows written)\n`);

  // Throughput: CONNECTIONS clients reading as fast as they can.
  for (const variant of ['without', 'with'] as const) {
    let done = 0;
    const until = Date.now() + THROUGHPUT_SECONDS * 1000;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (Date.now() < until) {
          await read(urls[variant]);
          done++;
        }
      }),
    );
    process.stdout.write(`${CONNECTIONS} connections, ${variant.padEnd(7)} the access log: ${Math.round(done / THROUGHPUT_SECONDS)} reads/s\n`);
  }
} finally {
  await logged.close();
  await unlogged.close();
  await store.close();
}

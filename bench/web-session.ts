// What the page benchmarks share: the app over a fresh database (PostgreSQL when TEST_DATABASE_URL
// is set, as the figures are stated for it; PGlite otherwise), a signed-in regievoerder, and the
// median of many timed page requests.

import type { FastifyInstance } from 'fastify';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/commands/demo/seed-demo.ts';
import { buildApp } from '../src/app.ts';
import type { Store } from '../src/store/database.ts';
import { openTestStore, testDatabases } from '../test/support/databases.ts';

export interface BenchApp {
  app: FastifyInstance;
  store: Store;
  kind: string;
  organisationId: string;
  cookie: string;
  close(): Promise<void>;
}

function cookiesOf(setCookie: string | string[] | undefined): string[] {
  return [setCookie ?? []].flat().map((c) => c.split(';')[0] as string);
}

export async function startBenchApp(): Promise<BenchApp> {
  const database = testDatabases.at(-1)!;
  const store = await openTestStore(database);
  await seedDemoIfEmpty(store);
  const app = await buildApp({ store });
  const form = await app.inject({ method: 'GET', url: '/inloggen' });
  const csrf = cookiesOf(form.headers['set-cookie']);
  const token = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] as string;
  const signedIn = await app.inject({
    method: 'POST',
    url: '/inloggen',
    headers: { cookie: csrf.join('; ') },
    payload: { email: 'regievoerder@delinde.example', password: DEMO_PASSWORD, _csrf: token },
  });
  const organisation = await store.db.selectFrom('organisations').select('id').where('slug', '=', 'de-linde').executeTakeFirstOrThrow();
  return {
    app,
    store,
    kind: database.kind,
    organisationId: organisation.id,
    cookie: [...csrf, ...cookiesOf(signedIn.headers['set-cookie'])].join('; '),
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

/** Median milliseconds of a signed-in GET, after warming up; fails loudly if the page is not a 200. */
export async function medianPageTime(bench: BenchApp, url: string, samples = 100): Promise<{ ms: number; bytes: number }> {
  const get = () => bench.app.inject({ method: 'GET', url, headers: { cookie: bench.cookie } });
  const first = await get();
  if (first.statusCode !== 200) throw new Error(`${url} answered ${first.statusCode}`);
  for (let i = 0; i < 20; i++) await get();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = process.hrtime.bigint();
    await get();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] as number, bytes: first.body.length };
}

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type DatabaseTarget, type Store } from '../../src/store/database.ts';

// Every test that touches a database runs against PGlite, and against PostgreSQL too when
// TEST_DATABASE_URL is set. Each PostgreSQL run gets a database of its own with a random name,
// dropped afterwards, because the server keeps whatever earlier runs left behind.

export interface TestDatabase {
  kind: 'pglite' | 'postgresql';
  /** A target for a fresh, empty database, and how to dispose of it once closed. */
  create(): Promise<{ target: DatabaseTarget; dispose(): Promise<void> }>;
}

const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * pg's Pool.end() resolves before its clients have finished closing; dropping the database
 * "with (force)" at that moment kills them mid-close and they throw. So wait until the server
 * sees no session on the database any more, then drop it.
 */
async function dropWhenIdle(name: string): Promise<void> {
  await withAdmin(async (client) => {
    for (let waited = 0; waited < 5000; waited += 50) {
      const { rows } = await client.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
      if (rows[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await client.query(`drop database if exists ${name} with (force)`);
  });
}

export const testDatabases: TestDatabase[] = [
  { kind: 'pglite', create: async () => ({ target: { kind: 'pglite' }, dispose: async () => {} }) },
  ...(testDatabaseUrl === undefined
    ? []
    : [
        {
          kind: 'postgresql' as const,
          create: async () => {
            const name = `zorgvuldig_test_${randomBytes(6).toString('hex')}`;
            await withAdmin((client) => client.query(`create database ${name}`));
            const url = new URL(testDatabaseUrl);
            url.pathname = `/${name}`;
            return {
              target: { kind: 'postgresql' as const, url: url.toString() },
              dispose: () => dropWhenIdle(name),
            };
          },
        },
      ]),
];

/** Opens a fresh migrated store; closing it also drops its PostgreSQL database. */
export async function openTestStore(database: TestDatabase): Promise<Store> {
  const { target, dispose } = await database.create();
  const store = await openStore(target);
  return {
    ...store,
    close: async () => {
      await store.close();
      await dispose();
    },
  };
}

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

test('defaults: port 3000, embedded database in ./data, demo data on', () => {
  const { port, host, dataDir, database, seedDemo } = loadConfig({});
  assert.deepEqual(
    { port, host, dataDir, database, seedDemo },
    { port: 3000, host: '127.0.0.1', dataDir: './data', database: { kind: 'pglite', dataDir: './data' }, seedDemo: true },
  );
});

test('DATABASE_URL selects PostgreSQL; ZORGVULDIG_DATA_DIR moves the embedded database', () => {
  assert.deepEqual(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/z' }).database, { kind: 'postgresql', url: 'postgres://u@db:5432/z' });
  assert.deepEqual(loadConfig({ ZORGVULDIG_DATA_DIR: '/var/lib/zv' }).database, { kind: 'pglite', dataDir: '/var/lib/zv' });
});

test('a wrong value stops start-up with a message naming the variable', () => {
  const cases: [NodeJS.ProcessEnv, RegExp][] = [
    [{ PORT: 'drieduizend' }, /PORT moet een poortnummer/],
    [{ PORT: '70000' }, /PORT moet een poortnummer/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /DATABASE_URL moet met postgres:\/\/ beginnen/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is geen geldige URL/],
    [{ ZORGVULDIG_DEMO_DATA: 'yes' }, /ZORGVULDIG_DEMO_DATA moet "true" of "false" zijn/],
  ];
  for (const [env, message] of cases) {
    assert.throws(() => loadConfig(env), (error: unknown) => error instanceof ConfigError && message.test(error.message));
  }
});

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

test('reminders: defaults, SMTP and window settings, and their wrong values', () => {
  assert.deepEqual(loadConfig({}).reminders, {
    windowDays: 3,
    intervalMs: 60_000,
    smtpUrl: undefined,
    mailFrom: 'Zorgvuldig <noreply@zorgvuldig.invalid>',
    faultInjection: undefined,
  });
  const set = loadConfig({
    SMTP_URL: 'smtp://u:p@mail.example.nl:587',
    ZORGVULDIG_MAIL_FROM: 'Zorg <zorg@example.nl>',
    ZORGVULDIG_REMINDER_WINDOW_DAYS: '5',
    ZORGVULDIG_REMINDER_INTERVAL_SECONDS: '30',
  }).reminders;
  assert.deepEqual(set, { windowDays: 5, intervalMs: 30_000, smtpUrl: 'smtp://u:p@mail.example.nl:587', mailFrom: 'Zorg <zorg@example.nl>', faultInjection: undefined });
  const cases: [NodeJS.ProcessEnv, RegExp][] = [
    [{ SMTP_URL: 'mail.example.nl' }, /SMTP_URL moet met smtp:\/\/ of smtps:\/\/ beginnen/],
    [{ ZORGVULDIG_MAIL_FROM: 'geen adres' }, /ZORGVULDIG_MAIL_FROM is geen e-mailadres/],
    [{ ZORGVULDIG_REMINDER_WINDOW_DAYS: '0' }, /ZORGVULDIG_REMINDER_WINDOW_DAYS moet een geheel getal van 1 tot en met 365 zijn/],
    [{ ZORGVULDIG_REMINDER_INTERVAL_SECONDS: '1.5' }, /ZORGVULDIG_REMINDER_INTERVAL_SECONDS moet een geheel getal/],
    [{ ZORGVULDIG_TEST_FAULT: 'crash' }, /ZORGVULDIG_TEST_FAULT kent alleen "after-send"/],
  ];
  for (const [env, message] of cases) {
    assert.throws(() => loadConfig(env), (error: unknown) => error instanceof ConfigError && message.test(error.message));
  }
});

test('accounts: lifetimes, the public address for invitation links, and which proxy to believe', () => {
  const defaults = loadConfig({});
  assert.deepEqual(defaults.auth, {
    sessionIdleMs: 30 * 60_000,
    sessionMaxMs: 10 * 3_600_000,
    apiTokenMs: 30 * 86_400_000,
    invitationMs: 72 * 3_600_000,
    publicUrl: 'http://localhost:3000',
  });
  assert.equal(defaults.trustProxy, false);
  const set = loadConfig({
    ZORGVULDIG_SESSION_IDLE_MINUTES: '15',
    ZORGVULDIG_SESSION_HOURS: '8',
    ZORGVULDIG_API_TOKEN_DAYS: '7',
    ZORGVULDIG_INVITATION_HOURS: '24',
    ZORGVULDIG_PUBLIC_URL: 'https://zorgvuldig.example.nl/',
    ZORGVULDIG_TRUST_PROXY: '10.0.0.1, 10.0.1.0/24',
  });
  assert.deepEqual(set.auth, { sessionIdleMs: 15 * 60_000, sessionMaxMs: 8 * 3_600_000, apiTokenMs: 7 * 86_400_000, invitationMs: 24 * 3_600_000, publicUrl: 'https://zorgvuldig.example.nl' });
  assert.equal(set.trustProxy, '10.0.0.1, 10.0.1.0/24');
  assert.equal(loadConfig({ ZORGVULDIG_TRUST_PROXY: 'true' }).trustProxy, true);
  assert.equal(loadConfig({ ZORGVULDIG_TRUST_PROXY: '2' }).trustProxy, 2);
  const wrong: [NodeJS.ProcessEnv, RegExp][] = [
    [{ ZORGVULDIG_TRUST_PROXY: 'yes please' }, /ZORGVULDIG_TRUST_PROXY moet "false", "true"/],
    [{ ZORGVULDIG_PUBLIC_URL: 'zorgvuldig.example.nl' }, /ZORGVULDIG_PUBLIC_URL moet met http/],
    [{ ZORGVULDIG_SESSION_IDLE_MINUTES: '0' }, /ZORGVULDIG_SESSION_IDLE_MINUTES moet een geheel getal/],
    [{ ZORGVULDIG_API_TOKEN_DAYS: 'dertig' }, /ZORGVULDIG_API_TOKEN_DAYS moet een geheel getal/],
  ];
  for (const [env, message] of wrong) {
    assert.throws(() => loadConfig(env), (error: unknown) => error instanceof ConfigError && message.test(error.message));
  }
});

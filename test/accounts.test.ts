import assert from 'node:assert/strict';
import { randomBytes, scryptSync } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { Secret, TOTP } from 'otpauth';
import { hashPassword } from '../src/auth/passwords.ts';
import { buildApp } from '../src/app.ts';
import { DEMO_PASSWORD } from '../src/commands/demo/seed-demo.ts';
import { forgetTokenActors } from '../src/store/actor-generation.ts';
import { findOrganisationBySlug, insertUser } from '../src/store/users.ts';
import { Agent } from './support/agent.ts';
import { startTestApp, type TestApp } from './support/app.ts';
import { testDatabases } from './support/databases.ts';

// Signing in as an attacker and as the people it must not lock out: the throttle per account, per
// address and per trusted device (decision 0015), the second factor, sessions that end, tokens that
// expire and die, the security events in the access log, and the headers every answer carries.

const PASSWORD = 'kraanvogel-lantaarn-zeef-pannenkoek';
const SECRET = new Secret({ size: 20 }).base32;
const code = (ahead = 0) => new TOTP({ secret: Secret.fromBase32(SECRET), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: Date.now() + ahead * 30_000 });

for (const database of testDatabases) {
  describe(`accounts and hardening (${database.kind})`, () => {
    let t: TestApp;
    let provider: string;
    /** Each test its own staff account with a second factor, so their counters do not mix. */
    let accounts = 0;
    async function staff(role: 'regievoerder' | 'beheerder' = 'regievoerder'): Promise<{ email: string; id: string }> {
      const email = `medewerker-${++accounts}@dijk.example`;
      const id = await insertUser(t.store.db, { organisationId: provider, email, name: `Test ${accounts}`, role, passwordHash: await hashPassword(PASSWORD) });
      await t.store.db.updateTable('users').set({ totp_secret: SECRET, totp_enrolled_at: new Date() }).where('id', '=', id).execute();
      return { email, id };
    }
    let addresses = 0;
    const address = () => `198.51.100.${++addresses}`;

    const signIn = async (agent: Agent, email: string, password: string, remoteAddress: string) => {
      await agent.get('/inloggen');
      return agent.post('/inloggen', { email, password }, agent.csrf, remoteAddress);
    };
    /**
     * A code is good once (tested on its own below); these tests sign in more often than every 30
     * seconds, so the step last used is forgotten first.
     */
    const forgetStep = (email: string) => t.store.db.updateTable('users').set({ totp_last_step: null }).where('email', '=', email).execute();
    /** Password and code, as a person does; the device cookie stays in the agent. */
    async function fullSignIn(email: string, remoteAddress: string, agent = new Agent(t)) {
      const first = await signIn(agent, email, PASSWORD, remoteAddress);
      assert.equal(first.headers.location, '/inloggen/code', first.body.slice(0, 500));
      await agent.get('/inloggen/code');
      await forgetStep(email);
      const second = await agent.post('/inloggen/code', { code: code() }, agent.csrf, remoteAddress);
      assert.equal(second.statusCode, 303, second.body.slice(0, 500));
      return agent;
    }
    const rowsOf = async (userId: string) =>
      (await sql<{ event_type: string; outcome: string; reason: string | null; network_address: string; doc: string }>`
        select event_type, outcome, reason, network_address, row_to_json(access_log)::text as doc from access_log where user_id = ${userId} order by occurred_at, seq`.execute(t.store.db)).rows;

    before(async () => {
      t = await startTestApp(database);
      provider = (await findOrganisationBySlug(t.store.db, 'de-linde'))!.id;
    });
    after(() => t.close());

    test('50 wrong passwords from 50 addresses, then the right one from a new place: held back; the owner on their own browser signs in all the same', async () => {
      const { email, id } = await staff();
      const own = await fullSignIn(email, address()); // earlier, on their own computer: a trusted device
      await own.post('/uitloggen', {});
      for (let i = 0; i < 50; i++) {
        const response = await signIn(new Agent(t), email, `fout-${i}-${PASSWORD}`, address());
        assert.ok([401, 429].includes(response.statusCode), `${i}: ${response.statusCode}`);
      }
      const attacker = await signIn(new Agent(t), email, PASSWORD, address());
      assert.equal(attacker.statusCode, 429);
      assert.match(attacker.body, /te vaak een verkeerd wachtwoord/);
      const wait = Number(attacker.headers['retry-after']);
      assert.ok(wait > 0 && wait <= 15 * 60, `a flood blocks for at most 15 minutes, not ${wait} s`);
      // The owner, on the browser where they signed in before, is not held back by the flood.
      await fullSignIn(email, address(), own);
      const rows = await rowsOf(id);
      assert.ok(rows.filter((r) => r.reason === 'wrong-password').length >= 5);
      assert.ok(rows.some((r) => r.reason === 'blocked'));
      assert.equal(rows.filter((r) => r.event_type === 'auth.sign-in' && r.outcome === 'allowed').length, 2);
      for (const row of rows) {
        assert.doesNotMatch(row.doc, /fout-\d+-|kraanvogel/, 'no password in the access log');
      }
    });

    test('an address that fails on many accounts is held back, except for browsers that signed in there before (an office behind one address)', async () => {
      const office = address();
      const { email } = await staff();
      const colleague = await fullSignIn(email, office);
      await colleague.post('/uitloggen', {});
      // 25 failures through the pages and 10 through the API, on addresses that do not exist.
      for (let i = 0; i < 25; i++) await signIn(new Agent(t), `niemand-${i}@dijk.example`, 'fout-wachtwoord-123', office);
      for (let i = 0; i < 10; i++) {
        await t.app.inject({ method: 'POST', url: '/api/auth/token', remoteAddress: office, payload: { email: `niemand-api-${i}@dijk.example`, password: 'x' } });
      }
      const { email: newcomer } = await staff();
      assert.equal((await signIn(new Agent(t), newcomer, PASSWORD, office)).statusCode, 429, 'a new browser at that address waits');
      assert.equal((await signIn(new Agent(t), newcomer, PASSWORD, address())).headers.location, '/inloggen/code', 'elsewhere it is not held back');
      await fullSignIn(email, office, colleague);
    });

    test('the second factor: a wrong code is refused and logged, a code works once, a recovery code once', async () => {
      const { email, id } = await staff();
      const agent = new Agent(t);
      await signIn(agent, email, PASSWORD, address());
      await agent.get('/inloggen/code');
      assert.equal((await agent.post('/inloggen/code', { code: '000000' })).statusCode, 401);
      assert.equal((await agent.post('/inloggen/code', { code: code() })).statusCode, 303);
      // The same code again, for the next sign-in: spent.
      const again = new Agent(t);
      await signIn(again, email, PASSWORD, address());
      await again.get('/inloggen/code');
      assert.equal((await again.post('/inloggen/code', { code: code() })).statusCode, 401);
      await agent.get('/account');
      const renewed = await agent.post('/account/herstelcodes', {});
      const recovery = /<code class="utrecht-code">([A-Z2-9]{5}-[A-Z2-9]{5})<\/code>/.exec(renewed.body)?.[1];
      assert.ok(recovery, renewed.body.slice(0, 300));
      assert.equal((await again.post('/inloggen/code', { code: recovery.toLowerCase().replace('-', ' ') })).statusCode, 303);
      const third = new Agent(t);
      await signIn(third, email, PASSWORD, address());
      await third.get('/inloggen/code');
      assert.equal((await third.post('/inloggen/code', { code: recovery })).statusCode, 401, 'a recovery code works once');
      assert.ok((await rowsOf(id)).some((r) => r.reason === 'wrong-code'));
    });

    test('a new session at sign-in (a planted cookie is never taken over), idle timeout, absolute lifetime, sign out everywhere', async () => {
      const { email, id } = await staff();
      const agent = new Agent(t);
      agent.cookies.set('zv_sessie', 'door-een-ander-geplant');
      await fullSignIn(email, address(), agent);
      assert.notEqual(agent.cookies.get('zv_sessie'), 'door-een-ander-geplant');
      assert.equal((await agent.get('/account')).statusCode, 200);
      await t.store.db.updateTable('sessions').set({ last_seen_at: new Date(Date.now() - 31 * 60_000) }).where('user_id', '=', id).execute();
      assert.equal((await agent.get('/account')).statusCode, 303, 'idle for 31 minutes: signed out');
      await fullSignIn(email, address(), agent);
      await t.store.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000) }).where('user_id', '=', id).execute();
      assert.equal((await agent.get('/account')).statusCode, 303, 'past its end: signed out');
      const one = await fullSignIn(email, address(), new Agent(t));
      const two = await fullSignIn(email, address(), new Agent(t));
      await two.get('/account');
      assert.equal((await two.post('/account/overal-uitloggen', {})).headers.location, '/inloggen');
      assert.equal((await one.get('/account')).statusCode, 303);
      assert.equal((await two.get('/account')).statusCode, 303);
    });

    test('API tokens: a code is needed, they expire, are listed and revoked by the owner and the beheerder, and die with a new password or a deactivation', async () => {
      const { email, id } = await staff();
      const ask = (payload: object) => t.app.inject({ method: 'POST', url: '/api/auth/token', remoteAddress: address(), payload });
      assert.equal((await ask({ email, password: PASSWORD })).statusCode, 401);
      const issue = async (_: number) => {
        await forgetStep(email);
        return (await ask({ email, password: PASSWORD, code: code() })).json() as { token: string; id: string; expiresAt: string };
      };
      const first = await issue(0);
      const days = (Date.parse(first.expiresAt) - Date.now()) / 86_400_000;
      assert.ok(days > 29.9 && days <= 30, `${days} days`);
      const call = (token: string, method: 'GET' | 'DELETE' = 'GET', url = '/api/me/api-tokens') => t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` } });
      const listed = (await call(first.token)).json() as { apiTokens: { id: string }[] };
      assert.deepEqual(listed.apiTokens.map((x) => x.id), [first.id]);
      // Expired.
      await t.store.db.updateTable('api_tokens').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', first.id).execute();
      // Changed beside the application, as another process would: this one learns of it within
      // TOKEN_CACHE_MS (decision 0022); the test does not wait that long.
      forgetTokenActors();
      assert.equal((await call(first.token)).statusCode, 401);
      // Revoked by its owner.
      const second = await issue(1);
      const third = await issue(2);
      assert.equal((await call(second.token, 'DELETE', `/api/me/api-tokens/${third.id}`)).statusCode, 204);
      assert.equal((await call(third.token)).statusCode, 401);
      // Revoked by the beheerder.
      const beheerder = await t.token('beheerder@delinde.example');
      const seen = (await call(beheerder, 'GET', `/api/users/${id}`)).json() as { apiTokens: { id: string }[] };
      assert.deepEqual(seen.apiTokens.map((x) => x.id), [second.id]);
      assert.equal((await call(beheerder, 'DELETE', `/api/users/${id}/api-tokens/${second.id}`)).statusCode, 204);
      assert.equal((await call(second.token)).statusCode, 401);
      // A new password ends every token.
      const fourth = await issue(3);
      const agent = await fullSignIn(email, address(), new Agent(t));
      await agent.get('/account');
      const changed = await agent.post('/account/wachtwoord', { current: PASSWORD, password: `${PASSWORD}-nieuw`, repeat: `${PASSWORD}-nieuw` });
      assert.equal(changed.statusCode, 303, changed.body.slice(0, 400));
      assert.equal((await call(fourth.token)).statusCode, 401);
      assert.equal((await agent.get('/account')).statusCode, 200, 'the session the change was made in stays');
      // A deactivation ends tokens and sessions.
      await t.store.db.updateTable('users').set({ password_hash: await hashPassword(PASSWORD) }).where('id', '=', id).execute();
      const fifth = await issue(5);
      const patch = await t.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: { authorization: `Bearer ${beheerder}` }, payload: { active: false } });
      assert.equal(patch.statusCode, 204, patch.body);
      assert.equal((await call(fifth.token)).statusCode, 401);
      assert.equal((await agent.get('/account')).statusCode, 303);
      await forgetStep(email);
      assert.equal((await ask({ email, password: PASSWORD, code: code() })).statusCode, 401);
    });

    test('a password hashed with scrypt before issue 13 still signs in, and is argon2id afterwards', async () => {
      const salt = randomBytes(16);
      const key = scryptSync(DEMO_PASSWORD, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
      const old = ['scrypt', 2 ** 15, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
      await t.store.db.updateTable('users').set({ password_hash: old }).where('email', '=', 'medewerker@delinde.example').execute();
      assert.equal((await signIn(new Agent(t), 'medewerker@delinde.example', DEMO_PASSWORD, address())).statusCode, 303);
      const { password_hash } = await t.store.db.selectFrom('users').select('password_hash').where('email', '=', 'medewerker@delinde.example').executeTakeFirstOrThrow();
      assert.match(password_hash ?? '', /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    });

    test('headers: a CSP without unsafe-inline, HSTS, no framing, nosniff, no Referer, no-store on client data, Secure cookies behind a trusted TLS proxy', async () => {
      const agent = await new Agent(t).signIn('regievoerder@delinde.example');
      const aCase = (await t.store.db.selectFrom('cases').select('id').executeTakeFirstOrThrow()).id;
      const token = await t.token('regievoerder@delinde.example');
      const answers = [
        await agent.get('/casussen'),
        await agent.get(`/casussen/${aCase}`),
        await t.app.inject({ method: 'GET', url: `/api/cases/${aCase}`, headers: { authorization: `Bearer ${token}` } }),
        await t.app.inject({ method: 'GET', url: `/api/cases/${aCase}/client-copy.pdf`, headers: { authorization: `Bearer ${token}` } }),
        await t.app.inject({ method: 'GET', url: '/inloggen' }),
      ];
      for (const answer of answers) {
        const csp = String(answer.headers['content-security-policy']);
        assert.match(csp, /default-src 'self'/);
        assert.match(csp, /frame-ancestors 'none'/);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
        assert.match(String(answer.headers['strict-transport-security']), /max-age=\d{7,}/);
        assert.equal(answer.headers['x-content-type-options'], 'nosniff');
        assert.equal(answer.headers['x-frame-options'], 'DENY');
        assert.equal(answer.headers['referrer-policy'], 'no-referrer');
        assert.equal(answer.headers['cache-control'], 'no-store', `${answer.statusCode} ${answer.headers['content-type']}`);
      }
      assert.notEqual((await t.app.inject({ method: 'GET', url: '/assets/app.css' })).headers['cache-control'], 'no-store', 'stylesheets may be cached');
      const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
      assert.doesNotMatch(String(docs.headers['content-security-policy']), /script-src[^;]*unsafe-inline/);

      // Behind a TLS proxy the application trusts, the cookies are Secure; a forged header from anyone else changes nothing.
      const sessionCookie = (answer: { headers: Record<string, unknown> }) => [answer.headers['set-cookie']].flat().map(String).find((c) => c.startsWith('zv_sessie=')) ?? '';
      const proxied = await buildApp({ store: t.store, trustProxy: '127.0.0.1' });
      try {
        for (const [app, secure] of [[proxied, true], [t.app, false]] as const) {
          const form = await app.inject({ method: 'GET', url: '/inloggen', headers: { 'x-forwarded-proto': 'https' } });
          const csrfCookie = [form.headers['set-cookie']].flat().map(String).find((c) => c.startsWith('_csrf=')) as string;
          const token = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] as string;
          const answer = await app.inject({
            method: 'POST',
            url: '/inloggen',
            headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9', cookie: csrfCookie.split(';')[0], 'content-type': 'application/x-www-form-urlencoded' },
            payload: new URLSearchParams({ email: 'beheerder@delinde.example', password: DEMO_PASSWORD, _csrf: token }).toString(),
          });
          assert.match(sessionCookie(answer), /; HttpOnly;/);
          assert.match(sessionCookie(answer), /; SameSite=Lax/);
          assert.equal(/; Secure/.test(sessionCookie(answer)), secure, sessionCookie(answer));
        }
      } finally {
        await proxied.close();
      }
    });
  });
}

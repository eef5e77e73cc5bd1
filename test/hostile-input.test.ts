import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { RouteOptions } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../src/app.ts';
import { seedDemoIfEmpty } from '../src/commands/demo/seed-demo.ts';
import { routeAccess } from '../src/requests/access.ts';
import type { Store } from '../src/store/database.ts';
import { Agent } from './support/agent.ts';
import type { TestApp } from './support/app.ts';
import { openTestStore, testDatabases } from './support/databases.ts';

// Generated bad input against every route of the application, API and pages alike, enumerated from
// the routes as the application registers them (as test/route-access.test.ts does): wrong types,
// missing and extra fields, 1 MB strings, deep nesting, control characters, NUL bytes, lone
// surrogates, script tags, SQL fragments, invalid UUIDs, extreme numbers and dates. Never a 500;
// a refusal changes nothing; nothing comes back as markup. Then the application log of the whole
// run, a walk through the pages and the API with real client data included, is searched for every
// client's name, address and BSN: none may be there (issue 13, points 4 and 5).
//
// Bounded in time: a fixed seed, a few runs per route, one app per database.

const SEED = 1313;
const RUNS_PER_ROUTE = 8;
const MEGABYTE = 'x'.repeat(1 << 20);
const MARKER = 'zvXss';
const example = (name: string) => JSON.parse(readFileSync(new URL(`../examples/${name}.json`, import.meta.url), 'utf8'));

/** Every field name a form or body of the application has, so generated input reaches the validators. */
const FIELDS = [
  'email', 'password', 'code', 'repeat', 'current', 'name', 'role', 'teamId', 'active', 'soort', 'zoek', 'pagina', 'date', 'note', 'clientName',
  'birthDate', 'hasRepresentative', 'careStarted', 'ground', 'description', 'outcome', 'kind', 'params', 'client', 'regime', 'procedure', 'entries',
  'type', 'id', 'subject', 'body', 'allocation', 'status', 'limit', 'offset', 'from', 'to', 'van', 'tot', 'gebruiker', 'casus', 'event', 'incidents',
  'funderOrganisationId', 'amountCents', 'reasons', 'end', 'start', 'dossier', 'format', 'unreadOnly', 'summary', 'holder', 'entryId', 'reason',
  'until', 'answer', 'text', 'userId', 'requiredChange', 'improveBy', 'consequence', 'nextProvider', 'address', 'salutation',
];

const hostileString = fc.oneof(
  fc.constantFrom(
    '\u0000', 'a\u0000b', '\ud800', 'x\udfffy', `<script>${MARKER}()</script>`, `"><img src=x onerror=${MARKER}()>`, "' OR 1=1 --",
    "'); DROP TABLE cases; --", '${7*7}{{7*7}}', '../../etc/passwd', 'not-a-uuid', '00000000-0000-0000-0000-000000000000',
    '0001-01-01', '9999-12-31', '10000-01-01', '2026-02-30', '-1', '1e308', 'NaN', '\u202e\u200b', '\r\n\t\u0007\u001b', '', ' ', 'ja', 'nee',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constant(MEGABYTE),
);
const hostileNumber = fc.oneof(fc.constantFrom(0, -1, 1e308, -1e308, 2 ** 53 + 1, 1.5, -0), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const { value: hostileValue } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 4 }),
  ),
}));
/** Deeper than anything the application accepts: as a parsed value, and as raw JSON text. */
const deep = (levels: number): unknown => Array.from({ length: levels }).reduce<unknown>((inner) => ({ note: inner }), 'bodem');
const rawDeepJson = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;

/** A body: the known fields with hostile values (some left out, some extra), or anything at all. */
const hostileBody = fc.oneof(
  fc.dictionary(fc.constantFrom(...FIELDS), hostileValue, { maxKeys: 8 }),
  hostileValue,
  fc.constant(deep(200)),
);
/** Valid bodies of the routes whose validators go deepest: generated input changes one place in them. */
const VALID: Record<string, () => unknown> = {
  'POST /api/cases': () => ({ client: { name: 'R. Route', birthDate: '1960-02-02', hasRepresentative: false }, regime: 'gemeente-bijlage6', procedure: 'beeindiging', careStarted: '2025-01-06' }),
  'POST /api/cases/:id/entries': () => ({ type: 'incident', date: '2026-03-02', ground: 'aggression', description: 'Schreeuwde tegen een collega.' }),
  'POST /api/cases/:id/letters': () => ({ kind: 'warning', date: '2026-11-20', params: { requiredChange: 'Rustig blijven', improveBy: '2026-12-18', consequence: 'termination', incidents: ['e1'] } }),
  'PUT /api/cases/:id/allocation': () => example('bijlage6-beeindiging-jeugd').allocation,
  'POST /api/import': () => example('groningen-beeindiging'),
  'POST /api/cases/:id/requests': () => ({ continuityProposal: 'Zorg loopt door tot de overdracht.', noOtherProvider: false, overrideReason: 'Spoed.' }),
  'POST /api/cases/:id/suspension-reports': () => ({ summary: 'Woning vervuild; wij schorten de hulp bij het douchen op en vragen advies.' }),
  'POST /api/users': () => ({ email: 'nieuw@route.example', name: 'Nieuwe Collega', role: 'medewerker' }),
  'POST /casussen/nieuw': () => ({ clientName: 'R. Route', birthDate: '1960-02-02', hasRepresentative: 'nee', careStarted: '2025-01-06', soort: 'gemeente-bijlage6|beeindiging' }),
  'POST /casussen/:id/opschorting-melden': () => ({ summary: 'Woning vervuild; wij schorten de hulp bij het douchen op.' }),
  'POST /casussen/:id/items': () => ({ soort: 'incident', date: '2026-03-02', ground: 'aggression', description: 'Schreeuwde.' }),
  'POST /beheer/gebruikers': () => ({ email: 'nieuw@route.example', name: 'Nieuwe Collega', role: 'medewerker' }),
  'POST /api/cases/:id/client-accounts': () => ({ holder: 'representative', name: 'V. Route', email: 'v@route.example', ground: 'mentor' }),
  'POST /casussen/:id/clienttoegang': () => ({ holder: 'representative', name: 'V. Route', email: 'v@route.example', ground: 'mentor' }),
  'POST /casussen/:id/bewaren': () => ({ kind: 'legal-hold', reason: 'Rechtszaak', until: '2030-01-01' }),
};

type Path = (string | number)[];
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [path];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [path, ...children.flatMap(([key, child]) => pathsOf(child, [...path, key]))];
}

/** The valid body with one place replaced by a hostile value, removed, or given an extra field. */
function mutated(valid: () => unknown, form: boolean) {
  return fc.record({ at: fc.nat(), how: fc.constantFrom('replace', 'remove', 'extra'), value: form ? hostileString : hostileValue }).map(({ at, how, value }) => {
    const body = valid() as Record<string, unknown>;
    const paths = pathsOf(body).filter((p) => p.length > 0 && (!form || p.length === 1));
    const path = paths[at % paths.length] as Path;
    let parent: Record<string | number, unknown> = body;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path.at(-1) as string | number;
    if (how === 'replace') parent[last] = value;
    else if (how === 'remove') delete parent[last];
    else body[`extra${at % 7}`] = value;
    return body;
  });
}

const formBody = fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 })), { maxKeys: 8 });
const query = fc.dictionary(fc.constantFrom(...FIELDS), hostileString, { maxKeys: 3 });

/** Percent-encoded; a lone surrogate (which has no UTF-8) as the bytes an attacker would send: invalid UTF-8. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value.replace(/[\ud800-\udfff]/g, '\u0000').split('\u0000').map(encodeURIComponent).join('%ED%A0%80');
  }
}

interface Declared {
  method: string;
  url: string;
}

/** The tables that hold what users entered; sessions, tokens, counters and the log change on purpose. */
const DATA_TABLES = ['organisations', 'users', 'clients', 'cases', 'entries', 'case_deadlines', 'teams', 'calendar_feeds', 'notifications', 'letters', 'invitations', 'recovery_codes', 'funder_requests', 'funder_contracts', 'suspension_reports'];

async function snapshot(store: Store): Promise<Record<string, string>> {
  const columns = DATA_TABLES.map((table) => sql<string>`(select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from ${sql.table(table)} t)`.as(table));
  const row = await store.db.selectNoFrom(columns).executeTakeFirstOrThrow();
  return row as unknown as Record<string, string>;
}

for (const database of testDatabases) {
  describe(`hostile input to every route, and a log without client data (${database.kind})`, () => {
    const registered: RouteOptions[] = [];
    const log: string[] = [];
    let t: TestApp;
    const agents = new Map<string, Agent>();
    const tokens = new Map<string, string>();
    let caseId: string;
    let letterId: string;

    before(async () => {
      const store = await openTestStore(database);
      await seedDemoIfEmpty(store);
      const stream = new Writable({ write: (chunk, _encoding, done) => (log.push(String(chunk)), done()) });
      const app = await buildApp({ store, logger: stream, onRoute: (route) => void registered.push(route) });
      await app.ready();
      t = {
        app,
        store,
        token: async () => '',
        forgetToken: () => {},
        close: async () => (await app.close(), await store.close()),
      };
      for (const email of ['regievoerder@delinde.example', 'beheerder@delinde.example']) {
        agents.set(email, await new Agent(t).signIn(email));
        const response = await app.inject({ method: 'POST', url: '/api/auth/token', payload: { email, password: 'zorgvuldig-demo' } });
        tokens.set(email, response.json().token);
      }
      caseId = (await store.db.selectFrom('cases').select('id').orderBy('created_at').executeTakeFirstOrThrow()).id;
    });
    after(() => t.close());

    const who = (url: string) => (/^\/(api\/)?(admin|users|teams|access-log|beheer)/.test(url) || url.startsWith('/api/users') ? 'beheerder@delinde.example' : 'regievoerder@delinde.example');

    test('a walk through the pages and the API with real client data, and a database error with a client in its parameters', async () => {
      const regie = agents.get('regievoerder@delinde.example') as Agent;
      const auth = { authorization: `Bearer ${tokens.get('regievoerder@delinde.example')}` };
      await regie.get('/casussen?zoek=Kramer');
      await regie.get('/casussen?zoek=Mulder&status=open');
      await regie.get(`/casussen/${caseId}`);
      await regie.get('/casussen/nieuw');
      const created = await regie.post('/casussen/nieuw', {
        clientName: 'Pieternella van Wandelgem',
        birthDate: '1951-03-04',
        hasRepresentative: 'nee',
        careStarted: '2025-01-06',
        soort: 'gemeente-bijlage6|beeindiging',
      });
      assert.equal(created.statusCode, 303, created.body.slice(0, 300));
      await t.app.inject({ method: 'GET', url: '/api/cases?search=Wandelgem', headers: auth });
      const imported = await t.app.inject({ method: 'POST', url: '/api/import?confirm=true', headers: auth, payload: example('groningen-beeindiging') });
      assert.equal(imported.statusCode, 201, imported.body);
      const importedId = imported.json().id as string;
      await t.app.inject({ method: 'GET', url: `/api/cases/${importedId}/export`, headers: auth });
      await t.app.inject({ method: 'GET', url: `/api/cases/${importedId}/client-copy.pdf`, headers: auth });
      const letter = await t.app.inject({
        method: 'POST',
        url: `/api/cases/${caseId}/letters`,
        headers: auth,
        payload: { kind: 'warning', date: '2026-11-20', params: { requiredChange: 'Rustig blijven', improveBy: '2026-12-18', consequence: 'termination', incidents: ['e1'] } },
      });
      letterId = letter.json().id;
      await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}/letters/${letterId}/pdf`, headers: auth });

      // An unexpected failure inside the database, on a statement whose parameters hold a client's
      // name, address and BSN: the answer is a 500 without detail, the log holds none of them.
      await sql`create function zv_test_refuse() returns trigger language plpgsql as $$
        begin raise exception 'geweigerd voor % (%)', new.name, new.address; end; $$`.execute(t.store.db);
      await sql`create trigger zv_test_refuse before insert on clients for each row when (new.name like '%Faalnaam%') execute function zv_test_refuse()`.execute(t.store.db);
      const failing = example('groningen-beeindiging');
      failing.client.name = 'Faalnaam Jansje Hoogkerk';
      failing.client.address = 'Faalweg 99, 9999 ZZ Nergenshuizen';
      failing.allocation.bsn = '123456782';
      const failed = await t.app.inject({ method: 'POST', url: '/api/import', headers: auth, payload: failing });
      assert.equal(failed.statusCode, 500);
      assert.doesNotMatch(failed.body, /Faalnaam|Faalweg|123456782|geweigerd voor/);
      await sql`drop trigger zv_test_refuse on clients`.execute(t.store.db);
      await sql`drop function zv_test_refuse()`.execute(t.store.db);
    });

    test('text that cannot be stored as it was sent is refused, naming the field; nothing is changed', async () => {
      const auth = { authorization: `Bearer ${tokens.get('regievoerder@delinde.example')}` };
      const before = await snapshot(t.store);
      for (const [bad, word] of [['Jan\u0000Mulder', 'NUL'], ['Jan \ud83d Mulder', 'half teken']] as const) {
        const api = await t.app.inject({ method: 'POST', url: '/api/cases', headers: auth, payload: { client: { name: bad, birthDate: '1960-01-01', hasRepresentative: false }, regime: 'gemeente-bijlage6', procedure: 'beeindiging' } });
        assert.equal(api.statusCode, 400, api.body);
        assert.equal(api.json().issues[0].path, '$.client.name');
        assert.match(api.json().issues[0].message, new RegExp(word));
      }
      // A browser sends a form as UTF-8, where half a character cannot even be written (it becomes
      // U+FFFD on the way); a NUL it does send.
      const regie = agents.get('regievoerder@delinde.example') as Agent;
      await regie.get('/casussen/nieuw');
      const page = await regie.post('/casussen/nieuw', { clientName: 'Jan\u0000Mulder', birthDate: '1960-01-01', hasRepresentative: 'nee', soort: 'gemeente-bijlage6|beeindiging' });
      assert.equal(page.statusCode, 400);
      // The page names the field in words (issue 12), never by its name in the form or the API.
      assert.match(page.body, /bevat een NUL-teken/i);
      assert.doesNotMatch(page.body, /clientName:/);
      assert.deepEqual(await snapshot(t.store), before);
    });

    test('generated hostile input to every route: never a 500, a refusal changes nothing, nothing rendered unescaped', async () => {
      const routes: Declared[] = registered
        .flatMap((r) => [r.method].flat().filter((m) => m !== 'HEAD').map((method) => ({ method, url: r.url, access: routeAccess(r) })))
        // Static files and the API reference are not ours to validate; signing out everywhere ends the sessions this run needs.
        .filter((r) => !r.url.includes('*') && !r.url.startsWith('/api/docs') && r.url !== '/account/overal-uitloggen' && r.url !== '/uitloggen');
      assert.ok(routes.length > 70, `${routes.length} routes`);
      let requests = 0;
      const tally = new Map<string, number>();
      for (const route of routes) {
        const api = route.url.startsWith('/api/') || route.url.startsWith('/agenda/');
        const params = route.url.match(/:(\w+)/g)?.map((p) => p.slice(1)) ?? [];
        const paramValue = fc.oneof(fc.constant(caseId), hostileString.filter((s) => s.length < 3000));
        const request = fc.record({
          params: fc.tuple(...params.map(() => paramValue)),
          query,
          body:
            route.method === 'GET'
              ? fc.constant(undefined)
              : VALID[`${route.method} ${route.url}`] !== undefined
                ? fc.oneof(mutated(VALID[`${route.method} ${route.url}`] as () => unknown, !api), api ? hostileBody : formBody)
                : api
                  ? fc.oneof(hostileBody, fc.constant(rawDeepJson))
                  : formBody,
        });
        await fc.assert(
          fc.asyncProperty(request, async ({ params: values, query: q, body }) => {
            let path = route.url;
            params.forEach((name, i) => (path = path.replace(`:${name}`, encode(String(values[i])))));
            const search = Object.entries(q).map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');
            const url = search === '' ? path : `${path}?${search}`;
            const email = who(route.url);
            const before = await snapshot(t.store);
            let response;
            if (api) {
              const headers: Record<string, string> = { authorization: `Bearer ${tokens.get(email)}` };
              if (body !== undefined) headers['content-type'] = 'application/json';
              const payload = body === undefined ? {} : { payload: body === rawDeepJson ? rawDeepJson : JSON.stringify(body) };
              response = await t.app.inject({ method: route.method as 'GET', url, headers, ...payload });
            } else {
              const agent = agents.get(email) as Agent;
              response = route.method === 'GET' ? await agent.get(url) : await agent.post(url, body as Record<string, string | string[]>);
            }
            requests++;
            const kind = response.headers.location?.startsWith('/inloggen') ? 'to sign-in' : `${String(response.statusCode)[0]}xx`;
            tally.set(kind, (tally.get(kind) ?? 0) + 1);
            const label = `${route.method} ${route.url} → ${response.statusCode}`;
            assert.ok(response.statusCode < 500, `${label}: ${response.body.slice(0, 300)}`);
            if (response.statusCode >= 400) assert.deepEqual(await snapshot(t.store), before, `${label}: a refusal changed data`);
            if (String(response.headers['content-type']).startsWith('text/html')) {
              // The payloads' own markup, unescaped; escaped, `onerror=…` is harmless text inside a value="…".
              assert.ok(!response.body.includes(`<script>${MARKER}`) && !response.body.includes(`<img src=x onerror=${MARKER}`), `${label}: markup from the input`);
            }
          }),
          // A valid body changed in one place reaches the validators' depths: more runs there.
          { seed: SEED, numRuns: VALID[`${route.method} ${route.url}`] !== undefined ? RUNS_PER_ROUTE * 5 : RUNS_PER_ROUTE, endOnFailure: true },
        );
      }
      assert.ok(requests >= routes.length * RUNS_PER_ROUTE);
      // The run reached the handlers: sessions and tokens stayed good, and both answers occur.
      const counts = Object.fromEntries(tally);
      assert.ok((counts['4xx'] ?? 0) > requests / 2 && (counts['2xx'] ?? 0) > 40 && (counts['to sign-in'] ?? 0) < 10, JSON.stringify(counts));
    });

    test('the log of all of it holds no client’s name, address or BSN, no search term and no secret', async () => {
      const text = log.join('');
      assert.ok(log.length > 500, `${log.length} log lines`);
      const clients = await t.store.db.selectFrom('clients').select(['name', 'address']).execute();
      const needles = new Set<string>(['Faalnaam', 'Faalweg', '123456782', 'Wandelgem', 'Kramer', 'Mulder', 'zorgvuldig-demo']);
      for (const file of ['bijlage6-beeindiging-jeugd', 'groningen-beeindiging', 'onl-opzegging-wanbetaling', 'vgz-opschorting']) {
        const doc = example(file);
        for (const value of [doc.client?.name, doc.client?.address, doc.client?.bsn, doc.client?.representative?.name, doc.client?.representative?.address]) {
          if (typeof value === 'string' && value.length > 3) needles.add(value);
        }
      }
      for (const client of clients) {
        needles.add(client.name);
        if (client.address !== null) needles.add(client.address);
      }
      for (const needle of needles) assert.ok(!text.includes(needle), `the log holds ${JSON.stringify(needle)}`);
      for (const token of tokens.values()) assert.ok(!text.includes(token), 'the log holds an API token');
      assert.match(text, /"url":"\/casussen\?zoek=…"/, 'the search is logged without its value');
      assert.match(text, /"message":"database error P0001"/, 'the database error is logged by its code');
    });
  });
}

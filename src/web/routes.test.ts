import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../../test/support/app.ts';
import { testDatabases } from '../../test/support/databases.ts';
import { DEMO_PASSWORD } from '../commands/seed-demo.ts';
import { openCase } from '../commands/open-case.ts';

// The provider pages over HTTP without a browser: sessions, CSRF, the policy on pages, escaping,
// and what a rejected form keeps. The browser suite (test/browser) walks the same pages in Chromium.

/** A browser-like client: keeps cookies, reads the CSRF token from the last page it got. */
class Agent {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(private readonly t: TestApp) {}

  private remember(setCookie: string | string[] | undefined, body: string) {
    for (const cookie of [setCookie ?? []].flat()) {
      const [pair] = cookie.split(';');
      const [name, value] = (pair as string).split('=') as [string, string];
      if (value === '' || /Expires=Thu, 01 Jan 1970/.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(body)?.[1];
    if (token !== undefined) this.csrf = token;
  }

  private header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string) {
    const response = await this.t.app.inject({ method: 'GET', url, headers: { cookie: this.header() } });
    this.remember(response.headers['set-cookie'], response.body);
    return response;
  }

  async post(url: string, fields: Record<string, string | string[]>, csrf: string | null = this.csrf) {
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const value of [v].flat()) form.append(k, value);
    if (csrf !== null) form.append('_csrf', csrf);
    const response = await this.t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.header(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: form.toString(),
    });
    this.remember(response.headers['set-cookie'], response.body);
    return response;
  }

  async signIn(email: string) {
    await this.get('/inloggen');
    const response = await this.post('/inloggen', { email, password: DEMO_PASSWORD });
    assert.equal(response.statusCode, 303);
    return this;
  }
}

const newCase = {
  clientName: 'P. de Boer',
  birthDate: '1985-03-14',
  hasRepresentative: 'nee',
  careStarted: '2025-01-06',
  soort: 'gemeente-bijlage6|beeindiging',
};

for (const database of testDatabases) {
  describe(`provider pages on ${database.kind}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    const count = async (table: 'cases' | 'entries' | 'sessions') =>
      (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(t.store.db)).rows[0]!.n;

    test('a page without a session redirects to the sign-in page, which comes back afterwards', async () => {
      const agent = new Agent(t);
      const page = await agent.get('/casussen?status=open');
      assert.equal(page.statusCode, 303);
      assert.equal(page.headers.location, '/inloggen?terug=%2Fcasussen%3Fstatus%3Dopen');
      await agent.get('/inloggen');
      const signedIn = await agent.post('/inloggen?terug=%2Fcasussen%3Fstatus%3Dopen', { email: 'medewerker@delinde.example', password: DEMO_PASSWORD });
      assert.equal(signedIn.headers.location, '/casussen?status=open');
      const cookie = [signedIn.headers['set-cookie']].flat().find((c) => String(c).startsWith('zv_sessie='));
      assert.match(String(cookie), /; HttpOnly; SameSite=Lax$/);
      const offsite = await agent.post('/inloggen?terug=%2F%2Fevil.example', { email: 'medewerker@delinde.example', password: DEMO_PASSWORD });
      assert.equal(offsite.headers.location, '/casussen');
    });

    test('a wrong password gets the form back with a Dutch message and no session', async () => {
      const agent = new Agent(t);
      await agent.get('/inloggen');
      const before = await count('sessions');
      const response = await agent.post('/inloggen', { email: 'medewerker@delinde.example', password: 'fout' });
      assert.equal(response.statusCode, 401);
      assert.match(response.body, /Het e-mailadres of het wachtwoord klopt niet\./);
      assert.match(response.body, /value="medewerker@delinde.example"/);
      assert.equal(await count('sessions'), before);
    });

    test('a POST without or with a wrong CSRF token gets a Dutch 403 page and changes nothing', async () => {
      const agent = await new Agent(t).signIn('regievoerder@delinde.example');
      await agent.get('/casussen/nieuw');
      const before = await count('cases');
      for (const token of [null, 'verzonnen-token']) {
        const response = await agent.post('/casussen/nieuw', newCase, token);
        assert.equal(response.statusCode, 403);
        assert.match(response.headers['content-type'] as string, /^text\/html/);
        assert.match(response.body, /<h1 class="utrecht-heading-1">Formulier niet geaccepteerd<\/h1>/);
      }
      assert.equal(await count('cases'), before);
      const signIn = await new Agent(t).post('/inloggen', { email: 'medewerker@delinde.example', password: DEMO_PASSWORD }, null);
      assert.equal(signIn.statusCode, 403);
    });

    test('an expired session no longer opens pages; signing out deletes the session', async () => {
      const agent = await new Agent(t).signIn('medewerker@delinde.example');
      assert.equal((await agent.get('/casussen')).statusCode, 200);
      const stolen = agent.cookies.get('zv_sessie') as string;
      await sql`update sessions set expires_at = now() - interval '1 second'`.execute(t.store.db);
      assert.equal((await agent.get('/casussen')).statusCode, 303);

      const again = await new Agent(t).signIn('medewerker@delinde.example');
      await again.get('/casussen');
      const sessions = await count('sessions');
      const out = await again.post('/uitloggen', {});
      assert.equal(out.headers.location, '/inloggen');
      assert.equal(await count('sessions'), sessions - 1);
      again.cookies.set('zv_sessie', stolen);
      assert.equal((await again.get('/casussen')).statusCode, 303);
    });

    test('staff of a funder and a beheerder get "geen toegang"; a medewerker may not open cases', async () => {
      for (const email of ['zorgadviseur@vgz.example', 'beheerder@delinde.example']) {
        const page = await (await new Agent(t).signIn(email)).get('/casussen');
        assert.equal(page.statusCode, 403, email);
        assert.match(page.body, /<h1 class="utrecht-heading-1">Geen toegang<\/h1>/);
      }
      const medewerker = await new Agent(t).signIn('medewerker@delinde.example');
      assert.equal((await medewerker.get('/casussen/nieuw')).statusCode, 403);
      assert.equal((await medewerker.get('/casussen/importeren')).statusCode, 403);
      const list = await medewerker.get('/casussen');
      assert.doesNotMatch(list.body, /href="\/casussen\/(nieuw|importeren)"/);
      assert.match((await (await new Agent(t).signIn('regievoerder@delinde.example')).get('/casussen')).body, /href="\/casussen\/nieuw"/);
      const before = await count('cases');
      assert.equal((await medewerker.post('/casussen/nieuw', newCase)).statusCode, 403);
      assert.equal(await count('cases'), before);
      assert.equal((await medewerker.get('/casussen/00000000-0000-4000-8000-000000000000')).statusCode, 404);
    });

    test('what a user typed is escaped everywhere it is shown', async () => {
      const agent = await new Agent(t).signIn('regievoerder@delinde.example');
      await agent.get('/casussen/nieuw');
      const evil = '<script>alert("x")</script><img src=x onerror=alert(1)>';
      const created = await agent.post('/casussen/nieuw', { ...newCase, clientName: evil });
      assert.equal(created.statusCode, 303);
      const casePage = await agent.get(created.headers.location as string);
      await agent.post(`${created.headers.location}/items`, {
        soort: 'incident', date: '2026-03-02', ground: 'aggression', by: 'client', description: `"><b onmouseover=alert(2)>x</b>`,
      });
      const pages = [casePage.body, (await agent.get(created.headers.location as string)).body, (await agent.get('/casussen?zoek=script')).body];
      for (const body of pages) {
        assert.doesNotMatch(body, /<script>alert|<img src=x|<b onmouseover/);
      }
      assert.match(pages[0]!, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
      assert.match(pages[1]!, /&quot;&gt;&lt;b onmouseover=alert\(2\)&gt;x&lt;\/b&gt;/);
    });

    test('a rejected entry form keeps what was typed, marks the fields and saves nothing', async () => {
      const agent = await new Agent(t).signIn('medewerker@delinde.example');
      const list = await agent.get('/casussen?zoek=Mulder');
      const caseUrl = /href="(\/casussen\/[0-9a-f-]{36})"/.exec(list.body)![1]!;
      await agent.get(`${caseUrl}/items/nieuw?soort=warning`);
      const before = await count('entries');
      const response = await agent.post(`${caseUrl}/items`, {
        soort: 'warning', date: '2026-13-01', written: 'ja', consequence: 'termination', description: 'Tweede waarschuwing & laatste',
      });
      assert.equal(response.statusCode, 400);
      assert.equal(await count('entries'), before);
      assert.match(response.body, /<input type="date" class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--invalid" value="2026-13-01" id="veld-date" name="date" aria-describedby="veld-date-fout veld-date-hulp" aria-invalid="true"/);
      assert.match(response.body, /<div class="utrecht-form-field__error-message utrecht-form-field-error-message" id="veld-date-fout">geen geldige datum; gebruik JJJJ-MM-DD met een bestaande dag<\/div>/);
      assert.match(response.body, /<a class="utrecht-link utrecht-link--html-a" href="#veld-date">Datum: geen geldige datum/);
      assert.match(response.body, />Tweede waarschuwing &amp; laatste<\/textarea>/);
      assert.match(response.body, /value="ja" checked/);

      const saved = await agent.post(`${caseUrl}/items`, {
        soort: 'warning', date: '2026-07-01', written: 'ja', consequence: 'termination', description: 'Tweede waarschuwing',
      });
      assert.equal(saved.statusCode, 303);
      assert.match(saved.headers.location as string, new RegExp(`^${caseUrl}\\?opgeslagen=e\\d+#item-e\\d+$`));
      assert.equal(await count('entries'), before + 1);
      const id = /opgeslagen=(e\d+)/.exec(saved.headers.location as string)![1]!;
      const casePage = await agent.get(saved.headers.location as string);
      assert.match(casePage.body, new RegExp(`Item ${id} · vastgelegd door Sanne de Vries op `));
      assert.match(casePage.body, new RegExp(`Opgeslagen als item ${id}\\. De checklist is bijgewerkt\\.`));
    });

    test('Mijn casussen: search, filters and paging; a wrong filter value is a 400 naming it', async () => {
      const agent = await new Agent(t).signIn('regievoerder@delinde.example');
      const organisationId = (await t.store.db.selectFrom('organisations').select('id').where('slug', '=', 'de-linde').executeTakeFirstOrThrow()).id;
      for (let i = 0; i < 30; i++) {
        await openCase({ store: t.store, actor: { kind: 'operator' } }, organisationId, {
          client: { name: `Reeks ${String(i).padStart(2, '0')}`, birthDate: '1950-01-01', hasRepresentative: false },
          regime: 'onl-wmo',
          procedure: 'beeindiging',
          careStarted: '2020-01-01',
        });
      }
      const first = await agent.get('/casussen?zoek=reeks&regime=onl-wmo');
      assert.match(first.body, /30 casussen, pagina 1 van 2\./);
      assert.equal((first.body.match(/>Reeks \d\d</g) ?? []).length, 25);
      const second = await agent.get('/casussen?zoek=reeks&regime=onl-wmo&pagina=2');
      assert.equal((second.body.match(/>Reeks \d\d</g) ?? []).length, 5);
      assert.match(second.body, /href="\/casussen\?zoek=reeks&amp;regime=onl-wmo&amp;pagina=1"/);
      const none = await agent.get('/casussen?zoek=reeks&regime=vgz-wijkverpleging');
      assert.match(none.body, /Geen casussen gevonden\./);
      const literal = await agent.get('/casussen?zoek=%25');
      assert.match(literal.body, /0 casussen/);
      const wrong = await agent.get('/casussen?status=weg');
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /\?status: moet een van deze waarden zijn: open, ingediend, besloten, afgerond/);
    });
  });
}

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { Agent } from '../../test/support/agent.ts';
import { DEMO_PASSWORD } from '../commands/demo/seed-demo.ts';
import { startTestApp, type TestApp } from '../../test/support/app.ts';
import { testDatabases } from '../../test/support/databases.ts';
import { openCase } from '../commands/cases/open-case.ts';
import { importDossier } from '../commands/cases/import-dossier.ts';
import { execute } from '../commands/pipeline/execute.ts';
import { operatorContext } from '../commands/pipeline/machine.ts';
import { todayInAmsterdam } from '../clock.ts';
import { addDays } from '../domain/calendar/dates.ts';
import type { DossierDocument } from '../domain/dossier/types.ts';

// The provider pages over HTTP without a browser: sessions, CSRF, the policy on pages, escaping,
// and what a rejected form keeps. The browser suite (test/browser) walks the same pages in Chromium.

const today = todayInAmsterdam();

/** A refusal whose request went to the municipality `daysAgo` days ago: its 1-week decision term runs from it. */
const refusal = (clientName: string, daysAgo: number): DossierDocument => ({
  format: 'zorgvuldig.dossier/1',
  regime: 'gemeente-bijlage6',
  procedure: 'weigering',
  client: { name: clientName, birthDate: '1950-05-05', hasRepresentative: false },
  careStarted: null,
  entries: [{ id: 'e1', type: 'funder-request', date: addDays(today, -daysAgo), dossierAttached: true }],
});

const GEEN_TOEGANG = /<h1 class="utrecht-heading-1">Geen toegang<\/h1>/;

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

    const count = async (table: 'cases' | 'entries' | 'sessions' | 'calendar_feeds') =>
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
      // Signing in made a new CSRF secret: the old form's token no longer counts, a new form's does.
      assert.equal((await agent.post('/inloggen', { email: 'medewerker@delinde.example', password: DEMO_PASSWORD })).statusCode, 403);
      await agent.get('/inloggen');
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
      assert.match(signIn.body, /<h1 class="utrecht-heading-1">Inloggen is niet gelukt<\/h1>/);
    });

    test('a new case takes the address and the salutation for letters; a bad salutation is named on the form', async () => {
      const agent = await new Agent(t).signIn('regievoerder@delinde.example');
      await agent.get('/casussen/nieuw');
      const bad = await agent.post('/casussen/nieuw', { ...newCase, salutation: 'Geachte heer Aanhef,' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /De aanhef in brieven moet op één regel staan, zonder komma aan het eind/);
      const created = await agent.post('/casussen/nieuw', { ...newCase, clientName: 'A. Aanhef', address: 'Kerkstraat 1, 9711 AA Groningen', salutation: 'Geachte heer Aanhef' });
      assert.equal(created.statusCode, 303);
      const client = await t.store.db.selectFrom('clients').select(['address', 'salutation']).where('name', '=', 'A. Aanhef').executeTakeFirstOrThrow();
      assert.deepEqual(client, { address: 'Kerkstraat 1, 9711 AA Groningen', salutation: 'Geachte heer Aanhef' });
    });

    test('a new Bijlage 6 case says whether its care falls under the Wmo or the Jeugdwet (decision 0031); another regime does not', async () => {
      const agent = await new Agent(t).signIn('regievoerder@delinde.example');
      assert.match((await agent.get('/casussen/nieuw')).body, /<option value="jeugdwet">Jeugdwet<\/option>/);
      const before = await count('cases');
      const bad = await agent.post('/casussen/nieuw', { ...newCase, clientName: 'J. Wet', soort: 'groningen-wmo|beeindiging', careLaw: 'jeugdwet' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /id="veld-careLaw-fout"/);
      assert.equal(await count('cases'), before);
      assert.equal((await agent.post('/casussen/nieuw', { ...newCase, clientName: 'J. Wet', careLaw: 'jeugdwet' })).statusCode, 303);
      const stored = await t.store.db.selectFrom('cases').innerJoin('clients', 'clients.id', 'cases.client_id').select('care_law').where('clients.name', '=', 'J. Wet').executeTakeFirstOrThrow();
      assert.equal(stored.care_law, 'jeugdwet');
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

    test('importing a dossier whose client and regime match a running case asks first, and imports once confirmed', async () => {
      const agent = await new Agent(t).signIn('regievoerder@delinde.example');
      await agent.get('/casussen/importeren');
      const doc = { ...refusal('I. Tweemaal', 3), careStarted: null };
      const first = await agent.upload('/casussen/importeren', 'dossier', { name: 'tweemaal.json', text: JSON.stringify(doc) });
      assert.equal(first.statusCode, 303);
      const casesBefore = await count('cases');
      const asked = await agent.upload('/casussen/importeren', 'dossier', { name: 'tweemaal.json', text: JSON.stringify(doc) });
      assert.equal(asked.statusCode, 409);
      assert.match(asked.body, /Er loopt al een casus voor deze cliënt/);
      assert.ok(asked.body.includes(`href="${first.headers.location}"`), 'links to the running case');
      assert.equal(await count('cases'), casesBefore);
      const confirmed = await agent.post('/casussen/importeren', { bevestigd: 'ja', bestandsnaam: 'tweemaal.json', dossierTekst: JSON.stringify(doc) });
      assert.equal(confirmed.statusCode, 303);
      assert.equal(await count('cases'), casesBefore + 1);
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
      assert.match(response.body, /<div class="utrecht-form-field__error-message utrecht-form-field-error-message" id="veld-date-fout">De datum moet een bestaande datum zijn, bijvoorbeeld 16-03-2026<\/div>/);
      assert.match(response.body, /<a class="utrecht-link utrecht-link--html-a" href="#veld-date">De datum moet een bestaande datum zijn/);
      assert.doesNotMatch(response.body, /\$\.|JJJJ/);
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
        await execute(operatorContext(t.store), openCase, { organisationId, body: {
          client: { name: `Reeks ${String(i).padStart(2, '0')}`, birthDate: '1950-01-01', hasRepresentative: false },
          regime: 'onl-wmo',
          procedure: 'beeindiging',
          careStarted: '2020-01-01',
        } });
      }
      const first = await agent.get('/casussen?zoek=reeks&regime=onl-wmo');
      assert.match(first.body, /30 casussen, pagina 1 van 2\./);
      assert.equal((first.body.match(/>Reeks \d\d</g) ?? []).length, 25);
      const second = await agent.get('/casussen?zoek=reeks&regime=onl-wmo&pagina=2');
      assert.equal((second.body.match(/>Reeks \d\d</g) ?? []).length, 5);
      assert.match(second.body, /href="\/casussen\?zoek=reeks&amp;regime=onl-wmo&amp;pagina=1"/);
      // 'Volgende pagina' carries the cursor of the first page's last row: the same five.
      const next = /href="(\/casussen\?zoek=reeks&amp;regime=onl-wmo&amp;pagina=2&amp;na=[A-Za-z0-9_-]+)"/.exec(first.body)?.[1];
      assert.ok(next !== undefined);
      const byCursor = await agent.get(next.replaceAll('&amp;', '&'));
      assert.deepEqual(byCursor.body.match(/>Reeks \d\d</g), second.body.match(/>Reeks \d\d</g));
      assert.match(byCursor.body, /30 casussen, pagina 2 van 2\./);
      assert.equal((await agent.get('/casussen?na=bogus')).statusCode, 400);
      const none = await agent.get('/casussen?zoek=reeks&regime=vgz-wijkverpleging');
      assert.match(none.body, /Geen casussen gevonden\./);
      const literal = await agent.get('/casussen?zoek=%25');
      assert.match(literal.body, /0 casussen/);
      const wrong = await agent.get('/casussen?status=weg');
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /Filter ‘status’: Moet een van deze waarden zijn: open, ingediend, besloten, afgerond/);
    });
    const organisationId = async (slug: string) =>
      (await t.store.db.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
    test('the responsible person: the one opening a case by default, changed by the regievoerder and logged; the list and the card name team, responsible person and opening day; an overdue deadline in words', async () => {
      const regie = await new Agent(t).signIn('regievoerder@delinde.example');
      const form = await regie.get('/casussen/nieuw');
      assert.match(form.body, /<option value="[0-9a-f-]{36}" selected>Mohamed El Amrani<\/option>/);
      assert.match(form.body, />Sanne de Vries<\/option>/);
      const created = await regie.post('/casussen/nieuw', { ...newCase, clientName: 'V. Verantwoordelijk' });
      assert.equal(created.statusCode, 303);
      const caseId = String(created.headers.location).split('/').at(-1) as string;
      const card = async () => (await regie.get(`/casussen/${caseId}`)).body;
      assert.match(await card(), /Verantwoordelijke<\/dt><dd[^>]*>Mohamed El Amrani</);
      assert.match(await card(), new RegExp(`Geopend op</dt><dd[^>]*><time datetime="${today}">`));
      assert.match(await card(), /<a class="utrecht-breadcrumb-nav__link[^"]*" href="\/casussen">Mijn casussen<\/a>/);

      const sanne = (await t.store.db.selectFrom('users').select('id').where('email', '=', 'medewerker@delinde.example').executeTakeFirstOrThrow()).id;
      const before = (await t.store.db.selectFrom('access_log').select((eb) => eb.fn.countAll<string>().as('n')).where('event_type', '=', 'case.route').where('case_id', '=', caseId).executeTakeFirstOrThrow()).n;
      const changed = await regie.post(`/casussen/${caseId}/verantwoordelijke`, { verantwoordelijke: sanne });
      assert.equal(changed.statusCode, 303);
      assert.match(await card(), /Verantwoordelijke<\/dt><dd[^>]*>Sanne de Vries</);
      const logged = (await t.store.db.selectFrom('access_log').select((eb) => eb.fn.countAll<string>().as('n')).where('event_type', '=', 'case.route').where('case_id', '=', caseId).executeTakeFirstOrThrow()).n;
      assert.equal(Number(logged), Number(before) + 1);

      // Only the organisation's active care staff: a beheerder or someone else's user is refused, nothing changes.
      const beheerder = (await t.store.db.selectFrom('users').select('id').where('email', '=', 'beheerder@delinde.example').executeTakeFirstOrThrow()).id;
      const refused = await regie.post(`/casussen/${caseId}/verantwoordelijke`, { verantwoordelijke: beheerder });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /geen actieve medewerker of regievoerder van uw organisatie/);
      assert.match(await card(), /Verantwoordelijke<\/dt><dd[^>]*>Sanne de Vries</);
      // A medewerker sees who is responsible but gets no form to change it, and may not post one.
      const medewerker = await new Agent(t).signIn('medewerker@delinde.example');
      const seen = await medewerker.get(`/casussen/${caseId}`);
      assert.doesNotMatch(seen.body, /Verantwoordelijke wijzigen/);
      assert.equal((await medewerker.post(`/casussen/${caseId}/verantwoordelijke`, { verantwoordelijke: sanne })).statusCode, 403);

      const list = (await regie.get('/casussen?zoek=Verantwoordelijk')).body;
      assert.match(list, /<th scope="col" class="utrecht-table__header-cell">Team<\/th>/);
      assert.match(list, /<td class="utrecht-table__cell">Sanne de Vries<\/td>/);
      assert.match(list, new RegExp(`<td class="utrecht-table__cell"><time datetime="${today}">`));
      // A refusal whose decision term has passed: 'te laat sinds' and the day, in the red badge.
      const late = await importAs(refusal('L. Laat', 20));
      const lateList = (await regie.get('/casussen?zoek=L.%20Laat')).body;
      const due = (await t.store.db.selectFrom('cases').select('next_deadline').where('id', '=', late).executeTakeFirstOrThrow()).next_deadline as string;
      assert.ok(due < today, due);
      assert.match(lateList, new RegExp(`utrecht-status-badge--danger">te laat sinds <time datetime="${due}">`));
      assert.match((await regie.get(`/casussen/${late}`)).body, /Volgende termijn<\/dt><dd[^>]*><span class="utrecht-status-badge utrecht-status-badge--danger">te laat sinds/);
    });


    const importAs = async (doc: DossierDocument) =>
      (await execute(operatorContext(t.store), importDossier, { organisationId: await organisationId('de-linde'), document: doc })).caseId;

    test('Termijnen: open deadlines overdue first, with case, client, rule and clause; filters by type and team; paging', async () => {
      const late = await importAs(refusal('<i>Laat</i> Termijn', 12));
      const soon = await importAs(refusal('Binnenkort Termijn', 2));
      const agent = await new Agent(t).signIn('medewerker@delinde.example');
      const page = await agent.get('/termijnen');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<a class="utrecht-nav-list__link utrecht-link utrecht-link--html-a" href="\/termijnen" aria-current="page">Termijnen<\/a>/);
      const api = (await t.app.inject({ url: '/api/deadlines?limit=100', headers: { authorization: `Bearer ${await t.token('medewerker@delinde.example')}` } })).json();
      assert.match(page.body, new RegExp(`${api.total} openstaande termijnen, waarvan ${api.overdue} verlopen`));
      const states = (body: string) => [...body.matchAll(/data-state="(open|overdue)"/g)].map((m) => m[1]);
      const overdueFirst = (list: (string | undefined)[]) => [...list].sort((a, b) => (a === b ? 0 : a === 'overdue' ? -1 : 1));
      assert.deepEqual(states(page.body), overdueFirst(states(page.body)));

      // The refusal decisions alone (fewer than a page, whatever the date): both cases, overdue first.
      const refusals = (await agent.get('/termijnen?type=b6-deadline-refusal-decision')).body;
      assert.deepEqual(states(refusals), overdueFirst(states(refusals)));
      const row = (caseId: string) => new RegExp(`<tr class="utrecht-table__row" data-deadline="b6-deadline-refusal-decision" data-state="(\\w+)">((?:(?!</tr>)[\\s\\S])*href="/casussen/${caseId}"(?:(?!</tr>)[\\s\\S])*)</tr>`).exec(refusals);
      const lateRow = row(late);
      assert.ok(lateRow !== null);
      assert.equal(lateRow[1], 'overdue');
      assert.match(lateRow[2]!, /<span class="utrecht-status-badge utrecht-status-badge--danger">Verlopen<\/span>/);
      assert.match(lateRow[2]!, />Besluit gemeente over de zorgweigering<\/th>/);
      assert.match(lateRow[2]!, /&lt;i&gt;Laat&lt;\/i&gt; Termijn<\/a>/);
      assert.match(lateRow[2]!, /<details class="zv-source"><summary>Bron: Bijlage 6 — Zorgweigering en zorgbeëindiging — <span class="zv-place">Bijlage 6, art\. 6\.4<\/span><\/summary><blockquote class="utrecht-blockquote"><p class="utrecht-paragraph">“[^”]*binnen 1 week na ontvangst van de zorgweigering/);
      const soonRow = row(soon);
      assert.equal(soonRow?.[1], 'open');
      assert.match(soonRow![2]!, /<span class="utrecht-status-badge utrecht-status-badge--neutral">Open<\/span>/);
      assert.match(soonRow![2]!, new RegExp(`<time datetime="${addDays(today, 5)}">`));
      assert.ok(refusals.indexOf(`/casussen/${late}"`) < refusals.indexOf(`/casussen/${soon}"`));

      // By type: only refusal decisions; 30 of them make two pages, the filter kept in the links.
      for (let i = 0; i < 28; i++) await importAs(refusal(`Reeks termijn ${i}`, 1));
      const byType = await agent.get('/termijnen?type=b6-deadline-refusal-decision&team=');
      const typed = (await t.app.inject({ url: '/api/deadlines?type=b6-deadline-refusal-decision', headers: { authorization: `Bearer ${await t.token('medewerker@delinde.example')}` } })).json();
      assert.ok(typed.total >= 30);
      assert.match(byType.body, new RegExp(`${typed.total} openstaande termijnen, waarvan ${typed.overdue} verlopen; pagina 1 van ${Math.ceil(typed.total / 25)}\\.`));
      assert.deepEqual(new Set([...byType.body.matchAll(/data-deadline="([^"]+)"/g)].map((m) => m[1])), new Set(['b6-deadline-refusal-decision']));
      assert.equal([...byType.body.matchAll(/data-deadline=/g)].length, 25);
      assert.match(byType.body, /<option value="b6-deadline-refusal-decision" selected>Besluit gemeente over de zorgweigering<\/option>/);
      const next = /href="(\/termijnen\?type=b6-deadline-refusal-decision&amp;pagina=2&amp;na=[A-Za-z0-9_-]+)"/.exec(byType.body)?.[1];
      assert.ok(next !== undefined);
      const second = await agent.get('/termijnen?type=b6-deadline-refusal-decision&pagina=2');
      assert.equal([...second.body.matchAll(/data-deadline=/g)].length, typed.total - 25);
      // The cursor's page is the page number's: the same deadlines.
      const byCursor = await agent.get(next.replaceAll('&amp;', '&'));
      assert.deepEqual([...byCursor.body.matchAll(/data-deadline="[^"]+"[^>]*>/g)].map((m) => m[0]), [...second.body.matchAll(/data-deadline="[^"]+"[^>]*>/g)].map((m) => m[0]));

      // By team: a case routed to a team is the only one in that team's list.
      const regie = `Bearer ${await t.token('regievoerder@delinde.example')}`;
      const team = await t.app.inject({ method: 'POST', url: '/api/teams', headers: { authorization: `Bearer ${await t.token('beheerder@delinde.example')}` }, payload: { name: 'Wijkteam <Zuid>' } });
      const teamId = team.json().id as string;
      await t.app.inject({ method: 'PUT', url: `/api/cases/${soon}/routing`, headers: { authorization: regie }, payload: { teamId } });
      const byTeam = await agent.get(`/termijnen?team=${teamId}`);
      assert.match(byTeam.body, new RegExp(`<option value="${teamId}" selected>Wijkteam &lt;Zuid&gt;</option>`));
      assert.deepEqual([...byTeam.body.matchAll(/href="\/casussen\/([0-9a-f-]{36})"/g)].map((m) => m[1]), [soon]);
      assert.match(byTeam.body, /; team Wijkteam &lt;Zuid&gt;<\/span>/);

      // Wrong filter values: a Dutch 400 page naming the parameter.
      for (const [query, reason] of [
        ['type=onzin', /Filter ‘type’: Onbekend soort termijn; kies er een uit de lijst/],
        ['team=00000000-0000-4000-8000-000000000000', /Filter ‘team’: Onbekend team; kies een team van uw organisatie uit de lijst/],
        ['pagina=0', /Filter ‘pagina’: Moet een geheel getal van 1 tot en met 1000000 zijn/],
      ] as const) {
        const wrong = await agent.get(`/termijnen?${query}`);
        assert.equal(wrong.statusCode, 400, query);
        assert.match(wrong.body, /<h1 class="utrecht-heading-1">Ongeldige invoer<\/h1>/);
        assert.match(wrong.body, reason);
      }
    });

    test('Meldingen: newest first, unread marked and counted in the navigation; "gelezen" needs the CSRF token and one\'s own notification', async () => {
      const caseId = await importAs(refusal('Melding Cliënt', 12));
      const regievoerder = (await t.store.db.selectFrom('users').select('id').where('email', '=', 'regievoerder@delinde.example').executeTakeFirstOrThrow()).id;
      const notification = (dueDate: string, kind: 'upcoming' | 'overdue', createdAt: string, readAt: string | null) => ({
        user_id: regievoerder,
        organisation_id: '',
        case_id: caseId,
        deadline_id: 'b6-deadline-refusal-decision',
        start_event: 'e1',
        due_date: dueDate,
        kind,
        rule: kind === 'overdue' ? 'Besluit gemeente <b>over</b> de zorgweigering: binnen 1 week' : 'Besluit gemeente over de zorgweigering: binnen 1 week',
        source_seed: '001-bijlage6.md',
        source_quote: 'binnen 1 week na ontvangst van de zorgweigering',
        created_at: new Date(createdAt),
        read_at: readAt === null ? null : new Date(readAt),
      });
      const org = await organisationId('de-linde');
      const [older, newer] = await t.store.db
        .insertInto('notifications')
        .values([
          { ...notification('2026-03-02', 'upcoming', '2026-02-27T08:00:00Z', '2026-02-27T09:00:00Z'), organisation_id: org },
          { ...notification('2026-03-03', 'overdue', '2026-03-04T08:00:00Z', null), organisation_id: org },
        ])
        .returning('id')
        .execute();
      const agent = await new Agent(t).signIn('regievoerder@delinde.example');
      const page = await agent.get('/meldingen');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /2 meldingen, waarvan 1 ongelezen\./);
      assert.match(page.body, /href="\/meldingen" aria-current="page">Meldingen <span class="utrecht-badge-counter">1<span class="zv-visually-hidden"> ongelezen<\/span><\/span><\/a>/);
      assert.ok(page.body.indexOf(`id="melding-${newer!.id}"`) < page.body.indexOf(`id="melding-${older!.id}"`), 'newest first');
      assert.match(page.body, new RegExp(`data-notification="${newer!.id}" data-read="nee">\\s*<h2 class="utrecht-heading-3" id="melding-${newer!.id}-kop">[^<:]+: termijn verlopen op 3 maart 2026 <span class="utrecht-status-badge utrecht-status-badge--warning">Ongelezen</span></h2>`));
      assert.match(page.body, /Besluit gemeente &lt;b&gt;over&lt;\/b&gt; de zorgweigering/);
      assert.match(page.body, new RegExp(`<a class="utrecht-link utrecht-link--html-a" href="/casussen/${caseId}">Naar de casus van [^<]+</a>`));
      assert.match(page.body, /Herinnering van 27 februari 2026 om 09:00; gelezen op 27 februari 2026 om 10:00\./);
      assert.equal([...page.body.matchAll(/action="\/meldingen\/[^"]+\/gelezen"/g)].length, 1);
      assert.match(page.body, new RegExp(`<form method="post" action="/meldingen/${newer!.id}/gelezen"`));
      // Another page shows the count too.
      assert.match((await agent.get('/casussen')).body, /Meldingen <span class="utrecht-badge-counter">1</);

      const readAt = async () => (await t.store.db.selectFrom('notifications').select('read_at').where('id', '=', newer!.id).executeTakeFirstOrThrow()).read_at;
      for (const token of [null, 'verzonnen-token']) {
        const rejected = await agent.post(`/meldingen/${newer!.id}/gelezen`, { pagina: '1' }, token);
        assert.equal(rejected.statusCode, 403);
        assert.match(rejected.body, /Formulier niet geaccepteerd/);
      }
      assert.equal(await readAt(), null);
      const medewerker = await new Agent(t).signIn('medewerker@delinde.example');
      await medewerker.get('/meldingen');
      assert.equal((await medewerker.post(`/meldingen/${newer!.id}/gelezen`, {})).statusCode, 404);
      assert.equal((await agent.post('/meldingen/geen-id/gelezen', {})).statusCode, 404);
      assert.equal(await readAt(), null);

      const read = await agent.post(`/meldingen/${newer!.id}/gelezen`, { pagina: '1' });
      assert.equal(read.statusCode, 303);
      assert.equal(read.headers.location, `/meldingen?pagina=1#melding-${newer!.id}`);
      assert.notEqual(await readAt(), null);
      const after = await agent.get('/meldingen');
      assert.match(after.body, /2 meldingen, waarvan 0 ongelezen\./);
      assert.match(after.body, /href="\/meldingen" aria-current="page">Meldingen<\/a>/);
      assert.doesNotMatch(after.body, /gelezen"/);
      const wrong = await agent.get('/meldingen?pagina=nul');
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /Filter ‘pagina’: Moet een geheel getal/);
    });

    test('Agenda-koppeling: the address is shown once after creating it, works as a feed and stops working when revoked', async () => {
      const agent = await new Agent(t).signIn('medewerker@delinde.example');
      const page = await agent.get('/agenda');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<em>Abonneren via internet<\/em>/);
      assert.match(page.body, /<strong>Google Agenda<\/strong>: klik links bij <em>Andere agenda’s<\/em> op het plusteken en kies <em>Via URL<\/em>/);
      assert.doesNotMatch(page.body, /\.ics/);

      const feeds = await count('calendar_feeds');
      for (const [url, token] of [['/agenda/aanmaken', null], ['/agenda/intrekken', 'verzonnen-token']] as const) {
        const rejected = await agent.post(url, {}, token);
        assert.equal(rejected.statusCode, 403, url);
        assert.match(rejected.body, /Formulier niet geaccepteerd/);
      }
      assert.equal(await count('calendar_feeds'), feeds);

      const created = await agent.post('/agenda/aanmaken', {});
      assert.equal(created.statusCode, 200);
      assert.equal(created.headers['cache-control'], 'no-store');
      const url = /<textarea class="[^"]*" id="veld-agenda-adres" rows="2" readonly aria-describedby="veld-agenda-adres-hulp">(http:\/\/localhost(?::\d+)?\/agenda\/[A-Za-z0-9_-]{43}\.ics)<\/textarea>/.exec(created.body)?.[1];
      assert.ok(url !== undefined, 'the feed address in a read-only text area');
      assert.match(created.body, /Dit adres wordt maar één keer getoond\./);
      const feed = await t.app.inject({ url: new URL(url).pathname });
      assert.equal(feed.statusCode, 200);
      assert.match(feed.headers['content-type'] as string, /^text\/calendar/);
      assert.doesNotMatch((await agent.get('/agenda')).body, /\.ics/);

      const revoked = await agent.post('/agenda/intrekken', {});
      assert.equal(revoked.statusCode, 200);
      assert.match(revoked.body, /De agenda-koppeling is ingetrokken\./);
      assert.equal((await t.app.inject({ url: new URL(url).pathname })).statusCode, 404);
      const again = await agent.post('/agenda/intrekken', {});
      assert.match(again.body, /U had geen agenda-koppeling; er is niets ingetrokken\./);
    });

    test('the deadline pages: a funder\'s reviewer and a beheerder get "geen toegang", and no menu item for them', async () => {
      for (const email of ['zorgadviseur@vgz.example', 'beheerder@delinde.example']) {
        const agent = await new Agent(t).signIn(email);
        for (const url of ['/termijnen', '/meldingen', '/agenda']) {
          const page = await agent.get(url);
          assert.equal(page.statusCode, 403, `${email} ${url}`);
          assert.match(page.body, GEEN_TOEGANG);
          assert.doesNotMatch(page.body, /href="\/(termijnen|meldingen|agenda)"/);
        }
        const feeds = await count('calendar_feeds');
        for (const url of ['/agenda/aanmaken', '/agenda/intrekken', '/meldingen/00000000-0000-4000-8000-000000000000/gelezen']) {
          const page = await agent.post(url, {});
          assert.equal(page.statusCode, 403, `${email} ${url}`);
          assert.match(page.body, GEEN_TOEGANG);
        }
        assert.equal(await count('calendar_feeds'), feeds);
      }
      const medewerker = await (await new Agent(t).signIn('medewerker@delinde.example')).get('/casussen');
      for (const href of ['/termijnen', '/meldingen', '/agenda']) assert.match(medewerker.body, new RegExp(`href="${href}"`));
    });
    test('Toegangslog: the beheerder lands on it; filters, paging and a CSV of the same selection; reading it is logged too', async () => {
      const caseId = await importAs(refusal('Toegang Cliënt', 3));
      const clientId = (await t.store.db.selectFrom('cases').select('client_id').where('id', '=', caseId).executeTakeFirstOrThrow()).client_id;
      const api = async (email: string, url: string) =>
        t.app.inject({ url, headers: { authorization: `Bearer ${await t.token(email)}` } });
      for (let i = 0; i < 55; i++) assert.equal((await api('medewerker@delinde.example', `/api/cases/${caseId}`)).statusCode, 200);
      // VGZ has nothing to do with this municipal case: refused as if it did not exist, and logged.
      assert.equal((await api('zorgadviseur@vgz.example', `/api/cases/${caseId}/assessment`)).statusCode, 404);

      const agent = new Agent(t);
      await agent.get('/inloggen');
      const signedIn = await agent.post('/inloggen', { email: 'beheerder@delinde.example', password: DEMO_PASSWORD });
      assert.equal(signedIn.headers.location, '/beheer/toegangslog');
      const page = await agent.get(`/beheer/toegangslog?casus=${caseId}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<a class="utrecht-nav-list__link utrecht-link utrecht-link--html-a" href="\/beheer\/toegangslog" aria-current="page">Toegangslog<\/a>/);
      assert.match(page.body, /57 regels; pagina 1 van 2\./);
      assert.equal([...page.body.matchAll(/<tr class="utrecht-table__row" data-seq=/g)].length, 50);
      // Newest first: the refusal of VGZ's reviewer heads the list.
      const first = /<tr class="utrecht-table__row" data-seq="\d+" data-event="case\.assess" data-outcome="denied"[^>]*>([\s\S]*?)<\/tr>/.exec(page.body);
      assert.ok(first !== null && page.body.indexOf(first[0]) < page.body.indexOf('data-event="case.read"'));
      assert.match(first[1]!, /Fatma Yilmaz<br><span class="utrecht-paragraph--small">Beoordelaar, Coöperatie VGZ<\/span>/);
      assert.match(first[1]!, /Toetsing van een casus ingezien <span class="zv-muted">\(R\)<\/span>/);
      assert.match(first[1]!, /Toegang Cliënt/);
      assert.match(first[1]!, /Beoordeling door de financier/);
      assert.match(first[1]!, /Geweigerd<\/span> geen relatie met deze gegevens/);
      const next = new RegExp(`href="(/beheer/toegangslog\\?casus=${caseId}&amp;pagina=2&amp;na=[A-Za-z0-9_-]+)"`).exec(page.body)?.[1];
      assert.ok(next !== undefined);
      // 58 by now: reading the first page was itself logged, for this client and case. By page
      // number the second page shifts by that row (8); by the cursor it starts after the row last shown (7).
      assert.equal([...(await agent.get(`/beheer/toegangslog?casus=${caseId}&pagina=2`)).body.matchAll(/data-seq=/g)].length, 8);
      assert.equal([...(await agent.get(next.replaceAll('&amp;', '&'))).body.matchAll(/data-seq=/g)].length, 7);

      // Filters: user, client, event type, period.
      const count = async (query: string) => Number(/(\d+) regels?[;.]/.exec((await agent.get(`/beheer/toegangslog?${query}`)).body)?.[1]);
      assert.equal(await count(`casus=${caseId}&gebruiker=Sanne`), 55);
      assert.equal(await count(`client=toegang%20cli%C3%ABnt&soort=case.assess`), 1);
      assert.equal(await count(`client=${clientId}&soort=case.read`), 55);
      assert.equal(await count(`casus=${caseId}&soort=case.read&van=${today}&tot=${today}`), 55);
      assert.equal(await count(`casus=${caseId}&van=${addDays(today, 1)}`), 0);
      for (const [query, reason] of [
        [`van=${today}&tot=${addDays(today, -1)}`, /Filter ‘tot’: Ligt vóór het begin van de periode/],
        ['soort=case.delete', /Filter ‘soort’: Onbekende soort gebeurtenis/],
        ['casus=12', /Filter ‘casus’: Is geen geldig id/],
        ['van=2026-02-30', /Filter ‘van’: De waarde moet een bestaande datum zijn/],
      ] as const) {
        const wrong = await agent.get(`/beheer/toegangslog?${query}`);
        assert.equal(wrong.statusCode, 400, query);
        assert.match(wrong.body, reason);
      }

      // The CSV holds the same selection, newest first, under the NEN 7513 names.
      const csv = await agent.get(`/beheer/toegangslog.csv?casus=${caseId}&soort=case.assess`);
      assert.equal(csv.statusCode, 200);
      assert.match(csv.headers['content-type'] as string, /^text\/csv/);
      assert.match(csv.headers['content-disposition'] as string, /attachment; filename="toegangslog.csv"/);
      const records = parse(csv.body, { columns: true }) as Record<string, string>[];
      assert.deepEqual(Object.keys(records[0]!).slice(0, 7), ['EventDateTime', 'EventActionCode', 'EventTypeCode', 'EventOutcomeIndicator', 'EventOutcomeReason', 'UserID', 'UserName']);
      assert.deepEqual(
        records.map((r) => [r.EventActionCode, r.EventTypeCode, r.EventOutcomeIndicator, r.EventOutcomeReason, r.UserName, r.RoleIDCode, r.PurposeOfUse, r.ParticipantObjectID, r.ParticipantObjectName, r.CaseID]),
        [['R', 'case.assess', 'denied', 'no-relation', 'Fatma Yilmaz', 'beoordelaar', 'funder-review', clientId, 'Toegang Cliënt', caseId]],
      );
      assert.match(records[0]!.EventDateTime!, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);

      // Reading the log is logged: the page and the download, each for the client they showed.
      const reads = await t.store.db
        .selectFrom('access_log')
        .select(['event_type', 'client_id', 'case_id', 'user_role', 'outcome'])
        .where('event_type', 'in', ['access-log.read', 'access-log.export'])
        .where('case_id', '=', caseId)
        .execute();
      assert.deepEqual(
        [...new Set(reads.map((r) => `${r.event_type} ${r.client_id} ${r.user_role} ${r.outcome}`))].sort(),
        [`access-log.export ${clientId} beheerder allowed`, `access-log.read ${clientId} beheerder allowed`],
      );
      // A page that shows no client still leaves its row.
      const before = (await sql<{ n: number }>`select count(*)::int as n from access_log where event_type = 'access-log.read' and client_id is null`.execute(t.store.db)).rows[0]!.n;
      await agent.get(`/beheer/toegangslog?casus=${caseId}&van=${addDays(today, 1)}`);
      const afterwards = (await sql<{ n: number }>`select count(*)::int as n from access_log where event_type = 'access-log.read' and client_id is null`.execute(t.store.db)).rows[0]!.n;
      assert.equal(afterwards, before + 1);

      // Care staff have no Toegangslog.
      const medewerker = await new Agent(t).signIn('medewerker@delinde.example');
      const refused = await medewerker.get('/beheer/toegangslog');
      assert.equal(refused.statusCode, 403);
      assert.match(refused.body, GEEN_TOEGANG);
      assert.doesNotMatch((await medewerker.get('/casussen')).body, /href="\/beheer\/toegangslog"/);
    });
  });
}

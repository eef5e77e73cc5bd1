import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { hashPassword } from '../src/auth/passwords.ts';
import { importDossier } from '../src/commands/cases/import-dossier.ts';
import { DEMO_PASSWORD } from '../src/commands/demo/seed-demo.ts';
import { execute } from '../src/commands/pipeline/execute.ts';
import { operatorContext } from '../src/commands/pipeline/machine.ts';
import { namedDossier } from '../src/domain/assessment/test-support.ts';
import { runRetentionCycle } from '../src/jobs/retention.ts';
import { findOrganisationBySlug, insertUser } from '../src/store/users.ts';
import { Agent } from './support/agent.ts';
import { FUNDER_REVIEWER, REGIEVOERDER, startTestApp, type TestApp } from './support/app.ts';
import { testDatabases } from './support/databases.ts';

// Review findings on the provider's side, over the API and the pages with the clock pinned: the
// funder's own acts are the funder's when it works here (finding 1); no case for a client born, or
// cared for, after today (finding 8).

const TODAY = '2026-12-04';
const newCase = {
  regime: 'gemeente-bijlage6',
  procedure: 'beeindiging',
  client: { name: 'R. Review', birthDate: '1950-01-01', hasRepresentative: false },
  careStarted: '2025-01-01',
};
const decision = { type: 'funder-decision', date: TODAY, outcome: 'accepted', reasons: 'Akkoord per brief.' };

for (const database of testDatabases) {
  describe(`review findings on the provider's side (${database.kind})`, () => {
    let t: TestApp;
    let staff: Agent;
    async function call(method: 'GET' | 'POST', url: string, payload?: object) {
      const response = await t.app.inject({ method, url, headers: { authorization: `Bearer ${await t.token(REGIEVOERDER)}` }, ...(payload !== undefined ? { payload } : {}) });
      return { status: response.statusCode, body: response.json() };
    }
    const open = async (extra: object = {}) => {
      const created = await call('POST', '/api/cases', { ...newCase, ...extra });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body.id as string;
    };
    before(async () => {
      t = await startTestApp(database, { today: () => TODAY });
      staff = await new Agent(t).signIn(REGIEVOERDER);
    });
    after(() => t.close());

    test('finding 1: on a case routed to a funder here, the provider cannot record its decision, hearing or question (API)', async () => {
      const caseId = await open();
      for (const entry of [decision, { type: 'wederhoor', date: TODAY, with: 'client' }, { type: 'information-request', date: TODAY, from: 'funder' }]) {
        const refused = await call('POST', `/api/cases/${caseId}/entries`, entry);
        assert.equal(refused.status, 409, entry.type);
        assert.equal(refused.body.issues[0].path, '$.type');
        assert.match(refused.body.issues[0].message, /legt de financier zelf vast|stelt de financier zelf/);
      }
      assert.equal((await call('POST', `/api/cases/${caseId}/entries`, { type: 'information-request', date: TODAY, from: 'provider' })).status, 201);
      // The final notice still waits for the funder's real decision.
      const notice = await call('POST', `/api/cases/${caseId}/entries`, { type: 'client-notice', date: TODAY, kind: 'final-notice', written: true });
      assert.equal(notice.status, 409);
      assert.equal((await call('GET', `/api/cases/${caseId}`)).body.status, 'open');
    });

    test('finding 1: a funder outside Zorgvuldig answers by letter; the provider records that decision, then the final notice', async () => {
      const caseId = await open({ funderOrganisationId: null });
      assert.equal((await call('POST', `/api/cases/${caseId}/entries`, decision)).status, 201);
      assert.equal((await call('POST', `/api/cases/${caseId}/entries`, { type: 'client-notice', date: TODAY, kind: 'final-notice', written: true })).status, 201);
      const page = await staff.get(`/casussen/${caseId}`);
      assert.match(page.body, /<option value="funder-decision">/);
    });

    test('finding 1: the page leaves the funder’s acts out of the list and refuses them on the form, keeping what was typed', async () => {
      const caseId = await open();
      const page = await staff.get(`/casussen/${caseId}`);
      assert.equal(page.statusCode, 200);
      assert.doesNotMatch(page.body, /<option value="funder-decision">|<option value="wederhoor">/);
      assert.match(page.body, /<option value="incident">/);
      await staff.get(`/casussen/${caseId}/items/nieuw?soort=funder-decision`);
      const posted = await staff.post(`/casussen/${caseId}/items`, { soort: 'funder-decision', date: TODAY, outcome: 'accepted', reasons: 'Mijn eigen akkoord' });
      assert.equal(posted.statusCode, 400);
      assert.match(posted.body, /Het besluit legt de financier zelf vast in Zorgvuldig/);
      assert.match(posted.body, /Mijn eigen akkoord/);
    });

    test('finding 15: an expired term on the case page reads as expired, not as waiting', async () => {
      const caseId = await open({ funderOrganisationId: null });
      await call('POST', `/api/cases/${caseId}/entries`, { type: 'funder-request', date: '2026-08-03', dossierAttached: true });
      assert.equal((await call('POST', `/api/cases/${caseId}/entries`, { ...decision, date: '2026-08-10', outcome: 'rejected' })).status, 201);
      const page = await staff.get(`/casussen/${caseId}`);
      const line = /<li class="zv-task"[^>]*>(?:(?!<\/li>)[\s\S])*Termijn verstreken op(?:(?!<\/li>)[\s\S])*<\/li>/.exec(page.body)?.[0] ?? '';
      assert.match(line, /Bezwaar/);
      assert.match(line, />Verstreken</);
      assert.doesNotMatch(line, />Wacht</);
    });

    test('finding 8: a birth date or care start after today is refused on the form and in the API, naming the field', async () => {
      const api = await call('POST', '/api/cases', { ...newCase, client: { ...newCase.client, birthDate: '2030-01-01' }, careStarted: '2099-01-01' });
      assert.equal(api.status, 400);
      assert.deepEqual(api.body.issues.map((i: { path: string }) => i.path).sort(), ['$.careStarted', '$.client.birthDate']);
      await staff.get('/casussen/nieuw');
      const form = await staff.post('/casussen/nieuw', { clientName: 'T. Toekomst', birthDate: '2030-01-01', hasRepresentative: 'nee', careStarted: '2099-01-01', soort: 'gemeente-bijlage6|beeindiging' });
      assert.equal(form.statusCode, 400);
      assert.match(form.body, /De geboortedatum moet in het verleden liggen/);
      assert.match(form.body, /‘Zorg gestart op’ moet in het verleden liggen/);
      assert.match(form.body, /T\. Toekomst/);
    });

    test('findings 3 and 18: the client reads which decision the funder took and what follows, the funder’s entries as the funder’s, no objection term of theirs', async () => {
      const organisationId = (await findOrganisationBySlug(t.store.db, 'de-linde'))!.id;
      const document = namedDossier('vgz-wijkverpleging', 'beeindiging', [
        { id: 'e1', type: 'incident', date: '2026-10-01', ground: 'aggression', by: 'client', description: 'Slaat.' },
        { id: 'e2', type: 'funder-request', date: '2026-11-02', dossierAttached: true },
        { id: 'e3', type: 'wederhoor', date: '2026-11-09', with: 'client' },
        { id: 'e4', type: 'funder-decision', date: '2026-11-20', outcome: 'accepted', reasons: 'Gegrond.' },
      ]);
      const { caseId } = await execute(operatorContext(t.store), importDossier, { confirmed: true, organisationId, document });
      const clientId = (await t.store.db.selectFrom('cases').select('client_id').where('id', '=', caseId).executeTakeFirstOrThrow()).client_id;
      await insertUser(t.store.db, { organisationId, email: 'review@client.example', name: 'Cliënt', role: 'client', passwordHash: await hashPassword(DEMO_PASSWORD), demo: true, clientId });
      const client = await new Agent(t).signIn('review@client.example');
      const page = (await client.get(`/mijn-dossier/${caseId}`)).body;
      assert.match(page, /VGZ heeft op 20 november 2026 ja gezegd tegen het verzoek van de zorgaanbieder\. Wat nu\? De zorgaanbieder laat u schriftelijk weten wanneer de zorg stopt/);
      assert.match(page, /Bezwaar maken tegen dat besluit kan alleen de zorgaanbieder/);
      assert.doesNotMatch(page, /Bezwaar tegen de beslissing van VGZ/);
      const recorded = (id: string) => new RegExp(`Item ${id} · vastgelegd door ([^<]+?) op`).exec(page)?.[1];
      assert.deepEqual([recorded('e1'), recorded('e3'), recorded('e4')], ['de zorgaanbieder', 'VGZ', 'VGZ']);
    });

    test('findings 21 and 22: pages speak Dutch — an unknown entry type, an imported file’s fields, the dashboard’s CSV, a failed sign-in — and a refusal links back', async () => {
      const caseId = await open();
      const cookie = [...staff.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const unknown = await t.app.inject({ method: 'GET', url: `/casussen/${caseId}/items/nieuw?soort=request`, headers: { cookie, host: 'localhost', referer: `http://localhost/casussen/${caseId}` } });
      assert.equal(unknown.statusCode, 400);
      assert.doesNotMatch(unknown.body, /incident, warning/);
      assert.match(unknown.body, /kies een soort item uit de lijst/);
      assert.match(unknown.body, new RegExp(`href="/casussen/${caseId}">Terug naar de vorige pagina`));

      await staff.get('/casussen/importeren');
      const file = { format: 'zorgvuldig.dossier/1', ...newCase, client: { ...newCase.client, birthDate: '2030-01-01' }, entries: [{ id: 'e1', type: 'incident', date: '2099-01-01', ground: 'aggression', by: 'client', description: 'x' }] };
      const imported = await staff.upload('/casussen/importeren', 'dossier', { name: 'd.json', text: JSON.stringify(file) });
      assert.equal(imported.statusCode, 400);
      assert.match(imported.body, /Geboortedatum: De waarde moet in het verleden liggen/);
      assert.match(imported.body, /Item 1, datum:/);
      assert.doesNotMatch(imported.body, /Veld |client\.birthDate|veld date/);

      const funder = await new Agent(t).signIn(FUNDER_REVIEWER);
      const csv = (await funder.get('/dashboard.csv')).body;
      assert.match(csv, /^Regime,Cijfer,Waarvan,Waarde\n/);
      assert.doesNotMatch(csv, /withinAWeek|measure/);

      const signIn = new Agent(t);
      await signIn.get('/inloggen');
      const failed = await signIn.post('/inloggen', { email: 'niemand@delinde.example', password: 'fout-wachtwoord' });
      assert.match(failed.body, /Inloggen is niet gelukt/);
      assert.doesNotMatch(failed.body, /er is niets opgeslagen/);
    });

    test('finding 23: the entry forms ask what the case’s protocol and client make meaningful', async () => {
      const groningen = await open({ regime: 'groningen-wmo' });
      const warning = (await staff.get(`/casussen/${groningen}/items/nieuw?soort=warning`)).body;
      assert.doesNotMatch(warning, /value="suspension"/);
      assert.match(warning, /<option value="termination" selected>Beëindiging<\/option>/);
      assert.doesNotMatch(warning, /name="sharedWithRepresentative"/);
      assert.doesNotMatch((await staff.get(`/casussen/${groningen}/items/nieuw?soort=weighing`)).body, /name="dependenceAssessedWithGp"/);
      const vgz = await open({ regime: 'vgz-wijkverpleging', client: { ...newCase.client, hasRepresentative: true } });
      assert.match((await staff.get(`/casussen/${vgz}/items/nieuw?soort=weighing`)).body, /name="dependenceAssessedWithGp"/);
      const vgzWarning = (await staff.get(`/casussen/${vgz}/items/nieuw?soort=warning`)).body;
      assert.match(vgzWarning, /name="sharedWithRepresentative"/);
      assert.match(vgzWarning, /<option value="suspension">Opschorting<\/option>/);
    });

    // Last: the retention job destroys files in this database.
    test('finding 17, decision 0031: a Zvw (VGZ) file is kept 20 years (WGBO), a Wmo file 15 (seed 004 §3), a Jeugdwet file 20 (art. 7.3.8): the page says so and the job keeps to it', async () => {
      const wmo = await open({ careLaw: 'wmo' });
      const youth = await open({ careLaw: 'jeugdwet' });
      const zvw = await open({ regime: 'vgz-wijkverpleging' });
      assert.deepEqual((await call('POST', '/api/cases', { ...newCase, regime: 'groningen-wmo', careLaw: 'jeugdwet' })).body.issues, [
        { path: '$.careLaw', message: 'hoort alleen bij een casus onder Bijlage 6; laat dit veld weg' },
      ]);
      for (const caseId of [wmo, youth, zvw]) assert.equal((await call('POST', `/api/cases/${caseId}/entries`, { type: 'transfer', date: TODAY, to: 'Zorg Verder' })).status, 201);
      assert.match((await staff.get(`/casussen/${zvw}/clienttoegang`)).body, /20 jaar na de laatste wijziging bewaard en daarna vernietigd \(de WGBO \(Burgerlijk Wetboek, artikel 7:454 lid 3\)\)/);
      assert.match((await staff.get(`/casussen/${wmo}/clienttoegang`)).body, /15 jaar na de laatste wijziging/);
      assert.match((await staff.get(`/casussen/${youth}/clienttoegang`)).body, /20 jaar na de laatste wijziging bewaard en daarna vernietigd \(de Jeugdwet, artikel 7\.3\.8\)/);
      const exists = async (id: string) => (await t.store.db.selectFrom('cases').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
      await runRetentionCycle({ store: t.store, now: () => new Date('2041-12-05T12:00:00+01:00') });
      assert.deepEqual([await exists(wmo), await exists(youth), await exists(zvw)], [false, true, true]);
      await runRetentionCycle({ store: t.store, now: () => new Date('2046-12-05T12:00:00+01:00') });
      assert.deepEqual([await exists(youth), await exists(zvw)], [false, false]);
    });
  });
}

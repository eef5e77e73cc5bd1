import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importDossier } from '../src/commands/cases/import-dossier.ts';
import { approveLetter } from '../src/commands/letters/approve-letter.ts';
import { draftLetter } from '../src/commands/letters/draft-letter.ts';
import { execute } from '../src/commands/pipeline/execute.ts';
import { operatorContext } from '../src/commands/pipeline/machine.ts';
import { Agent } from './support/agent.ts';
import { MEDEWERKER, REGIEVOERDER, startTestApp, type TestApp } from './support/app.ts';
import { testDatabases } from './support/databases.ts';
import { example } from './support/examples.ts';

// The particulars letters print, changed after the start (decision 0025): a client's address and
// salutation (the regievoerder's, on a case), the organisation's phone number and complaints contact
// (its beheerder's). Bad input: 400 naming the JSON path in the API, the message beside the field on
// the page, and nothing changes. Letters drafted afterwards use the new particulars; an approved
// letter stays as it was approved.

const BEHEERDER = 'beheerder@delinde.example';
const source = example('bijlage6-beeindiging-jeugd');
// Without a representative, so the letters go to the client.
const { representative: _representative, ...client } = { ...source.client, hasRepresentative: false, name: 'B. (Bram) Adres' };
const warning = { kind: 'warning', date: '2026-11-20', params: { requiredChange: 'Rustig blijven', improveBy: '2026-12-18', consequence: 'termination', incidents: ['e1'] } };

for (const database of testDatabases) {
  describe(`changing the particulars letters print (${database.kind})`, () => {
    let t: TestApp;
    let caseId: string;
    let approvedId: string;
    const ops = () => ({ ...operatorContext(t.store), now: () => new Date('2026-12-04T12:00:00+01:00') });
    const api = async (email: string, method: 'GET' | 'PUT', url: string, payload?: unknown) =>
      t.app.inject({ method, url, headers: { authorization: `Bearer ${await t.token(email)}` }, ...(payload !== undefined ? { payload: payload as object } : {}) });
    const draft = async () => (await execute(ops(), draftLetter, { caseId, body: warning })).letter;
    const stored = async () => t.store.db.selectFrom('clients').innerJoin('cases', 'cases.client_id', 'clients.id').select(['address', 'salutation']).where('cases.id', '=', caseId).executeTakeFirstOrThrow();

    before(async () => {
      t = await startTestApp(database);
      const organisationId = (await t.store.db.selectFrom('organisations').select('id').where('slug', '=', 'de-linde').executeTakeFirstOrThrow()).id;
      ({ caseId } = await execute(ops(), importDossier, { organisationId, document: { ...source, client } }));
      const letter = await execute(ops(), draftLetter, { caseId, body: warning });
      await execute(ops(), approveLetter, { caseId, letterId: letter.id });
      approvedId = letter.id;
    });
    after(() => t.close());

    test("the client's address and salutation: the regievoerder's; bad input names its path and changes nothing", async () => {
      assert.equal((await api(MEDEWERKER, 'PUT', `/api/cases/${caseId}/client`, { address: 'Elders 1, 1000 AA Amsterdam' })).statusCode, 403);
      const bad = await api(REGIEVOERDER, 'PUT', `/api/cases/${caseId}/client`, { address: 'x'.repeat(301), salutation: 'Beste Bram,', phone: '1' });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(
        (bad.json() as { issues: { path: string }[] }).issues.map((i) => i.path).sort(),
        ['$.address', '$.phone', '$.salutation'],
      );
      assert.deepEqual(await stored(), { address: source.client.address, salutation: null });
      const ok = await api(REGIEVOERDER, 'PUT', `/api/cases/${caseId}/client`, { address: 'Nieuwe Weg 2, 8021 AB Zwolle', salutation: 'Beste Bram' });
      assert.equal(ok.statusCode, 200);
      assert.deepEqual(ok.json(), { address: 'Nieuwe Weg 2, 8021 AB Zwolle', salutation: 'Beste Bram' });
      const logged = await t.store.db.selectFrom('access_log').select('outcome').where('event_type', '=', 'client.update').orderBy('seq').execute();
      assert.deepEqual(logged.map((r) => r.outcome), ['denied', 'allowed'], "the medewerker's refusal, then the change; the refused input left none");
    });

    test('on the page: the message beside the field, then saved', async () => {
      const agent = await new Agent(t).signIn(REGIEVOERDER);
      assert.match((await agent.get(`/casussen/${caseId}`)).body, new RegExp(`href="/casussen/${caseId}/adres"`));
      const form = await agent.get(`/casussen/${caseId}/adres`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /value="Nieuwe Weg 2, 8021 AB Zwolle"/);
      const bad = await agent.post(`/casussen/${caseId}/adres`, { address: 'Nieuwe Weg 2, 8021 AB Zwolle', salutation: 'Hoi Bram,' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /id="veld-salutation-fout"[^>]*>[^<]*[Aa]anhef/);
      assert.equal((await stored()).salutation, 'Beste Bram');
      assert.equal((await agent.post(`/casussen/${caseId}/adres`, { address: 'Nieuwe Weg 2, 8021 AB Zwolle', salutation: 'Geachte heer Adres' })).statusCode, 303);
      assert.equal((await stored()).salutation, 'Geachte heer Adres');
      const medewerker = await new Agent(t).signIn(MEDEWERKER);
      assert.doesNotMatch((await medewerker.get(`/casussen/${caseId}`)).body, /\/adres"/);
      assert.equal((await medewerker.get(`/casussen/${caseId}/adres`)).statusCode, 403);
    });

    test("the organisation's phone number and complaints contact: its beheerder's, on the page and in the API", async () => {
      assert.equal((await api(REGIEVOERDER, 'PUT', '/api/organisation/contact', { phone: '050 000 00 00' })).statusCode, 403);
      const bad = await api(BEHEERDER, 'PUT', '/api/organisation/contact', { phone: 'bel maar', complaintsContact: 'x'.repeat(301) });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual((bad.json() as { issues: { path: string }[] }).issues.map((i) => i.path), ['$.phone', '$.complaintsContact']);
      const before = (await api(BEHEERDER, 'GET', '/api/organisation/contact')).json();
      assert.equal(before.phone, '050 123 45 67');
      const agent = await new Agent(t).signIn(BEHEERDER);
      assert.equal((await agent.get('/beheer/organisatie')).statusCode, 200);
      const page = await agent.post('/beheer/organisatie', { phone: 'bel ons', complaintsContact: 'mevrouw De Vries' });
      assert.equal(page.statusCode, 400);
      assert.match(page.body, /id="veld-phone-fout"[^>]*>[^<]*[Tt]elefoonnummer/);
      assert.equal((await api(BEHEERDER, 'GET', '/api/organisation/contact')).json().phone, '050 123 45 67', 'nothing changed');
      const saved = await agent.post('/beheer/organisatie', { phone: '050 987 65 43', complaintsContact: 'mevrouw De Vries, klachtenfunctionaris: bel 050 987 65 44' });
      assert.equal(saved.statusCode, 303);
      assert.deepEqual((await api(BEHEERDER, 'GET', '/api/organisation/contact')).json(), { phone: '050 987 65 43', complaintsContact: 'mevrouw De Vries, klachtenfunctionaris: bel 050 987 65 44' });
    });

    test('a letter drafted now uses the new particulars; the approved one stays as it was', async () => {
      const now = JSON.stringify(await draft());
      for (const expected of ['Nieuwe Weg 2, 8021 AB Zwolle', 'Geachte heer Adres', '050 987 65 43', 'mevrouw De Vries']) assert.ok(now.includes(expected), expected);
      const approved = await t.store.db.selectFrom('letters').select('content').where('id', '=', approvedId).executeTakeFirstOrThrow();
      const then = JSON.stringify(approved.content);
      assert.ok(then.includes(source.client.address as string));
      for (const changed of ['Nieuwe Weg 2', 'Geachte heer Adres', '050 987 65 43', 'mevrouw De Vries']) assert.ok(!then.includes(changed), changed);
    });
  });
}

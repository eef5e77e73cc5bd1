import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { Secret, TOTP } from 'otpauth';
import { importDossier } from '../src/commands/cases/import-dossier.ts';
import { transferDossier } from '../src/commands/cases/transfer-dossier.ts';
import { execute } from '../src/commands/pipeline/execute.ts';
import { operatorContext } from '../src/commands/pipeline/machine.ts';
import type { DossierDocument } from '../src/domain/dossier/types.ts';
import { Agent } from './support/agent.ts';
import { REGIEVOERDER, startTestApp, type TestApp } from './support/app.ts';
import { testDatabases } from './support/databases.ts';

// The client's own file over HTTP (decision 0020): the regievoerder invites the client and a
// representative; each follows the link, sets a password and enrols a second factor; they read
// their file without what was withheld, download their copy, see who looked, ask for a correction
// that the provider answers with a correcting entry. A client sees nothing of another client.

const PASSWORD = 'kraanvogel-lantaarn-zeef-pannenkoek';
const WITHHELD_NOTE = 'Melding van de buurvrouw over wat zij zag';

const dossier = (name: string): DossierDocument => ({
  format: 'zorgvuldig.dossier/1',
  regime: 'onl-wmo',
  procedure: 'beeindiging',
  client: { name, birthDate: '1950-05-05', hasRepresentative: true },
  careStarted: '2025-01-06',
  entries: [
    { id: 'e1', type: 'warning', date: '2026-10-01', description: 'Schelden tegen de medewerker', written: true, consequence: 'termination', note: 'Eerste waarschuwing' },
    { id: 'e2', type: 'incident', date: '2026-10-10', ground: 'aggression', description: 'Een incident', by: 'client', note: WITHHELD_NOTE },
  ],
});

/** Follows an invitation link to a signed-in session: password, then enrolling TOTP with the secret the page shows. */
async function acceptInvitation(t: TestApp, url: string, address: string): Promise<Agent> {
  const agent = new Agent(t);
  const path = new URL(url).pathname;
  assert.equal((await agent.get(path)).statusCode, 200);
  const set = await agent.post(path, { password: PASSWORD, repeat: PASSWORD }, agent.csrf, address);
  assert.equal(set.headers.location, '/inloggen/tweede-factor', set.body.slice(0, 300));
  const page = await agent.get('/inloggen/tweede-factor');
  const secret = (/class="utrecht-code zv-secret">([A-Z2-7 ]+)</.exec(page.body)?.[1] ?? '').replace(/ /g, '');
  const code = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate();
  const enrolled = await agent.post('/inloggen/tweede-factor', { code }, agent.csrf, address);
  assert.equal(enrolled.statusCode, 200, enrolled.body.slice(0, 300));
  return agent;
}

for (const database of testDatabases) {
  describe(`the client's own file (${database.kind})`, () => {
    let t: TestApp;
    let caseId: string;
    let otherCaseId: string;
    let staff: Agent;
    before(async () => {
      t = await startTestApp(database);
      const organisationId = (await t.store.db.selectFrom('organisations').select('id').where('slug', '=', 'de-linde').executeTakeFirstOrThrow()).id;
      caseId = (await execute(operatorContext(t.store), importDossier, { organisationId, document: dossier('J. Jansen') })).caseId;
      otherCaseId = (await execute(operatorContext(t.store), importDossier, { organisationId, document: dossier('K. Anders') })).caseId;
      staff = await new Agent(t).signIn(REGIEVOERDER);
    });
    after(() => t.close());

    const invite = async (fields: Record<string, string>) => {
      await staff.get(`/casussen/${caseId}/clienttoegang`);
      const response = await staff.post(`/casussen/${caseId}/clienttoegang`, fields);
      assert.equal(response.statusCode, 200, response.body.slice(0, 500));
      return /(https?:\/\/[^<\s]+\/uitnodiging\/[A-Za-z0-9_-]+)/.exec(response.body)?.[1] as string;
    };
    const rows = async (userId: string) =>
      (await sql<{ event_type: string; relation: string; user_role: string; user_name: string; client_id: string | null }>`
        select event_type, relation, user_role, user_name, client_id::text from access_log where user_id = ${userId} order by seq`.execute(t.store.db)).rows;

    let client: Agent;
    let representative: Agent;

    test('the regievoerder invites the client and a representative from the case; each signs in with a second factor and lands on Mijn dossier', async () => {
      const casePage = await staff.get(`/casussen/${caseId}`);
      assert.match(casePage.body, /href="\/casussen\/[^"]+\/clienttoegang"/);
      const missingGround = await staff.post(`/casussen/${caseId}/clienttoegang`, { holder: 'representative', name: 'P. Jansen', email: 'p@jansen.example', ground: '' });
      assert.equal(missingGround.statusCode, 400);
      // The page says what is missing in words, never by its JSON path (issue 12).
      assert.match(missingGround.body, /verplicht voor een vertegenwoordiger/i);
      assert.doesNotMatch(missingGround.body, /\$\.ground/);
      client = await acceptInvitation(t, await invite({ holder: 'client', name: 'J. Jansen', email: 'j@jansen.example', ground: '' }), '198.51.100.7');
      representative = await acceptInvitation(t, await invite({ holder: 'representative', name: 'P. Jansen', email: 'p@jansen.example', ground: 'curator' }), '198.51.100.8');
      const home = await client.get('/');
      assert.equal(home.headers.location, '/mijn-dossier');
      const list = await client.get('/mijn-dossier');
      assert.equal(list.headers.location, `/mijn-dossier/${caseId}`);
      const page = await client.get(`/mijn-dossier/${caseId}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /De zorgaanbieder wil de zorg stoppen\./);
      assert.match(page.body, /Eerste waarschuwing/);
      assert.match(page.body, /Niet tevreden\?/);
      // The objection to the funder's decision is the provider's, not the client's (review finding 3).
      assert.match(page.body, /Bezwaar maken tegen dat besluit kan alleen de zorgaanbieder, niet u zelf/);
      assert.doesNotMatch(page.body, /binnen 6 weken/);
    });

    test('a withheld entry: the client and the representative see that something was withheld and why, not what; the copy leaves it out', async () => {
      await staff.get(`/casussen/${caseId}/clienttoegang`);
      const withheld = await staff.post(`/casussen/${caseId}/afschermen`, { entryId: 'e2', reason: 'domestic-violence' });
      assert.equal(withheld.statusCode, 303);
      const again = await staff.post(`/casussen/${caseId}/afschermen`, { entryId: 'e2', reason: 'privacy-other' });
      assert.equal(again.statusCode, 409);
      for (const agent of [client, representative]) {
        const page = await agent.get(`/mijn-dossier/${caseId}`);
        assert.doesNotMatch(page.body, new RegExp(WITHHELD_NOTE));
        assert.doesNotMatch(page.body, /item-e2/);
        assert.match(page.body, /Eén onderdeel van uw dossier kunt u niet zien/);
        assert.match(page.body, /huiselijk geweld/);
      }
      const copy = await client.get(`/mijn-dossier/${caseId}/kopie`);
      assert.equal(copy.statusCode, 200);
      assert.equal(copy.headers['content-type'], 'application/pdf');
      assert.equal(copy.rawPayload.subarray(0, 5).toString(), '%PDF-');
      // The staff still read everything, the withheld entry included.
      assert.match((await staff.get(`/casussen/${caseId}`)).body, new RegExp(WITHHELD_NOTE));
      // The withholding cannot be undone or changed behind the page's back.
      await assert.rejects(sql`delete from withheld_entries`.execute(t.store.db), /append-only/);
    });

    test('who looked: the regievoerder’s reads, newest first, filtered by period; reading it is itself logged, the representative’s on the client’s behalf', async () => {
      const page = await representative.get(`/mijn-dossier/${caseId}/inzage`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Jeroen|Regievoerder/);
      assert.match(page.body, /Zorggroep De Linde/);
      const future = await representative.get(`/mijn-dossier/${caseId}/inzage?van=2999-01-01&tot=`);
      assert.match(future.body, /0 keer in deze periode/);
      assert.equal((await representative.get(`/mijn-dossier/${caseId}/inzage?van=2026-13-01`)).statusCode, 400);
      const representativeId = (await t.store.db.selectFrom('users').select('id').where('email', '=', 'p@jansen.example').executeTakeFirstOrThrow()).id;
      const logged = (await rows(representativeId)).filter((r) => r.event_type === 'access-log.read-own');
      assert.equal(logged.length, 3 - 1, 'the refused period is not a read');
      const clientId = (await t.store.db.selectFrom('cases').select('client_id').where('id', '=', caseId).executeTakeFirstOrThrow()).client_id;
      for (const row of logged) {
        assert.deepEqual([row.relation, row.user_role, row.user_name, row.client_id], ['representative', 'representative', 'wettelijk vertegenwoordiger', clientId]);
      }
    });

    test('a correction request becomes the provider’s task; it is granted only with a correcting entry, the original kept, and the answer reaches the client', async () => {
      await client.get(`/mijn-dossier/${caseId}`);
      const withheldTarget = await client.post(`/mijn-dossier/${caseId}/verzoeken`, { kind: 'correction', entryId: 'e2', text: 'Klopt niet' });
      assert.equal(withheldTarget.statusCode, 400);
      const sent = await client.post(`/mijn-dossier/${caseId}/verzoeken`, { kind: 'correction', entryId: 'e1', text: 'Ik heb niet gescholden.' });
      assert.equal(sent.headers.location, `/mijn-dossier/${caseId}?verzonden=ja`);
      const tasks = await staff.get('/clientverzoeken');
      assert.match(tasks.body, /Ik heb niet gescholden\./);
      const requestId = /data-request="([0-9a-f-]{36})"/.exec(tasks.body)?.[1] as string;
      const early = await staff.post(`/casussen/${caseId}/clientverzoeken/${requestId}`, { outcome: 'granted', answer: 'Aangepast.' });
      assert.equal(early.statusCode, 409);
      await staff.get(`/casussen/${caseId}/items/nieuw?soort=warning`);
      const corrected = await staff.post(`/casussen/${caseId}/items`, {
        soort: 'warning',
        date: '2026-10-01',
        description: 'Verheven stem tegen de medewerker',
        written: 'ja',
        consequence: 'termination',
        corrects: 'e1',
      });
      assert.equal(corrected.statusCode, 303, corrected.body.slice(0, 800));
      await staff.get('/clientverzoeken');
      const answered = await staff.post(`/casussen/${caseId}/clientverzoeken/${requestId}`, { outcome: 'granted', answer: 'We hebben het verbeterd.' });
      assert.equal(answered.statusCode, 303);
      const page = await client.get(`/mijn-dossier/${caseId}`);
      assert.match(page.body, /Toegekend<\/strong>: We hebben het verbeterd\./);
      assert.match(page.body, /Verheven stem/);
      assert.match(page.body, /Schelden tegen de medewerker/, 'the original stays');
    });

    test('consent before transfer: refused without a written consent naming the provider, and after its withdrawal; each refusal logged with its reason', async () => {
      const transferRows = async () =>
        (await sql<{ outcome: string; reason: string | null }>`select outcome, reason from access_log where case_id = ${otherCaseId} and event_type = 'case.transfer' order by seq`.execute(t.store.db)).rows;
      await staff.get(`/casussen/${otherCaseId}/clienttoegang`);
      const none = await staff.post(`/casussen/${otherCaseId}/overdragen`, { recipient: 'Zorg Verder' });
      assert.equal(none.statusCode, 409);
      assert.match(none.body, /geen toestemming/);
      await staff.get(`/casussen/${otherCaseId}/items/nieuw?soort=consent`);
      const oral = await staff.post(`/casussen/${otherCaseId}/items`, { soort: 'consent', date: '2026-11-01', recipient: 'Zorg Verder', written: 'nee' });
      assert.equal(oral.statusCode, 303, oral.body.slice(0, 500));
      await staff.get(`/casussen/${otherCaseId}/clienttoegang`);
      assert.equal((await staff.post(`/casussen/${otherCaseId}/overdragen`, { recipient: 'Zorg Verder' })).statusCode, 409);
      await staff.get(`/casussen/${otherCaseId}/items/nieuw?soort=consent`);
      await staff.post(`/casussen/${otherCaseId}/items`, { soort: 'consent', date: '2026-11-02', recipient: 'Zorg Verder', written: 'ja', corrects: 'e3' });
      // Another provider than the consent names: refused; the named one (as people write it): the dossier, with the transfer recorded.
      await assert.rejects(execute(operatorContext(t.store), transferDossier, { caseId: otherCaseId, recipient: 'Andere Zorg' }), /geen toestemming/);
      const doc = await execute(operatorContext(t.store), transferDossier, { caseId: otherCaseId, recipient: '  zorg  VERDER ' });
      assert.deepEqual(doc.entries.at(-1), { id: doc.entries.at(-1)!.id, type: 'transfer', date: doc.entries.at(-1)!.date, to: 'Zorg Verder' });
      // The client withdraws: a correction of the consent with the date; a new transfer is refused.
      await staff.get(`/casussen/${otherCaseId}/items/nieuw?soort=consent`);
      const withdrawn = await staff.post(`/casussen/${otherCaseId}/items`, { soort: 'consent', date: '2026-11-02', recipient: 'Zorg Verder', written: 'ja', withdrawn: '2026-11-20', corrects: 'e4' });
      assert.equal(withdrawn.statusCode, 303, withdrawn.body.slice(0, 500));
      await staff.get(`/casussen/${otherCaseId}/clienttoegang`);
      const after = await staff.post(`/casussen/${otherCaseId}/overdragen`, { recipient: 'Zorg Verder' });
      assert.equal(after.statusCode, 409);
      assert.match(after.body, /ingetrokken/);
      assert.deepEqual(await transferRows(), [
        { outcome: 'denied', reason: 'no-consent' },
        { outcome: 'denied', reason: 'consent-not-written' },
        { outcome: 'denied', reason: 'no-consent' },
        { outcome: 'allowed', reason: null },
        { outcome: 'denied', reason: 'consent-withdrawn' },
      ]);
    });

    test('tenancy: another client’s case, a guessed id, a staff page: nothing of another client, 404', async () => {
      for (const path of [`/mijn-dossier/${otherCaseId}`, `/mijn-dossier/${otherCaseId}/kopie`, `/mijn-dossier/${otherCaseId}/inzage`, '/mijn-dossier/00000000-0000-4000-8000-000000000000', '/mijn-dossier/niet-een-id', `/casussen/${otherCaseId}`]) {
        const response = await client.get(path);
        assert.equal(response.statusCode, 404, path);
        assert.doesNotMatch(response.body, /K\. Anders/);
      }
      const post = await client.post(`/mijn-dossier/${otherCaseId}/verzoeken`, { kind: 'destruction', text: 'weg' });
      assert.equal(post.statusCode, 404);
      // Their own case on a staff page: no access (the staff's view holds what was withheld).
      assert.equal((await client.get(`/casussen/${caseId}`)).statusCode, 403);
      assert.equal((await client.get('/casussen')).statusCode, 403);
      assert.equal((await client.get(`/casussen/${caseId}/clienttoegang`)).statusCode, 403);
    });
  });
}

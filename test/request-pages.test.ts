import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importDossier } from '../src/commands/cases/import-dossier.ts';
import { execute } from '../src/commands/pipeline/execute.ts';
import { operatorContext } from '../src/commands/pipeline/machine.ts';
import { namedDossier } from '../src/domain/assessment/test-support.ts';
import type { DossierDocument, Entry } from '../src/domain/dossier/types.ts';
import { findRegime } from '../src/domain/protocols/registry.ts';
import { decisionRule } from '../src/domain/requests/term.ts';
import { findOrganisationBySlug } from '../src/store/users.ts';
import { Agent } from './support/agent.ts';
import { REGIEVOERDER, startTestApp, type TestApp } from './support/app.ts';
import { testDatabases } from './support/databases.ts';

// The request to the funder on the pages, as a browser without JavaScript uses them (review
// findings 2, 6, 13, 14, 20, 21, 23): the submit form only where a request can go, forms that keep
// their input after a refusal with reasons in words linked to their fields, and per-regime text.

const VGZ = 'zorgadviseur@vgz.example';
const GRONINGEN = 'beoordelaar@groningen.example';
const incident: Entry = { id: 'e1', type: 'incident', date: '2026-02-02', ground: 'aggression', by: 'client', description: 'Slaat naar verpleegkundige.' };

for (const database of testDatabases) {
  describe(`the request pages (${database.kind})`, () => {
    let t: TestApp;
    const today = '2026-03-02';
    let deLinde = '';
    let provider: Agent;

    const newCase = async (doc: DossierDocument) => (await execute(operatorContext(t.store), importDossier, { confirmed: true, organisationId: deLinde, document: doc })).caseId;
    /** The request panel of a case page. */
    const panel = (page: string) => page.slice(page.indexOf('id="verzoek-kop"'), page.indexOf('</section>', page.indexOf('id="verzoek-kop"')));
    const body = async (agent: Agent, url: string) => (await agent.get(url)).body;

    /** Submits from the case page; the request's id. */
    async function submit(caseId: string, fields: Record<string, string> = {}): Promise<string> {
      await provider.get(`/casussen/${caseId}`);
      const response = await provider.post(`/casussen/${caseId}/verzoek`, { continuityProposal: 'Zorg loopt door.', overrideReason: 'Spoed.', ...fields });
      assert.equal(response.statusCode, 303, response.body);
      return /\/verzoeken\/([0-9a-f-]{36})/.exec(response.headers.location as string)![1]!;
    }

    before(async () => {
      t = await startTestApp(database, { today: () => today });
      deLinde = (await findOrganisationBySlug(t.store.db, 'de-linde'))!.id;
      provider = await new Agent(t).signIn(REGIEVOERDER);
    });
    after(() => t.close());

    test('ONL: no request panel; an imported request is said to be recorded outside Zorgvuldig; the continuity proposal is prefilled', async () => {
      const onl = await body(provider, `/casussen/${await newCase(namedDossier('onl-wmo', 'beeindiging', [incident]))}`);
      assert.doesNotMatch(onl, /Verzoek indienen/);
      assert.doesNotMatch(onl, /Nog geen verzoek ingediend/);
      const imported = await newCase(namedDossier('gemeente-bijlage6', 'beeindiging', [incident, { id: 'e2', type: 'funder-request', date: '2026-02-10', dossierAttached: true }]));
      const page = await body(provider, `/casussen/${imported}`);
      assert.doesNotMatch(page, /Nog geen verzoek ingediend/);
      assert.match(page, /buiten Zorgvuldig/);
      const proposal = await newCase(namedDossier('vgz-wijkverpleging', 'beeindiging', [incident, { id: 'e2', type: 'continuity-proposal', date: '2026-02-10', text: 'Thuiszorg Oost neemt over.' }]));
      assert.match(await body(provider, `/casussen/${proposal}`), /name="continuityProposal">Thuiszorg Oost neemt over\.<\/textarea>/);
    });

    test('an incomplete case names the requirements by their titles, not their ids', async () => {
      const caseId = await newCase(namedDossier('groningen-wmo', 'beeindiging', [incident]));
      await provider.get(`/casussen/${caseId}`);
      const refused = await provider.post(`/casussen/${caseId}/verzoek`, { continuityProposal: 'Zorg loopt door.' });
      assert.equal(refused.statusCode, 409);
      assert.doesNotMatch(refused.body, /gro-[a-z-]+/);
      assert.match(refused.body, /De checklist mist nog: /);
    });

    test('VGZ: the decision form keeps its input after a refusal, with reasons in words linked to their fields; only VGZ’s own fields; after the acceptance no 307, and no second request', async () => {
      const caseId = await newCase(namedDossier('vgz-wijkverpleging', 'beeindiging', [incident]));
      const id = await submit(caseId);
      const funder = await new Agent(t).signIn(VGZ);
      const page = await body(funder, `/verzoeken/${id}`);
      assert.doesNotMatch(page, /Doorverwezen naar de toegangsmedewerker/);
      assert.match(page, /melding aan de IGJ/);
      // The frozen dossier holds the anchors its checklist's evidence links point at.
      for (const [, anchor] of page.matchAll(/href="#(item-[^"]+)"/g)) assert.match(page, new RegExp(`id="${anchor}"`), anchor);

      const empty = await funder.post(`/verzoeken/${id}/besluit`, { outcome: '', reasons: 'Gegrond.', continuity: 'Thuiszorg Oost.' });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /<a [^>]*href="#outcome-0">Kies het besluit<\/a>/);
      assert.doesNotMatch(empty.body, /accepted, accepted-with-conditions/);
      assert.match(empty.body, /id="besluit-redenen" name="reasons">Gegrond\.<\/textarea>/);
      assert.match(empty.body, /name="continuity">Thuiszorg Oost\.<\/textarea>/);

      const question = await funder.post(`/verzoeken/${id}/vragen`, { question: '' });
      assert.match(question.body, /href="#vraag">Vul de vraag in<\/a>/);
      const hearing = await funder.post(`/verzoeken/${id}/wederhoor`, { with: 'client', heldOn: 'gisteren', summary: 'Gehoord.' });
      assert.match(hearing.body, /href="#wederhoor-datum">Vul een datum in als 4-12-2026<\/a>/);
      assert.match(hearing.body, /name="summary">Gehoord\.<\/textarea>/);

      // Wederhoor, then an acceptance (with a reason for the missing medical advice).
      assert.equal((await funder.post(`/verzoeken/${id}/wederhoor`, { with: 'client', heldOn: today, summary: 'Gehoord.' })).statusCode, 303);
      const decided = await funder.post(`/verzoeken/${id}/besluit`, { outcome: 'accepted', reasons: 'Gegrond.', continuity: 'Thuiszorg Oost.', igjPointed: 'ja', overrideReason: 'Advies volgt.' });
      assert.equal(decided.statusCode, 303, decided.body);
      const after = panel(await body(provider, `/casussen/${caseId}`));
      assert.doesNotMatch(after, /307/);
      assert.match(after, /definitieve opzegging/);
      assert.doesNotMatch(after, /id="indienen-kop"/);
    });

    test('the case’s next steps follow the request: the funder’s wederhoor awaited, an open question to answer, the objection, the wait for its decision', async () => {
      const caseId = await newCase(namedDossier('gemeente-bijlage6', 'beeindiging', [incident]));
      const id = await submit(caseId);
      const steps = (page: string) => page.slice(page.indexOf('id="taken-kop"'), page.indexOf('</section>', page.indexOf('id="taken-kop"')));
      let page = steps(await body(provider, `/casussen/${caseId}`));
      assert.match(page, /voor wederhoor/);
      assert.doesNotMatch(page, /soort=wederhoor/);
      const funder = await new Agent(t).signIn(GRONINGEN);
      await funder.get(`/verzoeken/${id}`);
      assert.equal((await funder.post(`/verzoeken/${id}/vragen`, { question: 'Is de huisarts ingelicht?' })).statusCode, 303);
      page = steps(await body(provider, `/casussen/${caseId}`));
      assert.match(page, new RegExp(`href="/verzoeken/${id}#vraag-[0-9a-f-]+">Beantwoord de vraag van Gemeente Groningen; de beslistermijn staat stil sinds 3 maart 2026`));
      assert.doesNotMatch(page, /Wacht op het besluit/);
      const request = await body(provider, `/verzoeken/${id}`);
      assert.match(request, /de termijn staat stil sinds 3 maart \(vraag open\)/);
      const qid = /id="vraag-([0-9a-f-]+)"/.exec(request)![1]!;
      // 'Taken' leads straight to the question and its answer form, not to the case.
      const tasks = await body(provider, '/taken');
      assert.match(tasks, new RegExp(`<h2[^>]*>Beantwoord de vraag van Gemeente Groningen[^<]*</h2>\\s*<p[^>]*>[^<]*<a class="utrecht-link utrecht-link--html-a" href="/verzoeken/${id}#vraag-${qid}">`));
      assert.equal((await provider.post(`/verzoeken/${id}/vragen/${qid}/antwoord`, { answer: 'Ja, op 1 maart.' })).statusCode, 303);
      const dossier = await body(provider, `/casussen/${caseId}`);
      assert.match(dossier, /Ja, op 1 maart\./);
      assert.doesNotMatch(dossier, /Gecorrigeerd/);
      assert.equal((await funder.post(`/verzoeken/${id}/wederhoor`, { with: 'client', heldOn: today, summary: 'Gehoord.' })).statusCode, 303);
      assert.equal((await funder.post(`/verzoeken/${id}/besluit`, { outcome: 'rejected', reasons: 'Onvoldoende geprobeerd.' })).statusCode, 303);
      page = await body(provider, `/casussen/${caseId}`);
      assert.match(panel(page), new RegExp(`href="/verzoeken/${id}#bezwaar-kop">Bezwaar maken`));
      assert.match(steps(page), /Maak bezwaar tegen het besluit van Gemeente Groningen/);
      await provider.get(`/verzoeken/${id}`);
      assert.equal((await provider.post(`/verzoeken/${id}/bezwaar`, { reasons: 'Alle middelen zijn ingezet.' })).statusCode, 303);
      page = await body(provider, `/casussen/${caseId}`);
      assert.match(steps(page), /Wacht op het besluit van Gemeente Groningen op het bezwaar/);
      assert.doesNotMatch(page, /id="indienen-kop"/);
    });

    test('an unknown request says the request does not exist, not the case', async () => {
      const unknown = '00000000-0000-4000-8000-00000000abcd';
      for (const url of [`/verzoeken/${unknown}`, '/verzoeken/geen-id', `/verzoeken/${unknown}/verzoek.pdf`, `/verzoeken/${unknown}/besluit.pdf`]) {
        const response = await provider.get(url);
        assert.equal(response.statusCode, 404, url);
        assert.match(response.body, /Dit verzoek bestaat niet/, url);
        assert.doesNotMatch(response.body, /Deze casus/, url);
      }
      await provider.get('/casussen');
      const withdraw = await provider.post(`/verzoeken/${unknown}/intrekken`, { reason: 'x' });
      assert.equal(withdraw.statusCode, 404);
      assert.match(withdraw.body, /Dit verzoek bestaat niet/);
    });

    test('the decision term that stands still for a question says so on the deadline overview, its API and the case page, until the answer', async () => {
      const caseId = await newCase(namedDossier('groningen-wmo', 'beeindiging', [incident]));
      const id = await submit(caseId);
      const decisionType = decisionRule(findRegime('groningen-wmo')!, 'beeindiging')!.id;
      const ofCase = (page: string) => page.split('<tr').filter((r) => r.includes(`href="/casussen/${caseId}"`)).join('');
      const note = 'Staat stil: vraag van Gemeente Groningen op 2 maart 2026, wacht op antwoord.';
      // Before a question the term runs.
      assert.doesNotMatch(ofCase(await body(provider, `/termijnen?type=${decisionType}`)), /Staat stil/);

      const funder = await new Agent(t).signIn(GRONINGEN);
      await funder.get(`/verzoeken/${id}`);
      assert.equal((await funder.post(`/verzoeken/${id}/vragen`, { question: 'Is de huisarts ingelicht?' })).statusCode, 303);
      const row = ofCase(await body(provider, `/termijnen?type=${decisionType}`));
      assert.ok(row.includes(note), row);
      assert.match(row, />Staat stil<\/span>/);
      // The overview over the API says it too, to the provider and to the funder that owes the decision (which has no page of deadlines).
      for (const who of [REGIEVOERDER, GRONINGEN]) {
        const api = await t.app.inject({ method: 'GET', url: `/api/deadlines?type=${decisionType}&limit=100`, headers: { authorization: `Bearer ${await t.token(who)}` } });
        const deadline = (api.json().deadlines as { caseId: string; standstill: unknown }[]).find((d) => d.caseId === caseId);
        assert.deepEqual(deadline?.standstill, { funder: 'Gemeente Groningen', askedOn: '2026-03-02', text: note }, who);
      }
      const casePage = await body(provider, `/casussen/${caseId}`);
      const deadlines = casePage.slice(casePage.indexOf('id="termijnen"'));
      assert.ok(deadlines.includes(note), deadlines);

      // Answered: the term runs again, and nothing says it stands still.
      const qid = /id="vraag-([0-9a-f-]+)"/.exec(await body(provider, `/verzoeken/${id}`))![1]!;
      assert.equal((await provider.post(`/verzoeken/${id}/vragen/${qid}/antwoord`, { answer: 'Ja.' })).statusCode, 303);
      assert.doesNotMatch(ofCase(await body(provider, `/termijnen?type=${decisionType}`)), /Staat stil/);
      assert.doesNotMatch(await body(provider, `/casussen/${caseId}`), /Staat stil/);
    });

    test('Groningen: the decision form refers to the toegangsmedewerker and has no IGJ or PGB; the inbox refuses an unknown state in Dutch', async () => {
      const caseId = await newCase(namedDossier('groningen-wmo', 'beeindiging', [incident]));
      const id = await submit(caseId);
      const funder = await new Agent(t).signIn(GRONINGEN);
      const page = await body(funder, `/verzoeken/${id}`);
      assert.match(page, /Doorverwezen naar de toegangsmedewerker/);
      assert.doesNotMatch(page, /melding aan de IGJ|aanbod PGB gedaan/);
      const inbox = await body(funder, '/verzoeken');
      assert.match(inbox, /<option value="groningen-wmo"/);
      assert.doesNotMatch(inbox, /<option value="vgz-wijkverpleging"/);
      const wrong = await funder.get('/verzoeken?state=x');
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /Ingediend, Informatie gevraagd/);
      assert.doesNotMatch(wrong.body, /submitted/);
    });
  });
}

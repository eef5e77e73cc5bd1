import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { hashPassword } from '../../auth/passwords.ts';
import { DEMO_PASSWORD } from '../../commands/demo/seed-demo.ts';
import { importDossier } from '../../commands/cases/import-dossier.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { operatorContext } from '../../commands/pipeline/machine.ts';
import { namedDossier } from '../../domain/assessment/test-support.ts';
import type { DossierDocument, Entry } from '../../domain/dossier/types.ts';
import { findOrganisationBySlug, insertOrganisation, insertUser } from '../../store/users.ts';
import { FUNDER_REVIEWER, MEDEWERKER, REGIEVOERDER, startTestApp, type TestApp } from '../../../test/support/app.ts';
import { testDatabases } from '../../../test/support/databases.ts';

// The request to the funder over the API: every refused sequence and every tenancy boundary of
// issue 11, with the clock pinned so the terms (weeks) can be walked through.

const GRONINGEN = 'beoordelaar@groningen.example';
const MEDICAL_ADVISER = 'medisch.adviseur@vgz.example';
const OTHER_REGIEVOERDER = 'regievoerder@anderezorg.example';
const CLIENT = 'client@delinde.example';
const BEHEERDER = 'beheerder@delinde.example';

const incident: Entry = { id: 'e1', type: 'incident', date: '2026-02-02', ground: 'aggression', by: 'client', description: 'Slaat naar verpleegkundige.' };

for (const database of testDatabases) {
  describe(`the request to the funder over the API (${database.kind})`, () => {
    let t: TestApp;
    let today = '2026-03-02';
    const org = new Map<string, string>();

    async function call(email: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) {
      const response = await t.app.inject({ method, url, headers: { authorization: `Bearer ${await t.token(email)}` }, ...(payload !== undefined ? { payload: payload as object } : {}) });
      return { status: response.statusCode, body: response.body.length > 0 && response.headers['content-type']?.toString().includes('json') ? response.json() : response.body, raw: response.rawPayload };
    }

    async function newCase(doc: DossierDocument, organisation = org.get('de-linde')!): Promise<string> {
      return (await execute(operatorContext(t.store), importDossier, { confirmed: true, organisationId: organisation, document: doc })).caseId;
    }

    const submit = (caseId: string, body: Record<string, unknown> = {}, who = REGIEVOERDER) =>
      call(who, 'POST', `/api/cases/${caseId}/requests`, { continuityProposal: 'Zorg loopt door tot overdracht.', overrideReason: 'Spoed: agressie.', ...body });

    before(async () => {
      t = await startTestApp(database, { today: () => today });
      for (const slug of ['de-linde', 'gemeente-groningen', 'vgz']) org.set(slug, (await findOrganisationBySlug(t.store.db, slug))!.id);
      const other = await insertOrganisation(t.store.db, { slug: 'andere-zorg', name: 'Andere Zorg', kind: 'provider', address: null });
      org.set('andere-zorg', other);
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      await insertUser(t.store.db, { organisationId: other, email: OTHER_REGIEVOERDER, name: 'Andere Regie', role: 'regievoerder', passwordHash, demo: true });
      // A client's account belongs to a client (migration 0012): one of De Linde's demo clients.
      const client = await t.store.db.selectFrom('clients').select('id').where('organisation_id', '=', org.get('de-linde')!).orderBy('id').executeTakeFirstOrThrow();
      await insertUser(t.store.db, { organisationId: org.get('de-linde')!, email: CLIENT, name: 'Cliënt Zelf', role: 'client', passwordHash, demo: true, clientId: client.id });
    });
    after(() => t.close());

    test('VGZ: submit, a question that stops the clock, wederhoor, medical advice, the checklist, the decision and its letter', async () => {
      today = '2026-03-02';
      const caseId = await newCase(namedDossier('vgz-wijkverpleging', 'beeindiging', [incident]));
      // Not allowed by the assessment: only with a recorded reason.
      const refused = await submit(caseId, { overrideReason: undefined });
      assert.equal(refused.status, 409);
      assert.equal(refused.body.issues[0].path, '$.overrideReason');
      // The requirements by their titles, never the rule ids.
      assert.doesNotMatch(refused.body.issues[0].message, /vgz-/);
      assert.match(refused.body.issues[0].message, /^De checklist mist nog: .*Vul die aan, of geef een reden om toch in te dienen\.$/);
      // Only the regievoerder submits.
      assert.equal((await submit(caseId, {}, MEDEWERKER)).status, 403);

      const submitted = await submit(caseId, { funderOrganisationId: org.get('vgz'), noOtherProvider: true });
      assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
      const id = submitted.body.id as string;
      assert.deepEqual([submitted.body.state, submitted.body.decisionDeadline, submitted.body.deadlineExplanation], ['submitted', '2026-03-23', '3 weken na 2 maart = 23 maart']);
      assert.equal(submitted.body.overrideReason, 'Spoed: agressie.');
      // A second request while this one awaits a decision.
      assert.equal((await submit(caseId)).status, 409);

      // The funder receives the frozen copy and the PDF with its hash; nothing added later reaches it.
      const pdf = await call(FUNDER_REVIEWER, 'GET', `/api/requests/${id}/request.pdf`);
      assert.equal(pdf.status, 200);
      assert.equal(createHash('sha256').update(pdf.raw).digest('hex'), submitted.body.requestSha256);
      assert.equal((await call(REGIEVOERDER, 'POST', `/api/cases/${caseId}/entries`, { type: 'gp-informed', date: '2026-03-02' })).status, 201);
      const read = await call(FUNDER_REVIEWER, 'GET', `/api/requests/${id}`);
      assert.equal(read.status, 200);
      assert.deepEqual(read.body.frozen.document.entries.map((e: Entry) => e.type), ['incident', 'funder-request']);
      assert.equal(read.body.frozen.assessment.regime, 'vgz-wijkverpleging');
      // …and never the live dossier.
      assert.equal((await call(FUNDER_REVIEWER, 'GET', `/api/cases/${caseId}`)).status, 403);

      // A question on 10 March stops the clock until the answer on 17 March.
      today = '2026-03-10';
      const asked = await call(FUNDER_REVIEWER, 'POST', `/api/requests/${id}/questions`, { question: 'Is de huisarts geïnformeerd?' });
      assert.equal(asked.status, 201);
      // The provider sees the open question (its task) in its case's request; the funder cannot answer it.
      const open = await call(REGIEVOERDER, 'GET', `/api/requests/${id}`);
      assert.deepEqual([open.body.state, open.body.questions[0].answer, open.body.suspended], ['information-requested', null, true]);
      assert.equal((await call(FUNDER_REVIEWER, 'POST', `/api/requests/${id}/questions/${asked.body.questionId}/answer`, { answer: 'Ja.' })).status, 403);
      // …and a task on 'Taken'; answering in the request completes it.
      const tasks = async () => ((await call(REGIEVOERDER, 'GET', '/api/tasks?state=open')).body.tasks as { caseId: string; kind: string }[]).filter((x) => x.caseId === caseId);
      assert.deepEqual((await tasks()).map((x) => x.kind), ['funder.question']);
      // No decision while a question is open.
      const early = await call(FUNDER_REVIEWER, 'POST', `/api/requests/${id}/decision`, { outcome: 'accepted', reasons: 'x', overrideReason: 'y' });
      assert.equal(early.status, 409);
      assert.match(early.body.issues[0].message, /vraag aan de aanbieder open/);
      today = '2026-03-17';
      assert.equal((await call(REGIEVOERDER, 'POST', `/api/requests/${id}/questions/${asked.body.questionId}/answer`, { answer: 'Ja, op 3 maart.' })).status, 204);
      assert.equal((await call(REGIEVOERDER, 'POST', `/api/requests/${id}/questions/${asked.body.questionId}/answer`, { answer: 'Nogmaals.' })).status, 409);
      assert.deepEqual(await tasks(), []);
      const after = await call(FUNDER_REVIEWER, 'GET', `/api/requests/${id}`);
      assert.deepEqual([after.body.state, after.body.decisionDeadline], ['under-review', '2026-03-30']);
      assert.equal(after.body.deadlineExplanation, '3 weken na 2 maart = 23 maart; vraag op 10 maart, antwoord op 17 maart, 7 dagen opgeschort: nieuwe termijn 30 maart');
      assert.equal(after.body.suspension.onQuestion, true);
      assert.match(after.body.suspension.basis, /Awb art\. 4:15/);
      // The answer is an entry of its own with its text (append-only: the question is not corrected).
      const live = await call(REGIEVOERDER, 'GET', `/api/cases/${caseId}`);
      assert.ok(JSON.stringify(live.body).includes('"answered":"2026-03-17"'));
      assert.ok(JSON.stringify(live.body).includes('Ja, op 3 maart.'));
      assert.ok(!JSON.stringify(live.body).includes('"corrects"'));

      // Wederhoor by the beoordelaar; the judgment by the medisch adviseur, and by no one else.
      assert.equal((await call(FUNDER_REVIEWER, 'POST', `/api/requests/${id}/hearings`, { with: 'client', heldOn: '2026-03-18', summary: 'x' })).status, 400);
      assert.equal((await call(FUNDER_REVIEWER, 'POST', `/api/requests/${id}/hearings`, { with: 'client', heldOn: '2026-03-01', summary: 'Vooraf.' })).status, 409);
      assert.equal((await call(FUNDER_REVIEWER, 'POST', `/api/requests/${id}/hearings`, { with: 'client', heldOn: '2026-03-16', summary: 'Cliënt erkent de incidenten.' })).status, 201);
      assert.equal((await call(FUNDER_REVIEWER, 'POST', `/api/requests/${id}/medical-advice`, { wellFounded: true, reasoning: 'x' })).status, 403);
      assert.equal((await call(MEDICAL_ADVISER, 'POST', `/api/requests/${id}/decision`, { outcome: 'accepted', reasons: 'x' })).status, 403);
      assert.equal((await call(MEDICAL_ADVISER, 'POST', `/api/requests/${id}/medical-advice`, { wellFounded: true, reasoning: 'Onveilig voor personeel; reden gegrond.' })).status, 201);

      // The checklist: IGJ pointer, PGB offer (no other provider was found) and continuity are missing.
      const decision = { outcome: 'accepted', reasons: 'Reden gegrond.', continuity: 'Geen andere aanbieder; PGB-aanbod.' };
      const unmet = await call(FUNDER_REVIEWER, 'POST', `/api/requests/${id}/decision`, decision);
      assert.equal(unmet.status, 409);
      assert.deepEqual(unmet.body.issues.map((i: { message: string }) => i.message.split(':')[0]), ['Wijzen op de melding aan de IGJ', 'Aanbod PGB']);
      // Objection before any decision.
      assert.equal((await call(REGIEVOERDER, 'POST', `/api/requests/${id}/objection`, { reasons: 'x' })).status, 409);
      const decided = await call(FUNDER_REVIEWER, 'POST', `/api/requests/${id}/decision`, { ...decision, igjPointed: true, pgbOffered: true });
      assert.equal(decided.status, 201, JSON.stringify(decided.body));
      // Six weeks after 17 March, counted under the Atw.
      assert.equal(decided.body.objectionDeadline, '2026-04-28');
      const final = await call(REGIEVOERDER, 'GET', `/api/requests/${id}`);
      assert.equal(final.body.state, 'decided');
      const letter = await call(REGIEVOERDER, 'GET', `/api/requests/${id}/decision.pdf`);
      assert.equal(createHash('sha256').update(letter.raw).digest('hex'), final.body.decision.sha256);
      assert.equal(final.body.checklist.length, 7);
      // A second decision.
      assert.equal((await call(FUNDER_REVIEWER, 'POST', `/api/requests/${id}/decision`, { ...decision, igjPointed: true, pgbOffered: true })).status, 409);
      // The decision is in the provider's case at once.
      assert.equal((await call(REGIEVOERDER, 'GET', `/api/cases/${caseId}`)).body.status, 'besloten');
    });

    test('tenancy: another funder, another provider, a client, a provider without a contract; lists hold only one’s own', async () => {
      today = '2026-03-02';
      const caseId = await newCase(namedDossier('vgz-wijkverpleging', 'beeindiging', [incident]));
      const { body } = await submit(caseId, { funderOrganisationId: org.get('vgz') });
      const id = body.id as string;
      for (const [who, status] of [
        [GRONINGEN, 404],
        [OTHER_REGIEVOERDER, 404],
        // A client's account relates to their own file only (decision 0020): someone else's request does not exist for them.
        [CLIENT, 404],
        [MEDEWERKER, 200],
        [MEDICAL_ADVISER, 200],
      ] as const) {
        assert.equal((await call(who, 'GET', `/api/requests/${id}`)).status, status, who);
        assert.equal((await call(who, 'GET', `/api/requests/${id}/request.pdf`)).status, status, `${who} pdf`);
      }
      assert.equal((await call(GRONINGEN, 'POST', `/api/requests/${id}/questions`, { question: 'x' })).status, 404);
      assert.equal((await call(OTHER_REGIEVOERDER, 'POST', `/api/requests/${id}/objection`, { reasons: 'x' })).status, 404);
      const listed = async (who: string) => ((await call(who, 'GET', '/api/requests')).body.requests as { id: string }[]).map((r) => r.id);
      assert.ok((await listed(FUNDER_REVIEWER)).includes(id));
      assert.ok((await listed(REGIEVOERDER)).includes(id));
      assert.ok(!(await listed(GRONINGEN)).includes(id));
      assert.deepEqual(await listed(OTHER_REGIEVOERDER), []);
      assert.equal((await call(CLIENT, 'GET', '/api/requests')).status, 403);
      // A funder of the wrong kind, and one without a contract for the regime.
      const other = await newCase(namedDossier('vgz-wijkverpleging', 'beeindiging', [incident]));
      assert.equal((await submit(other, { funderOrganisationId: org.get('gemeente-groningen') })).status, 409);
      const contract = { organisationId: org.get('vgz'), regime: 'vgz-wijkverpleging' };
      assert.equal((await call(BEHEERDER, 'DELETE', '/api/funder-contracts', contract)).status, 204);
      const noContract = await submit(other, { funderOrganisationId: org.get('vgz') });
      assert.deepEqual([noContract.status, noContract.body.issues[0].path], [409, '$.funderOrganisationId']);
      assert.equal((await call(REGIEVOERDER, 'POST', '/api/funder-contracts', contract)).status, 403);
      assert.equal((await call(BEHEERDER, 'POST', '/api/funder-contracts', contract)).status, 201);
      assert.equal((await submit(other, { funderOrganisationId: org.get('vgz') })).status, 201);
      // Another provider without any contract.
      const theirs = await newCase(namedDossier('vgz-wijkverpleging', 'beeindiging', [incident]), org.get('andere-zorg'));
      assert.equal((await submit(theirs, { funderOrganisationId: org.get('vgz') }, OTHER_REGIEVOERDER)).status, 409);
      // Every access of the funder is in the provider's log with purpose 'funder-review'.
      const rows = await t.store.db.selectFrom('access_log').select(['purpose', 'outcome']).where('event_type', '=', 'request.read').where('case_id', '=', caseId).where('organisation_id', '=', org.get('de-linde')!).execute();
      assert.ok(rows.some((r) => r.purpose === 'funder-review' && r.outcome === 'allowed'));
    });

    test('an unknown request id is answered as a request that does not exist, on every request route, to the provider and the funder alike', async () => {
      const unknown = '00000000-0000-4000-8000-00000000abcd';
      const routes: [string, 'GET' | 'POST', string, unknown?][] = [
        [REGIEVOERDER, 'GET', `/api/requests/${unknown}`],
        [REGIEVOERDER, 'GET', `/api/requests/${unknown}/request.pdf`],
        [REGIEVOERDER, 'GET', `/api/requests/${unknown}/decision.pdf`],
        [REGIEVOERDER, 'GET', `/api/requests/${unknown}/objection-decision.pdf`],
        [REGIEVOERDER, 'POST', `/api/requests/${unknown}/withdraw`, { reason: 'x' }],
        [REGIEVOERDER, 'POST', `/api/requests/${unknown}/objection`, { reasons: 'x' }],
        [REGIEVOERDER, 'POST', `/api/requests/${unknown}/questions/${unknown}/answer`, { answer: 'x' }],
        [FUNDER_REVIEWER, 'GET', `/api/requests/${unknown}`],
        [FUNDER_REVIEWER, 'POST', `/api/requests/${unknown}/questions`, { question: 'x' }],
        [FUNDER_REVIEWER, 'POST', `/api/requests/${unknown}/hearings`, { with: 'client', heldOn: '2026-03-02', summary: 'x' }],
        [FUNDER_REVIEWER, 'POST', `/api/requests/${unknown}/decision`, { outcome: 'rejected', reasons: 'x' }],
        [MEDICAL_ADVISER, 'POST', `/api/requests/${unknown}/medical-advice`, { wellFounded: true, reasoning: 'x' }],
      ];
      for (const [who, method, url, payload] of routes) {
        const response = await call(who, method, url, payload);
        assert.equal(response.status, 404, `${method} ${url}: ${JSON.stringify(response.body)}`);
        assert.equal(response.body.message, 'Dit verzoek bestaat niet.', `${method} ${url}`);
      }
    });

    test('Bijlage 6: a rejection keeps care going; no 307 or final notice before an acceptance; an objection within its term, decided once', async () => {
      today = '2026-03-02';
      const caseId = await newCase(namedDossier('gemeente-bijlage6', 'beeindiging', [incident]));
      const { body } = await submit(caseId, { funderOrganisationId: org.get('gemeente-groningen') });
      const id = body.id as string;
      assert.equal(body.decisionDeadline, '2026-03-23');
      today = '2026-03-05';
      assert.equal((await call(GRONINGEN, 'POST', `/api/requests/${id}/hearings`, { with: 'representative', heldOn: '2026-03-04', summary: 'Vertegenwoordiger gehoord.' })).status, 201);
      const rejected = await call(GRONINGEN, 'POST', `/api/requests/${id}/decision`, { outcome: 'rejected', reasons: 'Onvoldoende geprobeerd.' });
      assert.equal(rejected.status, 201, JSON.stringify(rejected.body));
      assert.equal(rejected.body.objectionDeadline, '2026-04-16');
      // Care continues: no final notice, no 307.
      const notice = await call(REGIEVOERDER, 'POST', `/api/cases/${caseId}/entries`, { type: 'client-notice', date: '2026-03-03', kind: 'final-notice', written: true });
      assert.equal(notice.status, 409);
      assert.match(notice.body.issues[0].message, /pas na een akkoord van de financier/);
      const stop = await call(REGIEVOERDER, 'POST', `/api/cases/${caseId}/stop-message?date=2026-03-03&id=SK-1`);
      assert.equal(stop.status, 409);
      assert.equal((await call(REGIEVOERDER, 'GET', `/api/cases/${caseId}`)).body.status, 'besloten');
      // An objection after its six weeks is refused; within them it goes to the funder.
      today = '2026-04-17';
      const late = await call(REGIEVOERDER, 'POST', `/api/requests/${id}/objection`, { reasons: 'Te laat.' });
      assert.equal(late.status, 409);
      assert.match(late.body.issues[0].message, /bezwaartermijn is verstreken/);
      today = '2026-04-16';
      assert.equal((await call(MEDEWERKER, 'POST', `/api/requests/${id}/objection`, { reasons: 'x' })).status, 403);
      assert.equal((await call(REGIEVOERDER, 'POST', `/api/requests/${id}/objection`, { reasons: 'Alle middelen zijn ingezet.' })).status, 201);
      assert.equal((await call(REGIEVOERDER, 'POST', `/api/requests/${id}/objection`, { reasons: 'Nog eens.' })).status, 409);
      // No new request while the funder decides on the objection (001 §6.4).
      const duringObjection = await submit(caseId, { funderOrganisationId: org.get('gemeente-groningen') });
      assert.equal(duringObjection.status, 409);
      assert.match(duringObjection.body.issues[0].message, /bezwaar/);
      const onObjection = await call(GRONINGEN, 'POST', `/api/requests/${id}/decision`, { outcome: 'accepted', reasons: 'Bezwaar gegrond.', continuity: 'Zorggroep Oost neemt over.' });
      assert.equal(onObjection.status, 201);
      assert.equal((await call(REGIEVOERDER, 'GET', `/api/requests/${id}`)).body.state, 'closed');
      assert.equal((await call(GRONINGEN, 'POST', `/api/requests/${id}/decision`, { outcome: 'rejected', reasons: 'x' })).status, 409);
      assert.equal((await call(REGIEVOERDER, 'GET', `/api/requests/${id}/objection-decision.pdf`)).status, 200);
      // Accepted on objection: no second request.
      assert.match((await submit(caseId, { funderOrganisationId: org.get('gemeente-groningen') })).body.issues[0].message, /al akkoord/);
      // Accepted on objection: now the final notice may go.
      assert.equal((await call(REGIEVOERDER, 'POST', `/api/cases/${caseId}/entries`, { type: 'client-notice', date: '2026-04-16', kind: 'final-notice', written: true })).status, 201);
    });

    test('withdraw: the regievoerder withdraws an undecided request with a reason; the refused sequences change nothing; then it may be submitted again', async () => {
      today = '2026-03-02';
      const caseId = await newCase(namedDossier('gemeente-bijlage6', 'weigering', [incident]));
      const { body } = await submit(caseId, { funderOrganisationId: org.get('gemeente-groningen') });
      const id = body.id as string;
      const withdraw = (who: string, payload: unknown, requestId = id) => call(who, 'POST', `/api/requests/${requestId}/withdraw`, payload);
      const state = async () => (await call(REGIEVOERDER, 'GET', `/api/requests/${id}`)).body.state as string;
      // A question is open: its task goes with the withdrawal.
      today = '2026-03-03';
      assert.equal((await call(GRONINGEN, 'POST', `/api/requests/${id}/questions`, { question: 'Is er wederhoor geweest?' })).status, 201);

      // Refused, and nothing changes: an empty reason (400 naming the field), the funder (403), another provider's user (404), the medewerker (403).
      for (const payload of [{ reason: '   ' }, {}]) {
        const empty = await withdraw(REGIEVOERDER, payload);
        assert.equal(empty.status, 400, JSON.stringify(empty.body));
        assert.equal(empty.body.issues[0].path, '$.reason');
      }
      assert.equal((await withdraw(GRONINGEN, { reason: 'x' })).status, 403);
      assert.equal((await withdraw(OTHER_REGIEVOERDER, { reason: 'x' })).status, 404);
      assert.equal((await withdraw(MEDEWERKER, { reason: 'x' })).status, 403);
      assert.equal((await withdraw(REGIEVOERDER, { reason: 'x' }, '00000000-0000-4000-8000-000000000000')).status, 404);
      assert.equal(await state(), 'information-requested');

      today = '2026-03-20';
      const done = await withdraw(REGIEVOERDER, { reason: 'De cliënt gaat zelf naar een andere aanbieder.' });
      assert.equal(done.status, 204, JSON.stringify(done.body));
      const read = await call(GRONINGEN, 'GET', `/api/requests/${id}`);
      assert.deepEqual([read.body.state, read.body.withdrawal], ['withdrawn', { on: '2026-03-20', reason: 'De cliënt gaat zelf naar een andere aanbieder.' }]);
      // Twice, and every later step, is refused.
      const twice = await withdraw(REGIEVOERDER, { reason: 'Nogmaals.' });
      assert.equal(twice.status, 409);
      assert.match(twice.body.issues[0].message, /nog niet is besloten kan worden ingetrokken/);
      assert.equal((await call(GRONINGEN, 'POST', `/api/requests/${id}/decision`, { outcome: 'accepted', reasons: 'x', overrideReason: 'y' })).status, 409);
      assert.equal((await call(GRONINGEN, 'POST', `/api/requests/${id}/questions`, { question: 'x' })).status, 409);
      // The funder's inbox: withdrawn, and its passed deadline is not overdue; the question's task is done.
      const overdue = (await call(GRONINGEN, 'GET', '/api/requests?overdue=true')).body.requests as { id: string }[];
      assert.ok(!overdue.some((r) => r.id === id));
      const listed = (await call(GRONINGEN, 'GET', '/api/requests?state=withdrawn')).body.requests as { id: string; withdrawal: unknown }[];
      assert.ok(listed.some((r) => r.id === id && r.withdrawal !== null));
      const tasks = ((await call(REGIEVOERDER, 'GET', '/api/tasks?state=open')).body.tasks as { caseId: string }[]).filter((x) => x.caseId === caseId);
      assert.deepEqual(tasks, []);
      const rows = await t.store.db.selectFrom('access_log').select(['outcome']).where('event_type', '=', 'request.withdraw').where('case_id', '=', caseId).execute();
      assert.ok(rows.some((r) => r.outcome === 'allowed'));

      // The dossier says so too (a correction of the request entry), so the case's own deadline for the
      // funder's decision, and the funder's reminders of it, end with the request.
      const decisionDeadline = async () =>
        ((await call(REGIEVOERDER, 'GET', `/api/cases/${caseId}/assessment`)).body.deadlines as { id: string; date: string }[]).find((d) => d.id === 'b6-deadline-refusal-decision');
      assert.equal(await decisionDeadline(), undefined);
      const live = await call(REGIEVOERDER, 'GET', `/api/cases/${caseId}`);
      assert.ok(JSON.stringify(live.body).includes('"withdrawn":"2026-03-20"'));
      assert.equal(live.body.status, 'open');

      // The provider may submit again; the term runs from the new request.
      const again = await submit(caseId, { funderOrganisationId: org.get('gemeente-groningen') });
      assert.equal(again.status, 201, JSON.stringify(again.body));
      assert.equal((await decisionDeadline())?.date, '2026-03-27');

      // After a decision: refused.
      today = '2026-03-21';
      assert.equal((await call(GRONINGEN, 'POST', `/api/requests/${again.body.id}/hearings`, { with: 'client', heldOn: '2026-03-21', summary: 'Gehoord.' })).status, 201);
      const decided = await call(GRONINGEN, 'POST', `/api/requests/${again.body.id}/decision`, { outcome: 'rejected', reasons: 'Onvoldoende onderbouwd.', overrideReason: 'Spoed.' });
      assert.equal(decided.status, 201, JSON.stringify(decided.body));
      assert.equal((await withdraw(REGIEVOERDER, { reason: 'Te laat.' }, again.body.id)).status, 409);
      assert.equal((await call(REGIEVOERDER, 'GET', `/api/requests/${again.body.id}`)).body.state, 'decided');
    });

    test('Groningen: accepted with conditions refers to the toegangsmedewerker; no objection term; the 307 closes the request', async () => {
      today = '2026-03-02';
      const caseId = await newCase(namedDossier('groningen-wmo', 'beeindiging', [incident]));
      const { body } = await submit(caseId, { funderOrganisationId: org.get('gemeente-groningen') });
      const id = body.id as string;
      assert.equal(body.decisionDeadline, '2026-03-11');
      const without = await call(GRONINGEN, 'POST', `/api/requests/${id}/decision`, { outcome: 'accepted-with-conditions', reasons: 'Akkoord.', conditions: 'Overdracht aan Zorggroep Oost.', continuity: 'Zorggroep Oost.' });
      assert.equal(without.status, 409);
      assert.match(without.body.issues[0].message, /toegangsmedewerker/);
      const decided = await call(GRONINGEN, 'POST', `/api/requests/${id}/decision`, {
        outcome: 'accepted-with-conditions',
        reasons: 'Akkoord.',
        conditions: 'Overdracht aan Zorggroep Oost.',
        continuity: 'Zorggroep Oost.',
        referredToAccess: true,
      });
      assert.equal(decided.status, 201);
      assert.equal(decided.body.objectionDeadline, null);
      assert.equal((await call(REGIEVOERDER, 'POST', `/api/requests/${id}/objection`, { reasons: 'x' })).status, 409);
      assert.equal((await call(REGIEVOERDER, 'POST', `/api/cases/${caseId}/entries`, { type: 'client-notice', date: '2026-03-02', kind: 'final-notice', written: true })).status, 201);
      // Accepted: a second request is refused, and the case page offers no form.
      const second = await submit(caseId, { funderOrganisationId: org.get('gemeente-groningen') });
      assert.equal(second.status, 409);
      assert.match(second.body.issues[0].message, /al akkoord/);
    });

    test('ONL: no funder decides, so a request is refused in a proper sentence', async () => {
      const caseId = await newCase(namedDossier('onl-wmo', 'beeindiging', [incident]));
      const refused = await submit(caseId);
      assert.equal(refused.status, 409);
      assert.match(refused.body.issues[0].message, /^Voor deze procedure vraagt het protocol geen besluit van een financier/);
    });

    test('the list by cursor: one at a time, `next` walks the same requests as one page', async () => {
      for (const who of [FUNDER_REVIEWER, GRONINGEN, REGIEVOERDER]) {
        const all = (await call(who, 'GET', '/api/requests?limit=100')).body;
        const walked: string[] = [];
        let url = '/api/requests?limit=1';
        for (;;) {
          const { status, body } = await call(who, 'GET', url);
          assert.equal(status, 200);
          walked.push(...body.requests.map((r: { id: string }) => r.id));
          if (body.next === null) break;
          url = `/api/requests?limit=1&after=${body.next}`;
        }
        assert.deepEqual(walked, all.requests.map((r: { id: string }) => r.id), who);
        assert.equal(all.total, walked.length);
      }
      const tampered = await call(REGIEVOERDER, 'GET', `/api/requests?after=${Buffer.from('[2,"2026-01-01","x","y"]').toString('base64url')}`);
      assert.equal(tampered.status, 400);
      assert.equal(tampered.body.issues[0].path, '?after');
    });
  });
}

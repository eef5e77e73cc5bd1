import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, test } from 'node:test';
import { assess } from '../../domain/assessment/assess.ts';
import { parseDossierDocument, untilToday } from '../../domain/dossier/validate.ts';
import { caseStatus } from '../../domain/dossier/status.ts';
import { currentEntries } from '../../domain/dossier/corrections.ts';
import { REGIMES } from '../../domain/dossier/types.ts';
import { findRegime } from '../../domain/protocols/registry.ts';
import { decisionTerm } from '../../domain/requests/term.ts';
import { closeRenderPool } from '../../documents/render-pool.ts';
import type { UserActor } from '../../policy/actors.ts';
import { hasContract, type FrozenCopy } from '../../store/funder-requests.ts';
import { projectionOf } from '../../store/case-projection.ts';
import { openTestStore, testDatabases } from '../../../test/support/databases.ts';
import { verifyAccessLog } from '../access-log/verify-access-log.ts';
import { exportDossier } from '../cases/export-dossier.ts';
import { listFunderRequests } from '../requests/list-requests.ts';
import { execute } from '../pipeline/execute.ts';
import { operatorContext } from '../pipeline/machine.ts';
import { writeLargeDataSet } from './large-data-set.ts';

// The large data set holds only what the application itself could have stored: every dossier reads
// back as a valid interchange document, its status and projection are what the domain makes of it,
// every chain of the access log verifies, and the same seed gives the same data. The funders' inboxes
// hold the request of each dossier with a request entry, as submitted and decided by the commands.

const TODAY = '2026-12-01';
const CASES = 120;

after(closeRenderPool);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

for (const database of testDatabases) {
  test(`large data set on ${database.kind}: valid dossiers, true projections, intact chains, every regime and procedure, deterministic`, async () => {
    const store = await openTestStore(database);
    const again = await openTestStore(database);
    try {
      const summary = await writeLargeDataSet(store, { cases: CASES, today: TODAY });
      assert.equal(summary.cases, CASES);
      const cases = await store.db.selectFrom('cases').selectAll().orderBy('id').execute();
      assert.equal(cases.length, CASES);
      assert.equal(cases.reduce((n, c) => n + c.entry_count, 0), summary.entries);

      const combinations = new Set(cases.map((c) => `${c.regime}/${c.procedure}`));
      for (const regime of REGIMES) for (const procedure of findRegime(regime)?.procedures ?? []) assert.ok(combinations.has(`${regime}/${procedure}`), `${regime}/${procedure}`);
      assert.ok(new Set(cases.map((c) => c.organisation_id)).size >= 3, 'several providers');
      assert.ok(new Set(cases.map((c) => c.funder_organisation_id)).size >= 4, 'several funders');
      // Each case has someone responsible for it: its team's regievoerder (migrations/0020).
      const regievoerders = new Set((await store.db.selectFrom('users').select('id').where('role', '=', 'regievoerder').execute()).map((u) => u.id));
      assert.ok(cases.every((c) => c.responsible_user_id !== null && regievoerders.has(c.responsible_user_id)), 'a regievoerder responsible for every case');

      const operator = { ...operatorContext(store), today: () => TODAY };
      const requests = await store.db.selectFrom('funder_requests').selectAll().execute();
      assert.equal(requests.length, summary.requests);
      assert.ok(summary.requests > 0 && summary.decidedRequests > 0 && summary.decidedRequests < summary.requests, 'open and decided requests');
      assert.equal(requests.filter((r) => r.decision !== null).length, summary.decidedRequests);
      assert.ok(requests.some((r) => r.state === 'under-review') && summary.hearings > 0, 'requests under review after a hearing');
      for (const row of cases) {
        const doc = parseDossierDocument(await execute(operator, exportDossier, row.id), untilToday(TODAY));
        assert.equal(row.status, caseStatus(doc.entries));
        const projection = projectionOf(assess(doc, TODAY));
        assert.deepEqual([row.can_submit, row.next_deadline, row.assessed_on], [projection.canSubmit, projection.nextDeadline, TODAY]);
        const deadlines = await store.db.selectFrom('case_deadlines').select(['deadline_id', 'due_date', 'met', 'team_id', 'funder_organisation_id']).where('case_id', '=', row.id).orderBy('deadline_id').orderBy('due_date').execute();
        assert.deepEqual(
          deadlines,
          projection.deadlines
            .map((d) => ({ deadline_id: d.deadline_id, due_date: d.due_date, met: d.met, team_id: row.team_id, funder_organisation_id: row.funder_organisation_id }))
            .sort((a, b) => a.deadline_id.localeCompare(b.deadline_id) || a.due_date.localeCompare(b.due_date)),
        );
        // The inbox row matches the dossier: one request where the dossier has a request the funder
        // decides on, submitted on its day, decided as its later decision entry says.
        const current = currentEntries(doc.entries);
        const at = doc.entries.findIndex((entry) => entry.type === 'funder-request' && current.includes(entry));
        const requestEntry = doc.entries[at];
        const regime = findRegime(doc.regime);
        const term = requestEntry === undefined || regime === undefined ? undefined : decisionTerm(regime, doc.procedure, requestEntry.date, [], requestEntry.date);
        const ofCase = requests.filter((r) => r.case_id === row.id);
        if (term === undefined || requestEntry?.type !== 'funder-request') {
          assert.equal(ofCase.length, 0, `no request for ${row.id}`);
          continue;
        }
        assert.equal(ofCase.length, 1, `one request for ${row.id}`);
        const request = ofCase[0] as (typeof ofCase)[number];
        assert.deepEqual(
          [request.provider_organisation_id, request.funder_organisation_id, request.client_id, request.team_id, request.regime, request.procedure],
          [row.organisation_id, row.funder_organisation_id, row.client_id, row.team_id, row.regime, row.procedure],
        );
        assert.equal(request.received_on, requestEntry.date);
        assert.equal(request.continuity_proposal, requestEntry.continuityProposal);
        assert.deepEqual([request.decision_deadline, request.deadline_explanation], [term.deadline, term.explanation]);
        const snapshot = request.snapshot as unknown as FrozenCopy;
        assert.deepEqual(snapshot.document.entries, doc.entries.slice(0, at + 1), 'the frozen copy ends with the request');
        assert.deepEqual(snapshot.assessment, assess(snapshot.document, requestEntry.date));
        assert.ok(await hasContract(store.db, request.provider_organisation_id, request.funder_organisation_id, doc.regime), 'under a contract');
        const decision = doc.entries.slice(at + 1).find((entry) => entry.type === 'funder-decision' && current.includes(entry));
        // The funder's record of each hearing whose wederhoor entry follows the request, before its decision.
        const end = decision === undefined ? undefined : doc.entries.indexOf(decision);
        const heard = doc.entries.slice(at + 1, end).filter((entry) => entry.type === 'wederhoor' && current.includes(entry));
        const hearings = await store.db.selectFrom('funder_request_hearings').select(['held_on', 'heard']).where('request_id', '=', request.id).orderBy('held_on').execute();
        assert.deepEqual(hearings, heard.map((entry) => ({ held_on: entry.date, heard: entry.type === 'wederhoor' ? entry.with : undefined })));
        if (decision?.type === 'funder-decision') {
          assert.deepEqual([request.state, request.decision, request.decided_on], ['decided', decision.outcome, decision.date]);
          assert.equal((request.decision_detail as { reasons: string }).reasons, decision.reasons);
        } else {
          assert.deepEqual([request.state, request.decision, request.decision_pdf], [heard.length > 0 ? 'under-review' : 'submitted', null, null]);
        }
        // Real PDFs, hashed from exactly the stored bytes (decision record 0024).
        assert.ok(isPdf(request.request_pdf) && sha256(request.request_pdf) === request.request_sha256, 'request PDF and hash');
        if (request.decision_pdf !== null) assert.ok(isPdf(request.decision_pdf) && sha256(request.decision_pdf) === request.decision_sha256, 'decision PDF and hash');
            }
      // Each PDF is its own row's: no two requests share one.
      assert.equal(new Set(requests.map((r) => r.request_sha256)).size, requests.length);
      assert.ok((await store.db.selectFrom('letters').select('id').execute()).length > 0, 'letters');

      const chains = await execute(operator, verifyAccessLog, {});
      assert.ok(chains.every((c) => c.broken === undefined));
      // An import and three reads per case, plus the export rows this test wrote.
      assert.equal(chains.reduce((n, c) => n + c.rows, 0), CASES * 4 + CASES);

      // A funder's beoordelaar sees its inbox through the list command: the requests addressed to it.
      const funderId = requests[0]?.funder_organisation_id as string;
      const reviewer = await store.db
        .selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
        .select(['u.id', 'u.name', 'u.role', 'u.team_id', 'o.kind'])
        .where('u.organisation_id', '=', funderId).where('u.role', '=', 'beoordelaar')
        .executeTakeFirstOrThrow();
      const actor: UserActor = { kind: 'user', userId: reviewer.id, name: reviewer.name, organisationId: funderId, organisationKind: reviewer.kind, role: reviewer.role, teamId: reviewer.team_id };
      const inbox = await execute({ ...operator, actor }, listFunderRequests, { limit: 500, offset: 0 });
      assert.deepEqual(
        inbox.requests.map((r) => r.id).sort(),
        requests.filter((r) => r.funder_organisation_id === funderId).map((r) => r.id).sort(),
      );

      await assert.rejects(writeLargeDataSet(store, { cases: 1, today: TODAY }), /niet leeg/);

      await writeLargeDataSet(again, { cases: CASES, today: TODAY });
      const fingerprint = (s: typeof store) =>
        s.db.selectFrom('entries').select(['id', 'case_id', 'seq', 'type', 'date', 'body']).orderBy('id').execute();
      assert.deepEqual(await fingerprint(again), await fingerprint(store));
      const inboxes = (s: typeof store) =>
        s.db.selectFrom('funder_requests').select(['id', 'case_id', 'state', 'decision_deadline', 'request_sha256', 'decision_sha256']).orderBy('id').execute();
      assert.deepEqual(await inboxes(again), await inboxes(store));
    } finally {
      await store.close();
      await again.close();
    }
  });
}

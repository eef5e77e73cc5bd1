import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assess } from '../../domain/assessment/assess.ts';
import { parseDossierDocument, untilToday } from '../../domain/dossier/validate.ts';
import { caseStatus } from '../../domain/dossier/status.ts';
import { REGIMES } from '../../domain/dossier/types.ts';
import { findRegime } from '../../domain/protocols/registry.ts';
import { projectionOf } from '../../store/case-projection.ts';
import { openTestStore, testDatabases } from '../../../test/support/databases.ts';
import { verifyAccessLog } from '../access-log/verify-access-log.ts';
import { exportDossier } from '../cases/export-dossier.ts';
import { execute } from '../pipeline/execute.ts';
import { operatorContext } from '../pipeline/machine.ts';
import { writeLargeDataSet } from './large-data-set.ts';

// The large data set holds only what the application itself could have stored: every dossier reads
// back as a valid interchange document, its status and projection are what the domain makes of it,
// every chain of the access log verifies, and the same seed gives the same data.

const TODAY = '2026-12-01';
const CASES = 120;

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
      }
      assert.ok((await store.db.selectFrom('letters').select('id').execute()).length > 0, 'letters');

      const chains = await execute(operator, verifyAccessLog, {});
      assert.ok(chains.every((c) => c.broken === undefined));
      // An import and three reads per case, plus the export rows this test wrote.
      assert.equal(chains.reduce((n, c) => n + c.rows, 0), CASES * 4 + CASES);

      await assert.rejects(writeLargeDataSet(store, { cases: 1, today: TODAY }), /niet leeg/);

      await writeLargeDataSet(again, { cases: CASES, today: TODAY });
      const fingerprint = (s: typeof store) =>
        s.db.selectFrom('entries').select(['id', 'case_id', 'seq', 'type', 'date', 'body']).orderBy('id').execute();
      assert.deepEqual(await fingerprint(again), await fingerprint(store));
    } finally {
      await store.close();
      await again.close();
    }
  });
}

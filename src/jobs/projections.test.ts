import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { startOfDayInAmsterdam } from '../clock.ts';
import { refreshProjections } from '../commands/cases/refresh-projections.ts';
import { writeLargeDataSet } from '../commands/demo/large-data-set.ts';
import { exportDossier } from '../commands/cases/export-dossier.ts';
import { importDossier } from '../commands/cases/import-dossier.ts';
import { execute } from '../commands/pipeline/execute.ts';
import { jobContext, operatorContext } from '../commands/pipeline/machine.ts';
import { assess } from '../domain/assessment/assess.ts';
import { projectionOf } from '../store/case-projection.ts';
import { openStore, type Store } from '../store/database.ts';
import { testDatabases } from '../../test/support/databases.ts';
import { runProjectionCycle } from './projections.ts';

// The projections stay true as time passes: with the clock moved on, the job makes every case's
// projection again as of the new day, once (a second run finds nothing to do, two stores running at
// once on PostgreSQL share the work without doing any case twice), and a change of the rules makes
// every projection stale again.

// After the last entry of the generated data set (it ends at its anchor, 2026-11-01) and of the
// example: an entry dated after today is refused.
const DAY_ONE = '2026-11-02';
// Far enough for the waiting terms (notice, retention of 15 years) to have passed: their deadlines are met by then.
const LATER = '2045-01-02';
const CASES = 40;

/** The ONL example ended by the provider: its notice term (a week) and the retention after it are waiting terms. */
const ENDED = JSON.parse(readFileSync(new URL('../../examples/onl-opzegging-wanbetaling.json', import.meta.url), 'utf8'));
ENDED.entries.push(
  { id: 'n1', type: 'notice-period', date: '2026-10-30', amount: 1, unit: 'months', problemsAndDependence: 'Matig.', stay: 'Twee jaar.', timeForAlternative: 'Vier weken.' },
  { id: 'n2', type: 'client-notice', date: '2026-10-30', kind: 'final-notice', written: true },
);

async function projections(store: Store) {
  return store.db.selectFrom('cases').select(['id', 'can_submit', 'next_deadline', 'assessed_on']).orderBy('id').execute();
}

/** The deadlines that are met, as the overview and the reminders see them. */
async function metDeadlines(store: Store): Promise<string[]> {
  const rows = await store.db.selectFrom('case_deadlines').select(['case_id', 'deadline_id']).where('met', '=', true).execute();
  return rows.map((r) => `${r.case_id}/${r.deadline_id}`).sort();
}

async function assertTrue(store: Store, today: string): Promise<void> {
  const operator = operatorContext(store);
  for (const row of await projections(store)) {
    const expected = projectionOf(assess(await execute(operator, exportDossier, row.id), today));
    assert.deepEqual([row.can_submit, row.next_deadline, row.assessed_on], [expected.canSubmit, expected.nextDeadline, today], row.id);
    const deadlines = await store.db.selectFrom('case_deadlines').select(['deadline_id', 'due_date', 'met']).where('case_id', '=', row.id).execute();
    const sort = <T extends { deadline_id: string; due_date: string }>(list: T[]) =>
      [...list].sort((a, b) => a.deadline_id.localeCompare(b.deadline_id) || a.due_date.localeCompare(b.due_date));
    assert.deepEqual(sort(deadlines), sort(expected.deadlines.map((d) => ({ deadline_id: d.deadline_id, due_date: d.due_date, met: d.met }))), row.id);
  }
}

for (const database of testDatabases) {
  test(`projection job on ${database.kind}: a moved clock makes every projection true again, once; new rules make them stale`, async () => {
    const { target, dispose } = await database.create();
    const store = await openStore(target);
    // On PostgreSQL a second store on the same database stands for a second process.
    const other = target.kind === 'postgresql' ? await openStore(target) : undefined;
    try {
      await writeLargeDataSet(store, { cases: CASES, today: DAY_ONE });
      const provider = await store.db.selectFrom('organisations').select('id').where('slug', '=', 'aanbieder-1').executeTakeFirstOrThrow();
      await execute({ ...operatorContext(store), today: () => DAY_ONE }, importDossier, { organisationId: provider.id, document: ENDED });
      // The first run records the rules' version (a new installation's first start makes everything once).
      assert.equal(await runProjectionCycle(store, startOfDayInAmsterdam(DAY_ONE)), CASES + 1);
      assert.equal(await runProjectionCycle(store, startOfDayInAmsterdam(DAY_ONE)), 0, 'nothing left to do the same day');
      const metBefore = await metDeadlines(store);

      const later = startOfDayInAmsterdam(LATER);
      const runs = await Promise.all([runProjectionCycle(store, later), ...(other ? [runProjectionCycle(other, later)] : [])]);
      assert.equal(runs.reduce((a, b) => a + b, 0), CASES + 1, `each case once: ${runs.join(' + ')}`);
      await assertTrue(store, LATER);
      const metAfter = await metDeadlines(store);
      assert.ok(
        metAfter.some((d) => !metBefore.includes(d)),
        'a waiting term has passed and its deadline is now met (else this test shows nothing)',
      );

      const changed = await execute(jobContext(store, 'projections'), refreshProjections, { today: LATER, batch: 1, rulesVersion: 'other rules' });
      assert.deepEqual(changed, { refreshed: 1, rulesChanged: true });
      assert.equal((await store.db.selectFrom('cases').select('id').where('assessed_on', 'is', null).execute()).length, CASES);
    } finally {
      await other?.close();
      await store.close();
      await dispose();
    }
  });
}

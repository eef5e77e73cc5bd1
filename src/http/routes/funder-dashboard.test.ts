import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { FUNDER_REVIEWER, REGIEVOERDER, startTestApp, type TestApp } from '../../../test/support/app.ts';
import { testDatabases } from '../../../test/support/databases.ts';
import { insertFunderRequest, type RequestRow } from '../../../test/support/funder-requests.ts';
import { todayInAmsterdam } from '../../clock.ts';
import { addDays } from '../../domain/calendar/dates.ts';

// The funder's dashboard over the API: figures over the requests addressed to the caller's own
// organisation only, as JSON and as CSV, for funder staff only, logged for funder review.

const GEMEENTE = 'beoordelaar@groningen.example';
const today = todayInAmsterdam();

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

for (const database of testDatabases) {
  describe(`the funder dashboard over the API (${database.kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
      const requests: RequestRow[] = [
        // VGZ: one open and overdue, one open later, one decided on time after 4 days, one decided late after 30.
        { regime: 'vgz-wijkverpleging', state: 'under-review', submittedAt: daysAgo(25), deadline: addDays(today, -1) },
        { regime: 'vgz-wijkverpleging', state: 'submitted', submittedAt: daysAgo(1), deadline: addDays(today, 20) },
        { regime: 'vgz-wijkverpleging', state: 'decided', submittedAt: daysAgo(40), deadline: addDays(today, -10), decidedAt: daysAgo(36), decision: 'accepted' },
        { regime: 'vgz-wijkverpleging', state: 'decided', submittedAt: daysAgo(40), deadline: addDays(today, -19), decidedAt: daysAgo(10), decision: 'rejected' },
        // The municipality's: not VGZ's to count.
        { regime: 'groningen-wmo', state: 'decided', submittedAt: daysAgo(12), deadline: addDays(today, -2), decidedAt: daysAgo(6), decision: 'accepted-with-conditions' },
      ];
      for (const r of requests) await insertFunderRequest(t.store, r);
    });
    after(() => t.close());

    async function call(email: string | null, url: string) {
      const headers: Record<string, string> = email === null ? {} : { authorization: `Bearer ${await t.token(email)}` };
      return t.app.inject({ method: 'GET', url, headers });
    }

    test('VGZ’s figures count VGZ’s requests only: open by deadline, decisions, median decision time, share within the norm', async () => {
      const response = await call(FUNDER_REVIEWER, '/api/funder/dashboard');
      assert.equal(response.statusCode, 200, response.body);
      const figures = response.json();
      assert.equal(figures.asOf, today);
      assert.deepEqual(figures.regimes.map((r: { regime: string }) => r.regime), ['vgz-wijkverpleging']);
      const [vgz] = figures.regimes;
      assert.deepEqual(vgz.open, { overdue: 1, withinAWeek: 0, later: 1, objection: 0 });
      assert.equal(vgz.decided, 2);
      assert.equal(vgz.medianDecisionDays, 17); // 4 and 30 days
      assert.deepEqual([vgz.decidedWithinNorm, vgz.shareWithinNorm], [1, 0.5]);
      const total = vgz.decisionsPerMonth.reduce((n: number, m: { total: number }) => n + m.total, 0);
      assert.equal(total, 2);

      const gemeente = (await call(GEMEENTE, '/api/funder/dashboard')).json();
      assert.deepEqual(gemeente.regimes.map((r: { regime: string; decided: number }) => [r.regime, r.decided]), [['groningen-wmo', 1]]);
    });

    test('the same figures as CSV, one line per figure', async () => {
      const response = await call(FUNDER_REVIEWER, '/api/funder/dashboard?format=csv');
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /^text\/csv/);
      const records = parse(response.body, { columns: true }) as Record<string, string>[];
      assert.deepEqual(Object.keys(records[0]!), ['regime', 'measure', 'key', 'value']);
      const value = (measure: string, key = '') => records.find((r) => r.measure === measure && r.key === key)?.value;
      assert.equal(value('share-within-norm'), '0.5');
      assert.equal(value('median-decision-days'), '17');
      assert.equal(value('open', 'overdue'), '1');
      assert.ok(records.every((r) => r.regime === 'vgz-wijkverpleging'));
    });

    test('for funder staff only, and logged for funder review in the funder’s own chain, naming no client', async () => {
      assert.equal((await call(REGIEVOERDER, '/api/funder/dashboard')).statusCode, 403);
      assert.equal((await call(null, '/api/funder/dashboard')).statusCode, 401);
      const xml = await call(FUNDER_REVIEWER, '/api/funder/dashboard?format=xml');
      assert.deepEqual([xml.statusCode, xml.json().issues[0].path], [400, '?format']);
      const rows = await t.store.db
        .selectFrom('access_log as l')
        .innerJoin('organisations as o', 'o.id', 'l.organisation_id')
        .select(['o.slug', 'l.purpose', 'l.client_id', 'l.outcome', 'l.user_role'])
        .where('l.event_type', '=', 'funder-dashboard.read')
        .execute();
      const allowed = rows.filter((r) => r.outcome === 'allowed');
      assert.ok(allowed.length >= 3);
      assert.ok(allowed.every((r) => r.purpose === 'funder-review' && r.client_id === null && ['vgz', 'gemeente-groningen'].includes(r.slug)));
      assert.deepEqual(rows.filter((r) => r.outcome === 'denied').map((r) => [r.slug, r.user_role]), [['de-linde', 'regievoerder']]);
    });
  });
}

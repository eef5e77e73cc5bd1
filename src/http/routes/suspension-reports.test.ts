import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { FUNDER_REVIEWER, MEDEWERKER, REGIEVOERDER, startTestApp, type TestApp } from '../../../test/support/app.ts';
import { testDatabases } from '../../../test/support/databases.ts';

// Suspension reports over the API: the provider's regievoerder reports a VGZ suspension, VGZ's
// zorgadviseur reads it and passes it on anonymised once, Zorginkoop (anyone at VGZ) reads only
// what was passed on. Nobody else sees anything, and every access is logged for funder review.

const example = (name: string) => JSON.parse(readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), 'utf8'));
const MEDISCH_ADVISEUR = 'medisch.adviseur@vgz.example';
const GEMEENTE = 'beoordelaar@groningen.example';
const SUMMARY = 'Mevrouw G. Smit (geboren 03-11-1941) weigert de badkamer schoon te maken; wij schorten de hulp bij het douchen op. Bel 06-12345678.';

for (const database of testDatabases) {
  describe(`suspension reports over the API (${database.kind})`, () => {
    let t: TestApp;
    let vgzCase: string;
    let groningenCase: string;
    before(async () => {
      t = await startTestApp(database);
      vgzCase = (await call(REGIEVOERDER, 'POST', '/api/import', example('vgz-opschorting'))).body.id;
      groningenCase = (await call(REGIEVOERDER, 'POST', '/api/import', example('groningen-beeindiging'))).body.id;
    });
    after(() => t.close());

    async function call(email: string, method: 'GET' | 'POST', url: string, payload?: unknown) {
      const response = await t.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${await t.token(email)}` },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
      return { status: response.statusCode, body: response.json() as Record<string, any>, text: response.body };
    }

    const reportCount = async () => Number((await sql<{ n: number }>`select count(*)::int as n from suspension_reports`.execute(t.store.db)).rows[0]!.n);

    test('bad input and the wrong case are refused, naming the field or the reason, and store nothing', async () => {
      const before = await reportCount();
      const missing = await call(REGIEVOERDER, 'POST', `/api/cases/${vgzCase}/suspension-reports`, {});
      assert.equal(missing.status, 400);
      assert.equal(missing.body.issues[0].path, '$.summary');
      const long = await call(REGIEVOERDER, 'POST', `/api/cases/${vgzCase}/suspension-reports`, { summary: 'x'.repeat(4001) });
      assert.deepEqual([long.status, long.body.issues[0].path], [400, '$.summary']);
      const wrong = await call(REGIEVOERDER, 'POST', `/api/cases/${groningenCase}/suspension-reports`, { summary: 'Agressie.' });
      assert.equal(wrong.status, 409);
      assert.match(wrong.body.issues[0].message, /alleen een opschorting onder het protocol van VGZ/);
      assert.equal((await call(MEDEWERKER, 'POST', `/api/cases/${vgzCase}/suspension-reports`, { summary: 'Agressie.' })).status, 403);
      assert.equal((await call(GEMEENTE, 'POST', `/api/cases/${vgzCase}/suspension-reports`, { summary: 'Agressie.' })).status, 404);
      assert.equal(await reportCount(), before);
    });

    test('reported, read by the zorgadviseur with what would be passed on, passed on once, then read by Zorginkoop without the client', async () => {
      const reported = await call(REGIEVOERDER, 'POST', `/api/cases/${vgzCase}/suspension-reports`, { summary: SUMMARY });
      assert.equal(reported.status, 201, reported.text);
      const id = reported.body.id as string;
      assert.equal(reported.body.content.identity.names[0], 'mevrouw G. Smit');
      assert.equal(reported.body.content.period.scope, 'de hulp bij het douchen');
      assert.equal(reported.body.passedOnAt, null);
      const vgz = await t.store.db.selectFrom('organisations').select('id').where('slug', '=', 'vgz').executeTakeFirstOrThrow();
      assert.equal(reported.body.funderOrganisationId, vgz.id);

      // The insurer's zorgadviseur: in the list, and the report with its anonymised form.
      const list = await call(FUNDER_REVIEWER, 'GET', '/api/suspension-reports');
      assert.ok(list.body.reports.some((r: { id: string }) => r.id === id));
      const read = await call(FUNDER_REVIEWER, 'GET', `/api/suspension-reports/${id}`);
      assert.equal(read.status, 200);
      assert.equal(read.body.anonymised.summary, '[naam] (geboren [geboortedatum]) weigert de badkamer schoon te maken; wij schorten de hulp bij het douchen op. Bel [telefoonnummer].');
      // Others: the municipality knows nothing of it, VGZ's medisch adviseur may not read it, the medewerker neither.
      assert.equal((await call(GEMEENTE, 'GET', `/api/suspension-reports/${id}`)).status, 404);
      assert.equal((await call(MEDISCH_ADVISEUR, 'GET', `/api/suspension-reports/${id}`)).status, 403);
      assert.equal((await call(MEDEWERKER, 'GET', `/api/suspension-reports/${id}`)).status, 403);
      assert.equal((await call(GEMEENTE, 'GET', '/api/suspension-reports')).status, 403);
      assert.equal((await call(MEDISCH_ADVISEUR, 'POST', `/api/suspension-reports/${id}/pass-on`)).status, 403);
      assert.equal((await call(REGIEVOERDER, 'POST', `/api/suspension-reports/${id}/pass-on`)).status, 403);

      // Nothing reaches Zorginkoop before it is passed on; then exactly what the zorgadviseur saw, once.
      assert.ok(!(await call(MEDISCH_ADVISEUR, 'GET', '/api/purchasing/suspension-reports')).body.reports.some((r: { id: string }) => r.id === id));
      const passed = await call(FUNDER_REVIEWER, 'POST', `/api/suspension-reports/${id}/pass-on`);
      assert.equal(passed.status, 200);
      assert.deepEqual(passed.body.anonymised, read.body.anonymised);
      const again = await call(FUNDER_REVIEWER, 'POST', `/api/suspension-reports/${id}/pass-on`);
      assert.deepEqual([again.status, again.body.issues[0].message], [409, 'deze melding is al doorgestuurd naar Zorginkoop']);

      const purchasing = await call(MEDISCH_ADVISEUR, 'GET', '/api/purchasing/suspension-reports');
      const seen = purchasing.body.reports.find((r: { id: string }) => r.id === id);
      assert.deepEqual({ ...seen, id: undefined, passedOnAt: undefined }, { ...read.body.anonymised, id: undefined, passedOnAt: undefined });
      for (const secret of ['Smit', '1941', '03-11', '12345678', vgzCase]) assert.ok(!purchasing.text.includes(secret), secret);
      assert.equal((await call(REGIEVOERDER, 'GET', '/api/purchasing/suspension-reports')).status, 403);
      assert.equal((await call(GEMEENTE, 'GET', '/api/purchasing/suspension-reports')).status, 403);

      // The provider reads back its own report, passed on.
      const own = await call(REGIEVOERDER, 'GET', `/api/suspension-reports/${id}`);
      assert.equal(typeof own.body.passedOnAt, 'string');
    });

    test('every access to a report is in the access log for funder review, in the chain of the provider that holds the data', async () => {
      const rows = await t.store.db
        .selectFrom('access_log as l')
        .innerJoin('organisations as o', 'o.id', 'l.organisation_id')
        .select(['l.event_type', 'l.purpose', 'l.outcome', 'o.slug', 'l.case_id'])
        .where('l.event_type', 'like', 'suspension-report.%')
        .execute();
      const allowed = rows.filter((r) => r.outcome === 'allowed');
      assert.deepEqual([...new Set(allowed.map((r) => r.event_type))].sort(), [
        'suspension-report.create',
        'suspension-report.list',
        'suspension-report.pass-on',
        'suspension-report.read',
        'suspension-report.read-anonymised',
      ]);
      assert.ok(allowed.every((r) => r.purpose === 'funder-review'), JSON.stringify(allowed.filter((r) => r.purpose !== 'funder-review')));
      // Rows about the client are the provider's; Zorginkoop's reading names no case, in VGZ's own chain.
      for (const r of allowed) {
        if (r.event_type === 'suspension-report.read-anonymised') assert.deepEqual([r.slug, r.case_id], ['vgz', null]);
        else assert.deepEqual([r.slug, r.case_id], ['de-linde', vgzCase]);
      }
    });

    test('the database keeps what was reported: no change, no second passing on, no removal', async () => {
      const [row] = await t.store.db.selectFrom('suspension_reports').select(['id']).limit(1).execute();
      await assert.rejects(sql`update suspension_reports set content = '{}'::jsonb where id = ${row!.id}`.execute(t.store.db), /passed on is immutable|does not change/);
      await assert.rejects(t.store.db.deleteFrom('suspension_reports').where('id', '=', row!.id).execute(), /DELETE is not allowed/);
    });
  });
}

import { example as exampleOf, exampleBeforeRequest } from './support/examples.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { verifyAccessLog } from '../src/commands/access-log/verify-access-log.ts';
import { appendEntry } from '../src/commands/cases/append-entry.ts';
import { importDossier } from '../src/commands/cases/import-dossier.ts';
import { openCase } from '../src/commands/cases/open-case.ts';
import { recordRetentionException } from '../src/commands/clients/record-retention-exception.ts';
import { withholdEntry } from '../src/commands/clients/withhold-entry.ts';
import { approveLetter } from '../src/commands/letters/approve-letter.ts';
import { askQuestion } from '../src/commands/requests/ask-question.ts';
import { submitRequest } from '../src/commands/requests/submit-request.ts';
import { draftLetter } from '../src/commands/letters/draft-letter.ts';
import { makeClientRequest } from '../src/commands/own-file/make-client-request.ts';
import { readOwnFile } from '../src/commands/own-file/read-own-file.ts';
import type { CommandContext } from '../src/commands/pipeline/context.ts';
import { execute } from '../src/commands/pipeline/execute.ts';
import { operatorContext } from '../src/commands/pipeline/machine.ts';
import { runRetentionCycle } from '../src/jobs/retention.ts';
import type { SuspensionReportContent } from '../src/domain/suspension-report/report.ts';
import { insertSuspensionReport } from '../src/store/suspension-reports.ts';
import { ACTOR_COLUMNS, insertUser, toActor } from '../src/store/users.ts';
import { startTestApp, type TestApp } from './support/app.ts';
import { testDatabases } from './support/databases.ts';

// Retention and destruction (decision 0023) with a moved clock: a file is kept 15 years after its
// case ended under the Wmo, 20 under the Jeugdwet or when the law of a Bijlage 6 case is not known
// (decision 0031), a destruction request is carried out within three months unless an exception is
// recorded (which the client is told), and destruction leaves no personal data, a record of itself,
// and an access log whose chains still verify, its rows naming the client by a pseudonym only.

const example = exampleOf('bijlage6-beeindiging-jeugd');
// The file the client asks to destroy has a request of its own to the municipality (submitted below).
const submittable = exampleBeforeRequest('bijlage6-beeindiging-jeugd');
const withoutAllocation = ({ allocation: _allocation, ...rest }: typeof example) => rest;
const at = (iso: string) => () => new Date(`${iso}T12:00:00+01:00`);

for (const database of testDatabases) {
  describe(`retention and destruction with a moved clock (${database.kind})`, () => {
    let t: TestApp;
    let organisationId: string;
    const cases: Record<'ended' | 'requested' | 'held' | 'wmo' | 'unknown', { caseId: string; clientId: string; name: string }> = {} as never;

    before(async () => {
      t = await startTestApp(database);
      organisationId = (await t.store.db.selectFrom('organisations').select('id').where('slug', '=', 'de-linde').executeTakeFirstOrThrow()).id;
      const ops = operatorContext(t.store);
      for (const key of ['ended', 'requested', 'held'] as const) {
        const name = `Vernietig ${key} Hoogeveen`;
        const { caseId } = await execute(ops, importDossier, { organisationId, document: { ...(key === 'requested' ? submittable : example), client: { ...example.client, name } } });
        const clientId = (await t.store.db.selectFrom('cases').select('client_id').where('id', '=', caseId).executeTakeFirstOrThrow()).client_id;
        cases[key] = { caseId, clientId, name };
      }
      // Two more Bijlage 6 files: one opened as Wmo care, one imported without its allocation (its law unknown).
      const { entries: _entries, format: _format, ...opening } = withoutAllocation(example);
      const wmo = await execute(ops, openCase, { organisationId, body: { ...opening, client: { ...example.client, name: 'Vernietig wmo Hoogeveen' }, careLaw: 'wmo' } });
      const unknown = await execute(ops, importDossier, { organisationId, document: { ...withoutAllocation(example), client: { ...example.client, name: 'Vernietig unknown Hoogeveen' } } });
      for (const [key, caseId] of [['wmo', wmo.caseId], ['unknown', unknown.caseId]] as const) {
        const clientId = (await t.store.db.selectFrom('cases').select('client_id').where('id', '=', caseId).executeTakeFirstOrThrow()).client_id;
        cases[key] = { caseId, clientId, name: `Vernietig ${key} Hoogeveen` };
      }
      // These cases ended on 2026-11-30: transferred to another provider with the client's consent.
      for (const key of ['ended', 'wmo', 'unknown'] as const) {
        await execute(ops, appendEntry, { caseId: cases[key].caseId, entry: { type: 'transfer', date: '2026-11-30', to: 'Zorg Verder' } });
      }
      // A suspension report about two of them (migration 0015 guards it; 0016 lets a destruction through).
      const funderOrganisationId = (await t.store.db.selectFrom('organisations').select('id').where('slug', '=', 'vgz').executeTakeFirstOrThrow()).id;
      for (const key of ['requested', 'held'] as const) {
        const content = { regime: 'vgz-wijkverpleging', providerName: 'De Linde', summary: `${cases[key].name} weigert de zorg.` } as unknown as SuspensionReportContent;
        await insertSuspensionReport(t.store.db, { caseId: cases[key].caseId, organisationId, funderOrganisationId, content, reportedBy: null, reportedAt: new Date('2026-11-20T10:00:00Z') });
      }
    });
    after(() => t.close());

    /** The client's own account, acting at a moment of the test's choosing. */
    async function clientContext(key: 'requested' | 'held', now: () => Date): Promise<CommandContext> {
      const email = `${key}@client.example`;
      const existing = await t.store.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
      const id = existing?.id ?? (await insertUser(t.store.db, { organisationId, email, name: cases[key].name, role: 'client', passwordHash: null, clientId: cases[key].clientId }));
      const row = await t.store.db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id').select(ACTOR_COLUMNS).where('u.id', '=', id).executeTakeFirstOrThrow();
      return { store: t.store, actor: toActor(row), origin: '198.51.100.9', now };
    }

    test('requests and exceptions: the client asks, the provider records a legal hold on one file, and the client is told', async () => {
      const ops = { ...operatorContext(t.store), now: at('2026-12-04') };
      // The requested file has a sent letter, a withheld entry and a session of the client's: all of it goes.
      const letter = await execute(ops, draftLetter, {
        caseId: cases.requested.caseId,
        body: { kind: 'warning', date: '2026-11-20', params: { requiredChange: 'Rustig blijven', improveBy: '2026-12-18', consequence: 'termination', incidents: ['e1'] } },
      });
      await execute(ops, approveLetter, { caseId: cases.requested.caseId, letterId: letter.id });
      await execute(ops, withholdEntry, { caseId: cases.requested.caseId, entryId: 'e5', reason: 'privacy-other' });
      // And a request to the municipality with a question: the funder's frozen copy goes too.
      const { id: requestId } = await execute(ops, submitRequest, { caseId: cases.requested.caseId, body: { continuityProposal: 'Zorg loopt door.', overrideReason: 'Test.' } });
      await execute(ops, askQuestion, { requestId, body: { question: 'Wanneer?' } });
      for (const key of ['requested', 'held'] as const) {
        const made = await execute(await clientContext(key, at('2026-12-04')), makeClientRequest, { caseId: cases[key].caseId, kind: 'destruction', text: 'Graag alles weg.' });
        assert.equal(made.dueOn, '2027-03-04');
      }
      await execute(ops, recordRetentionException, { caseId: cases.held.caseId, kind: 'legal-hold', reason: 'Rechtszaak over de beëindiging loopt.' });
      const told = await execute(await clientContext('held', at('2026-12-05')), readOwnFile, cases.held.caseId);
      assert.deepEqual(told.exceptions, ['legal-hold']);
    });

    const destroyed = async () => new Set((await t.store.db.selectFrom('destructions').select('case_id').execute()).map((r) => r.case_id));

    test('nothing is destroyed before its time; a request on its due date, an ended file 15 years on under the Wmo, 20 under the Jeugdwet; once, however many processes run the job', async () => {
      // The demo data's ended cases reach their terms too: only these cases are looked at here.
      const gone = async (key: keyof typeof cases) => (await destroyed()).has(cases[key].caseId);
      await runRetentionCycle({ store: t.store, now: at('2027-03-03') });
      assert.deepEqual([await gone('requested'), await gone('ended'), await gone('held')], [false, false, false]);
      const racing = await Promise.all([runRetentionCycle({ store: t.store, now: at('2027-03-04') }), runRetentionCycle({ store: t.store, now: at('2027-03-04') })]);
      assert.equal(racing[0].destroyed + racing[1].destroyed, 1, 'the requested file, once');
      assert.deepEqual([await gone('requested'), await gone('ended'), await gone('held')], [true, false, false]);
      await runRetentionCycle({ store: t.store, now: at('2041-11-29') });
      assert.equal(await gone('wmo'), false, 'the day before its 15 years end');
      await runRetentionCycle({ store: t.store, now: at('2041-11-30') });
      assert.deepEqual([await gone('wmo'), await gone('ended'), await gone('unknown')], [true, false, false], 'Wmo care: 15 years; youth care (its allocation an iJw one) and a law not known: not yet');
      await runRetentionCycle({ store: t.store, now: at('2046-11-29') });
      assert.deepEqual([await gone('ended'), await gone('unknown')], [false, false], 'the day before the 20 years of the Jeugdwet end');
      await runRetentionCycle({ store: t.store, now: at('2046-11-30') });
      assert.deepEqual([await gone('ended'), await gone('unknown')], [true, true]);
      await runRetentionCycle({ store: t.store, now: at('2060-01-01') });
      assert.equal(await gone('held'), false, 'the legal hold keeps its file');
      const records = await t.store.db
        .selectFrom('destructions')
        .select(['case_id', 'client_pseudonym', 'ground', 'clause'])
        .where('case_id', 'in', [cases.requested.caseId, cases.wmo.caseId, cases.ended.caseId])
        .orderBy('destroyed_at')
        .execute();
      assert.deepEqual(
        records.map((r) => [r.case_id, r.client_pseudonym, r.ground]),
        [
          [cases.requested.caseId, cases.requested.clientId, 'request'],
          [cases.wmo.caseId, cases.wmo.clientId, 'retention-ended'],
          [cases.ended.caseId, cases.ended.clientId, 'retention-ended'],
        ],
      );
      assert.match(records[0]!.clause, /^004 §3: De zorgaanbieder vernietigt het dossier binnen drie maanden/);
      assert.match(records[1]!.clause, /^004 §3: De zorgaanbieder bewaart het dossier 15 jaar/);
      assert.match(records[2]!.clause, /^Jeugdwet art\. 7\.3\.8: twintig jaar/);
    });

    test('what is left: no personal data of the destroyed files, their access log rows under a pseudonym, every chain intact', async () => {
      for (const key of ['requested', 'ended'] as const) {
        const { caseId, clientId, name } = cases[key];
        for (const [table, column, id] of [
          ['cases', 'id', caseId], ['entries', 'case_id', caseId], ['letters', 'case_id', caseId], ['case_deadlines', 'case_id', caseId],
          ['withheld_entries', 'case_id', caseId], ['client_requests', 'case_id', caseId], ['clients', 'id', clientId], ['users', 'client_id', clientId],
          ['funder_requests', 'case_id', caseId], ['tasks', 'case_id', caseId], ['suspension_reports', 'case_id', caseId],
        ] as const) {
          const n = (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where ${sql.ref(column)} = ${id}`.execute(t.store.db)).rows[0]!.n;
          assert.equal(n, 0, `${key}: ${table}`);
        }
        const rows = (await sql<{ event_type: string }>`select event_type from access_log where client_id = ${clientId} order by seq`.execute(t.store.db)).rows;
        assert.ok(rows.length >= 2, `${key}: the log keeps its rows`);
        assert.equal(rows.at(-1)!.event_type, 'case.destroy');
        const text = (await sql<{ doc: string }>`select string_agg(row_to_json(access_log)::text, '') as doc from access_log`.execute(t.store.db)).rows[0]!.doc;
        assert.ok(!text.includes(name), `${key}: the log names nobody`);
      }
      assert.equal((await t.store.db.selectFrom('cases').select('id').where('id', '=', cases.held.caseId).execute()).length, 1);
      await assert.rejects(sql`delete from entries where case_id = ${cases.held.caseId}`.execute(t.store.db), /append-only/);
      await assert.rejects(sql`delete from suspension_reports where case_id = ${cases.held.caseId}`.execute(t.store.db), /is kept/);
      await assert.rejects(sql`delete from destructions`.execute(t.store.db), /final/);
      const reports = await execute(operatorContext(t.store), verifyAccessLog, {});
      assert.ok(reports.length >= 3);
      for (const report of reports) assert.equal(report.broken, undefined, `${report.slug}: ${JSON.stringify(report.broken)}`);
    });
  });
}

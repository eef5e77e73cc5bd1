import { exampleBeforeRequest } from '../../../test/support/examples.ts';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { testDatabases, type TestDatabase } from '../../../test/support/databases.ts';
import { seedDemoIfEmpty } from '../../commands/demo/seed-demo.ts';
import { importDossier } from '../../commands/cases/import-dossier.ts';
import { answerQuestion } from '../../commands/requests/answer-question.ts';
import { askQuestion } from '../../commands/requests/ask-question.ts';
import { decideRequest } from '../../commands/requests/decide-request.ts';
import { fileObjection } from '../../commands/requests/file-objection.ts';
import { recordHearing } from '../../commands/requests/record-hearing.ts';
import { recordMedicalAdvice } from '../../commands/requests/record-medical-advice.ts';
import { submitRequest } from '../../commands/requests/submit-request.ts';
import { passOnSuspensionReport } from '../../commands/suspension-reports/pass-on-suspension-report.ts';
import { reportSuspension } from '../../commands/suspension-reports/report-suspension.ts';
import { verifyAccessLog } from '../../commands/access-log/verify-access-log.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { operatorContext } from '../../commands/pipeline/machine.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { setCaseRouting } from '../case-routing.ts';
import { replaceCalendarFeed } from '../calendar-feeds.ts';
import { migrate, migrationVersion, openStore, type Store } from '../database.ts';
import { sentPdf } from '../letters.ts';
import { latestMigration, migrationNames } from '../migrations/index.ts';
import { insertSession } from '../sessions.ts';
import { insertApiToken } from '../api-tokens.ts';
import { findAccountByEmail, replaceRecoveryCodes } from '../accounts.ts';
import { insertInvitation } from '../invitations.ts';
import { csrfHmacKey } from '../installation-secrets.ts';
import { insertTrustedDevice, recordFailure } from '../sign-in-failures.ts';
import { ACCOUNT_RULE } from '../../auth/throttle.ts';
import { insertTeam, setUserTeam } from '../teams.ts';
import { findOrganisationBySlug, insertOrganisation } from '../users.ts';
import { writeBackup } from './backup.ts';
import { BackupRefusedError } from './backup-refused.ts';
import { listTables, useCanonicalText } from './catalog.ts';
import { BACKUP_FORMAT, MANIFEST_FILE, readBackup, type Manifest } from './manifest.ts';
import { restoreBackup } from './restore.ts';

// Backup and restore on each database, and across them. The comparison is generic: every table
// the catalog lists (so also a table a later migration adds, simulated here by two tables created
// after the migrations) must come back row for row, and a backup of the restored database must
// be byte for byte the backup it was restored from.

const NOW = new Date('2026-11-29T10:00:00.000Z');
const OLDER_MIGRATION = migrationNames.at(-2) as string;
/** Text that COPY must escape and bring back unchanged. */
const AWKWARD = 'Zoë \\ schuine streep\ttab\nnieuwe regel\r"dubbel" \'enkel\' 😀 \\N';
/** Every byte value, so a PDF that survives this survives anything. */
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 2048 }, (_, i) => i % 256))]);

const root = mkdtempSync(join(tmpdir(), 'zorgvuldig-backup-'));
after(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const freshDir = () => join(root, `backup-${++dirs}`);

const opened: (() => Promise<void>)[] = [];
after(async () => {
  for (const close of opened) await close();
});

/** A database of `database`'s kind with no schema yet, as a new folder or a new PostgreSQL database is. */
async function emptyStore(database: TestDatabase): Promise<Store> {
  const { target, dispose } = await database.create();
  const store = await openStore(target, { migrate: false });
  opened.push(async () => {
    await store.close();
    await dispose();
  });
  return store;
}

/** Two tables as a later migration could add them: a sequence, arrays, a generated column, no primary key. */
async function addLaterTables(store: Store): Promise<void> {
  await sql`create table later_things (
    id bigserial primary key, label text not null, amounts numeric[], payload bytea, doc jsonb, at timestamptz,
    label_length integer generated always as (length(label)) stored)`.execute(store.db);
  await sql`create table later_log (line text, on_day date)`.execute(store.db);
}

/** A request to the funder through its whole life (question, answer, hearing, advice, decision, objection, decision on it), and a suspension report passed on. */
async function fillRequestTables(store: Store, providerId: string): Promise<void> {
  const ops = { ...operatorContext(store), today: () => '2026-11-27' };
  const document = exampleBeforeRequest('bijlage6-beeindiging-jeugd');
  const { caseId } = await execute(ops, importDossier, { confirmed: true, organisationId: providerId, document });
  const { id: requestId } = await execute(ops, submitRequest, { caseId, body: { continuityProposal: AWKWARD, overrideReason: 'Backup-test.' } });
  const { questionId } = await execute(ops, askQuestion, { requestId, body: { question: AWKWARD } });
  await execute(ops, answerQuestion, { requestId, questionId, body: { answer: AWKWARD } });
  await execute(ops, recordHearing, { requestId, body: { with: 'client', heldOn: '2026-11-27', summary: AWKWARD } });
  await execute(ops, recordMedicalAdvice, { requestId, body: { wellFounded: true, reasoning: AWKWARD } });
  await execute(ops, decideRequest, { requestId, body: { outcome: 'rejected', reasons: AWKWARD, overrideReason: 'Backup-test.' } });
  await execute(ops, fileObjection, { requestId, body: { reasons: AWKWARD } });
  await execute(ops, decideRequest, { requestId, body: { outcome: 'accepted', reasons: AWKWARD } });
  // A VGZ suspension reported, and passed on anonymised.
  const suspension = JSON.parse(readFileSync(new URL('../../../examples/vgz-opschorting.json', import.meta.url), 'utf8'));
  const imported = await execute(ops, importDossier, { confirmed: true, organisationId: providerId, document: suspension });
  const report = await execute(ops, reportSuspension, { caseId: imported.caseId, body: { summary: AWKWARD } });
  await execute(ops, passOnSuspensionReport, report.id);
}

async function fillEveryTable(store: Store): Promise<{ letterId: string }> {
  await seedDemoIfEmpty(store);
  const provider = (await findOrganisationBySlug(store.db, 'de-linde'))!;
  const funder = (await findOrganisationBySlug(store.db, 'vgz'))!;
  const user = (await findAccountByEmail(store.db, 'regievoerder@delinde.example'))!;
  const teamId = (await insertTeam(store.db, provider.id, 'Team Noord'))!;
  await setUserTeam(store.db, provider.id, user.id, teamId);
  const deadline = await store.db.selectFrom('case_deadlines').selectAll().where('organisation_id', '=', provider.id).executeTakeFirstOrThrow();
  const aCase = { id: deadline.case_id };
  await setCaseRouting(store.db, aCase.id, { teamId, funderOrganisationId: funder.id });
  await insertSession(store.db, { idHash: 'sessie', userId: user.id, expiresAt: new Date('2030-01-01T00:00:00Z'), stage: 'signed-in', now: NOW });
  await insertApiToken(store.db, { userId: user.id, hash: 'token', expiresAt: new Date('2030-01-01T00:00:00Z') });
  await replaceRecoveryCodes(store.db, user.id, ['herstel-1', 'herstel-2']);
  await insertInvitation(store.db, { hash: 'uitnodiging', userId: user.id, createdBy: 'os:beheer@server', expiresAt: new Date('2030-01-01T00:00:00Z') });
  await insertTrustedDevice(store.db, { idHash: 'apparaat', userId: user.id, expiresAt: new Date('2030-01-01T00:00:00Z') });
  await recordFailure(store.db, 'account:abc', ACCOUNT_RULE, NOW);
  await csrfHmacKey(store.db);
  await store.db.transaction().execute((trx) => replaceCalendarFeed(trx, user.id, 'agenda'));
  await store.db.updateTable('clients').set({ name: AWKWARD }).where('organisation_id', '=', provider.id).execute();
  await store.db
    .insertInto('notifications')
    .values({
      user_id: user.id,
      organisation_id: provider.id,
      case_id: aCase.id,
      deadline_id: deadline.deadline_id,
      start_event: deadline.start_event,
      due_date: deadline.due_date,
      kind: 'upcoming',
      rule: deadline.rule,
      source_seed: deadline.source_seed,
      source_quote: deadline.source_quote,
      mail_status: 'sent',
      mail_to: 'regievoerder@delinde.example',
      mail_sent_at: new Date('2026-11-28T08:00:00.123456Z'),
    })
    .execute();
  const letterId = '7d0c2f2e-8a51-4c4e-9a55-0c6f1c1f0001';
  await store.db
    .insertInto('letters')
    .values({
      id: letterId,
      case_id: aCase.id,
      organisation_id: provider.id,
      kind: 'warning',
      status: 'sent',
      params: JSON.stringify({ reden: AWKWARD }),
      content: JSON.stringify({ kind: 'warning', body: [AWKWARD] }),
      drafted_by: user.id,
      approved_by: user.id,
      sent_at: new Date('2026-11-27T09:30:00Z'),
      pdf: PDF,
      sha256: createHash('sha256').update(PDF).digest('hex'),
      entry_key: 'e99',
    })
    .execute();
  // The client's own file (migration 0012): a withholding, a request, a retention exception, a destruction's record.
  await store.db.insertInto('withheld_entries').values({ case_id: aCase.id, entry_key: 'e1', reason: 'privacy-other', recorded_by: user.id }).execute();
  await store.db
    .insertInto('client_requests')
    .values({ id: '7d0c2f2e-8a51-4c4e-9a55-0c6f1c1f0002', case_id: aCase.id, organisation_id: provider.id, kind: 'correction', entry_key: 'e1', text: AWKWARD, requested_by: user.id, requested_at: NOW, due_on: '2027-01-04' })
    .execute();
  await store.db
    .insertInto('retention_exceptions')
    .values({ id: '7d0c2f2e-8a51-4c4e-9a55-0c6f1c1f0003', case_id: aCase.id, kind: 'legal-hold', reason: AWKWARD, until: null, recorded_by: user.id, recorded_at: NOW })
    .execute();
  await store.db
    .insertInto('destructions')
    .values({ case_id: '7d0c2f2e-8a51-4c4e-9a55-0c6f1c1f0004', organisation_id: provider.id, client_pseudonym: '7d0c2f2e-8a51-4c4e-9a55-0c6f1c1f0005', destroyed_at: NOW, ground: 'request', requested_at: NOW, clause: '004 §3' })
    .execute();
  await fillRequestTables(store, provider.id);
  await addLaterTables(store);
  await sql`insert into later_things (label, amounts, payload, doc, at) values
    (${AWKWARD}, '{1.10,-2.5,3e-7}', '\\x00ff', '{"a": [1, "b\\tc"]}', '2026-03-29 01:59:59.999999+01'),
    ('tweede', null, null, null, null)`.execute(store.db);
  await sql`insert into later_log values (${AWKWARD}, '2026-02-28'), (null, null), (${AWKWARD}, '2026-02-28')`.execute(store.db);
  return { letterId };
}

/** Every table's rows as COPY text in canonical settings, by table name. */
async function contentsOf(store: Store): Promise<Map<string, string>> {
  return store.withSession(async (session) => {
    await session.query('begin');
    await useCanonicalText(session);
    const contents = new Map<string, string>();
    for (const table of await listTables(session)) {
      const chunks: Buffer[] = [];
      const columns = table.columns.map((c) => `"${c}"`).join(', ');
      for await (const chunk of await session.copyOut(`select ${columns} from "${table.name}" order by ${table.orderBy}`)) chunks.push(chunk);
      contents.set(table.name, Buffer.concat(chunks).toString('utf8'));
    }
    await session.query('commit');
    return contents;
  });
}

const checksums = (manifest: Manifest) => Object.fromEntries(manifest.tables.map((t) => [t.name, t.sha256]));

async function assertRefused(promise: Promise<unknown>, path: string, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof InvalidInputError, String(error));
    assert.equal(error.issues[0]?.path, path);
    assert.match(error.issues[0]?.message ?? '', message);
    return true;
  });
}

/** Per database kind, what the test across kinds needs: the source, a restored copy, its backup. */
const runs = new Map<string, { source: Store; target: Store; dir: string; manifest: Manifest }>();

for (const database of testDatabases) {
  describe(`backup and restore (${database.kind})`, () => {
    let source: Store;
    let target: Store;
    let older: string;
    let dir: string;
    let manifest: Manifest;
    let letterId: string;

    before(async () => {
      [source, target] = await Promise.all([emptyStore(database), emptyStore(database)]);
      // A backup made before an upgrade: the schema one migration back, with one organisation.
      await migrate(source.db, OLDER_MIGRATION);
      const old = await insertOrganisation(source.db, { slug: 'van-voor-de-upgrade', name: AWKWARD, kind: 'provider', address: null });
      older = freshDir();
      await writeBackup(source, older, NOW);
      // The access log's head is made with the organisation (from 0006 on), and goes with it here.
      if (OLDER_MIGRATION >= '0006-access-log') await sql`delete from access_log_heads where organisation_id = ${old}`.execute(source.db);
      await source.db.deleteFrom('organisations').where('id', '=', old).execute();
      await migrate(source.db);
      ({ letterId } = await fillEveryTable(source));
      dir = freshDir();
      manifest = await writeBackup(source, dir, NOW);
      runs.set(database.kind, { source, target, dir, manifest });
    });

    test('a backup made before an upgrade restores into an empty database, which is then brought up to date', async () => {
      const backup = await readBackup(older);
      assert.equal(backup.migration, OLDER_MIGRATION);
      await restoreBackup(target, older, backup, { force: false });
      assert.equal(await migrationVersion(target.db), latestMigration);
      const organisations = await target.db.selectFrom('organisations').select(['slug', 'name']).execute();
      assert.deepEqual(organisations, [{ slug: 'van-voor-de-upgrade', name: AWKWARD }]);
    });

    test('the manifest names the format, the database, the version and every table with its rows and checksum', async () => {
      assert.equal(manifest.format, BACKUP_FORMAT);
      assert.equal(manifest.database, database.kind);
      assert.equal(manifest.migration, latestMigration);
      assert.equal(manifest.createdAt, NOW.toISOString());
      const tables = await source.withSession(listTables);
      assert.deepEqual(manifest.tables.map((t) => t.name), tables.map((t) => t.name));
      for (const table of manifest.tables) {
        assert.ok(table.rows > 0, `the fixture leaves ${table.name} empty: give it rows, so the restore test covers it`);
        const [{ n }] = (await sql<{ n: string }>`select count(*)::text as n from ${sql.table(table.name)}`.execute(source.db)).rows as [{ n: string }];
        assert.equal(table.rows, Number(n), table.name);
        assert.equal(table.sha256, createHash('sha256').update(readFileSync(join(dir, table.file))).digest('hex'));
      }
      assert.deepEqual(manifest.sequences.map((s) => s.name), ['later_things_id_seq']);
      assert.equal((await readBackup(dir)).tables.length, manifest.tables.length);
    });

    test('a non-empty database is only overwritten when asked (--force)', async () => {
      await addLaterTables(target); // the later migration, on this installation too
      const before = await contentsOf(target);
      await assertRefused(restoreBackup(target, dir, manifest, { force: false }), '--force', /niet leeg \(gegevens in access_log_heads, organisations\)/);
      assert.deepEqual(await contentsOf(target), before);
      await restoreBackup(target, dir, manifest, { force: true });
    });

    test('restored: every organisation, user, case, entry and letter (the PDF byte for byte), and every row of every table', async () => {
      for (const table of ['organisations', 'users', 'cases', 'entries', 'letters'] as const) {
        const [original, restored] = await Promise.all(
          [source, target].map((s) => s.db.selectFrom(table).selectAll().orderBy(sql`1`).execute()),
        );
        assert.deepEqual(restored, original, table);
      }
      assert.deepEqual(await sentPdf(target.db, letterId), PDF);
      assert.deepEqual(await contentsOf(target), await contentsOf(source));
      const again = await writeBackup(target, freshDir(), NOW);
      assert.deepEqual(checksums(again), checksums(manifest));
      const sequence = (store: Store) => sql`select last_value, is_called from later_things_id_seq`.execute(store.db);
      assert.deepEqual((await sequence(target)).rows, (await sequence(source)).rows, 'the sequence goes on where it was');
    });

    test('audit verify passes on the restored copy: every chain intact, the same rows and heads as the original', async () => {
      const verify = (store: Store) => execute(operatorContext(store), verifyAccessLog, {});
      const [original, restored] = [await verify(source), await verify(target)];
      assert.ok(restored.length >= 3 && restored.some((r) => r.rows > 0), JSON.stringify(restored));
      assert.deepEqual(restored.filter((r) => r.broken !== undefined), []);
      const summary = (reports: typeof restored) => reports.map((r) => `${r.slug} ${r.rows} ${r.headHash}`).sort();
      assert.deepEqual(summary(restored), summary(original));
    });

    test('a load that fails halfway changes nothing', async () => {
      const before = await contentsOf(target);
      const lying = { ...manifest, tables: manifest.tables.map((t) => (t.name === 'users' ? { ...t, rows: t.rows + 1 } : t)) };
      await assert.rejects(restoreBackup(target, dir, lying, { force: true }), BackupRefusedError);
      assert.deepEqual(await contentsOf(target), before);
    });

    test('a database that was only started once (it holds nothing but its own CSRF key) takes a restore without --force', async () => {
      const started = await emptyStore(database);
      await migrate(started.db);
      await addLaterTables(started); // the later migration of this fixture
      await csrfHmacKey(started.db);
      await restoreBackup(started, dir, manifest, { force: false });
      assert.deepEqual(await contentsOf(started), await contentsOf(source));
    });

    test('a backup from a newer version of Zorgvuldig is refused', async () => {
      await assert.rejects(restoreBackup(target, dir, { ...manifest, migration: '9999-later' }, { force: true }), /nieuwere versie van Zorgvuldig/);
    });

    test('a backup never writes into a directory that holds something', async () => {
      const occupied = freshDir();
      mkdirSync(occupied);
      writeFileSync(join(occupied, 'notities.txt'), 'van iemand anders');
      await assertRefused(writeBackup(source, occupied, NOW), 'MAP', /bestaat al en is niet leeg/);
      assert.equal(readFileSync(join(occupied, 'notities.txt'), 'utf8'), 'van iemand anders');
    });
  });
}

describe('a damaged, incomplete or foreign backup is refused before any database is touched', () => {
  /** A copy of a real backup, changed by `damage`. */
  function damaged(damage: (dir: string, manifest: Manifest) => void): string {
    const { dir } = [...runs.values()][0]!;
    const copy = freshDir();
    mkdirSync(join(copy, 'tables'), { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
    writeFileSync(join(copy, MANIFEST_FILE), JSON.stringify(manifest));
    for (const table of manifest.tables) writeFileSync(join(copy, table.file), readFileSync(join(dir, table.file)));
    damage(copy, manifest);
    return copy;
  }

  test('a directory that does not exist, or is not a backup', async () => {
    await assertRefused(readBackup(join(root, 'nergens')), 'MAP', /bestaat niet/);
    await assertRefused(readBackup(damaged((dir) => rmSync(join(dir, MANIFEST_FILE)))), 'MAP', /bevat geen manifest\.json/);
  });

  test('a manifest that is not JSON, or not ours', async () => {
    await assertRefused(readBackup(damaged((dir) => writeFileSync(join(dir, MANIFEST_FILE), '{"format": "zorgv'))), 'MAP', /geen geldige JSON/);
    await assertRefused(
      readBackup(damaged((dir, m) => writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ ...m, format: 'iets/1' })))),
      'MAP',
      /\$\.format ontbreekt of is ongeldig/,
    );
    await assertRefused(
      readBackup(damaged((dir, m) => writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ ...m, tables: [{ ...m.tables[0], file: '../../etc/passwd' }] })))),
      'MAP',
      /\$\.tables\[0\]\.file ontbreekt of is ongeldig/,
    );
  });

  test('a table file that is missing, cut short or changed', async () => {
    await assertRefused(readBackup(damaged((dir) => rmSync(join(dir, 'tables', 'entries.copy.gz')))), 'MAP', /tables\/entries\.copy\.gz ontbreekt/);
    await assertRefused(
      readBackup(damaged((dir) => writeFileSync(join(dir, 'tables', 'letters.copy.gz'), readFileSync(join(dir, 'tables', 'letters.copy.gz')).subarray(0, 30)))),
      'MAP',
      /tables\/letters\.copy\.gz in .* is beschadigd/,
    );
    await assertRefused(
      readBackup(
        damaged((dir) => {
          const bytes = readFileSync(join(dir, 'tables', 'users.copy.gz'));
          bytes.writeUInt8(bytes.readUInt8(bytes.length >> 1) ^ 0x01, bytes.length >> 1);
          writeFileSync(join(dir, 'tables', 'users.copy.gz'), bytes);
        }),
      ),
      'MAP',
      /tables\/users\.copy\.gz in .* is beschadigd/,
    );
  });
});

describe('across databases: a PGlite backup restores into PostgreSQL and back', { skip: testDatabases.length < 2 }, () => {
  test('each backup restores into the other kind, and a backup of the result is the same, byte for byte', async () => {
    const pglite = runs.get('pglite')!;
    const postgresql = runs.get('postgresql')!;
    for (const [from, to] of [
      [pglite, postgresql],
      [postgresql, pglite],
    ] as const) {
      await restoreBackup(to.target, from.dir, from.manifest, { force: true });
      assert.deepEqual(await contentsOf(to.target), await contentsOf(from.source));
      assert.deepEqual(checksums(await writeBackup(to.target, freshDir(), NOW)), checksums(from.manifest));
    }
  });
});

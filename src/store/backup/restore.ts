import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { InvalidInputError } from '../../domain/errors.ts';
import { migrate, type Store } from '../database.ts';
import { migrationNames } from '../migrations/index.ts';
import { ident, type SqlSession } from '../sql-session.ts';
import { BackupRefusedError } from './backup-refused.ts';
import { listSequences, listTables, loadOrder, migrationOf, useCanonicalText } from './catalog.ts';
import type { Manifest } from './manifest.ts';

// Loads a checked backup (manifest.ts readBackup) into a database, all or nothing: the schema comes
// from the migrations, up to the version the backup was made at; the rows from the backup, in one
// transaction that also checks every table's row count; then the newer migrations, if any, run as
// they would at start-up. A database that already holds data is only overwritten when asked.

function checkVersions(manifest: Manifest, current: string | null): void {
  const wanted = migrationNames.indexOf(manifest.migration);
  if (wanted < 0) {
    throw new BackupRefusedError(
      `Deze back-up is gemaakt met een nieuwere versie van Zorgvuldig (databaseversie ${manifest.migration}). ` +
        'Installeer die versie (of een nieuwere) en zet de back-up daarmee terug.',
    );
  }
  if (current !== null && migrationNames.indexOf(current) > wanted) {
    throw new BackupRefusedError(
      `De database is al bijgewerkt tot een nieuwere versie (${current}) dan die van de back-up (${manifest.migration}). ` +
        'Zet de back-up terug in een lege database (een nieuwe map als ZORGVULDIG_DATA_DIR, of een nieuwe PostgreSQL-database); ' +
        'bij het terugzetten wordt die eerst tot de versie van de back-up en daarna tot de huidige bijgewerkt.',
    );
  }
}

/** The same tables with the same columns as the backup, or a refusal that names the difference. */
async function checkTables(session: SqlSession, manifest: Manifest): Promise<void> {
  const here = new Map((await listTables(session)).map((t) => [t.name, t.columns]));
  const differences: string[] = [];
  for (const table of manifest.tables) {
    const columns = here.get(table.name);
    if (columns === undefined) differences.push(`tabel ${table.name} ontbreekt in de database`);
    else if ([...columns].sort().join() !== [...table.columns].sort().join()) differences.push(`tabel ${table.name} heeft andere kolommen`);
    here.delete(table.name);
  }
  for (const name of here.keys()) differences.push(`tabel ${name} staat niet in de back-up`);
  if (differences.length > 0) {
    throw new BackupRefusedError(`De database past niet bij de back-up (databaseversie ${manifest.migration}): ${differences.join('; ')}.`);
  }
}

async function tablesWithRows(session: SqlSession, manifest: Manifest): Promise<string[]> {
  const names: string[] = [];
  for (const { name } of manifest.tables) {
    const [row] = await session.query<{ any: boolean }>(`select exists (select from ${ident(name)}) as any`);
    if (row?.any) names.push(name);
  }
  return names;
}

/**
 * Rows the application makes for itself when it first starts (its CSRF key, the rules version its
 * projections were made with), nobody's data: a database holding only these is empty for a restore
 * (and they are replaced by the backup's).
 */
const OWN_ROWS: ReadonlySet<string> = new Set(['installation_secrets', 'projection_state']);

async function load(session: SqlSession, dir: string, manifest: Manifest, force: boolean): Promise<void> {
  await checkTables(session, manifest);
  const occupied = await tablesWithRows(session, manifest);
  if (occupied.some((name) => !OWN_ROWS.has(name)) && !force) {
    throw new InvalidInputError([
      {
        path: '--force',
        message: `de database is niet leeg (gegevens in ${occupied.filter((name) => !OWN_ROWS.has(name)).join(', ')}); geef --force om de hele inhoud te vervangen door de back-up`,
      },
    ]);
  }
  const tables = manifest.tables.map((t) => t.name);
  // The rows are loaded as they were stored, not as an insert would make them now: triggers that
  // fill in or refuse rows (the append-only dossier and access log, the deadlines' routing) stay off while
  // loading, within this transaction only. Foreign keys stay on; the load order satisfies them.
  for (const name of tables) await session.query(`alter table ${ident(name)} disable trigger user`);
  // After the triggers are off: the access log refuses TRUNCATE as it refuses DELETE.
  if (occupied.length > 0) await session.query(`truncate ${tables.map(ident).join(', ')}`);
  const byName = new Map(manifest.tables.map((t) => [t.name, t]));
  for (const name of await loadOrder(session, tables)) {
    const table = byName.get(name)!;
    const rows = createGunzip();
    createReadStream(join(dir, table.file))
      .on('error', (error) => rows.destroy(error))
      .pipe(rows);
    const loaded = await session.copyIn(name, table.columns, rows);
    if (loaded !== table.rows) throw new BackupRefusedError(`Tabel ${name}: ${loaded} rijen geladen, de back-up noemt er ${table.rows}. Er is niets teruggezet.`);
  }
  for (const name of tables) await session.query(`alter table ${ident(name)} enable trigger user`);
  const sequences = new Set((await listSequences(session)).map((s) => s.name));
  for (const sequence of manifest.sequences) {
    if (!sequences.has(sequence.name)) continue;
    if (sequence.lastValue === null) await session.query(`alter sequence ${ident(sequence.name)} restart`);
    else await session.query(`select setval($1::regclass, $2::bigint, true)`, [ident(sequence.name), sequence.lastValue]);
  }
}

/** Restores the backup in `dir`, described by its checked `manifest`, into the store's database. */
export async function restoreBackup(store: Store, dir: string, manifest: Manifest, options: { force: boolean }): Promise<void> {
  checkVersions(manifest, await store.withSession(migrationOf));
  await migrate(store.db, manifest.migration);
  await store.withSession(async (session) => {
    await session.query('begin');
    try {
      await useCanonicalText(session);
      await load(session, dir, manifest, options.force);
      await session.query('commit');
    } catch (error) {
      await session.query('rollback');
      throw error;
    }
  });
  await migrate(store.db);
}

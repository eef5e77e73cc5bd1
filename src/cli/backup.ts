import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { writeBackup } from '../store/backup/backup.ts';
import { BackupRefusedError } from '../store/backup/backup-refused.ts';
import { readBackup } from '../store/backup/manifest.ts';
import { restoreBackup } from '../store/backup/restore.ts';
import { DataDirBusyError } from '../store/data-dir-lock.ts';
import { openStore, type DatabaseTarget, type Store } from '../store/database.ts';
import { latestMigration } from '../store/migrations/index.ts';

// `zorgvuldig backup MAP` and `zorgvuldig restore MAP [--force]`, on the configured database
// (ZORGVULDIG_DATA_DIR or DATABASE_URL). Decision 0012 describes the format and its guarantees.

export const BACKUP_USAGE = `  backup MAP                          maak een back-up van de hele database in een nieuwe of lege map
  restore MAP [--force]               zet een back-up terug in een lege database (--force: vervang wat er staat)`;

function directoryArgument(positionals: string[]): string {
  if (positionals.length !== 1) {
    const message = positionals.length === 0 ? 'ontbreekt; geef de map van de back-up' : 'geef precies één map';
    throw new InvalidInputError([{ path: 'MAP', message }]);
  }
  return positionals[0] as string;
}

const stopTheServer = (action: string) =>
  `${action} van de ingebouwde database kan alleen als geen ander proces de map gebruikt: stop de server, ` +
  `voer deze opdracht opnieuw uit en start de server daarna weer. (Met PostgreSQL, DATABASE_URL, hoeft de server daarvoor niet te stoppen.)`;

/** Opens the configured database without migrating it; a folder in use is refused with what to do. */
async function openConfigured(target: DatabaseTarget, action: string): Promise<Store> {
  try {
    return await openStore(target, { migrate: false });
  } catch (error) {
    if (!(error instanceof DataDirBusyError)) throw error;
    const { pid, command, since } = error.owner;
    throw new BackupRefusedError(`De database in ${error.dataDir} is in gebruik (pid ${pid}, "${command}", sinds ${since}). ${stopTheServer(action)}`);
  }
}

async function withConfigured<T>(target: DatabaseTarget, action: string, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openConfigured(target, action);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

const rowCount = (tables: readonly { rows: number }[]) => tables.reduce((sum, t) => sum + t.rows, 0);

export async function backupCommand(args: string[], out: (text: string) => void): Promise<void> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  const dir = directoryArgument(positionals);
  const { database } = loadConfig();
  if (database.kind === 'pglite' && !existsSync(join(database.dataDir ?? '', 'pgdata', 'PG_VERSION'))) {
    throw new BackupRefusedError(`In ${database.dataDir} (ZORGVULDIG_DATA_DIR) staat geen database; controleer de map.`);
  }
  const manifest = await withConfigured(database, 'Een back-up', (store) => writeBackup(store, dir, new Date()));
  out(
    `Back-up gemaakt in ${dir}: ${manifest.tables.length} tabellen, ${rowCount(manifest.tables)} rijen, ` +
      `databaseversie ${manifest.migration} (${manifest.database}).`,
  );
}

export async function restoreCommand(args: string[], out: (text: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
  const dir = directoryArgument(positionals);
  // Check the whole backup before the database is opened, let alone changed.
  const manifest = await readBackup(dir);
  const { database } = loadConfig();
  await withConfigured(database, 'Terugzetten', (store) => restoreBackup(store, dir, manifest, { force: values.force }));
  out(
    `Back-up uit ${dir} teruggezet (${manifest.database}, gemaakt ${manifest.createdAt}): ${manifest.tables.length} tabellen, ` +
      `${rowCount(manifest.tables)} rijen. De database staat op versie ${latestMigration}.`,
  );
}

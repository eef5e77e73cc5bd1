import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { InvalidInputError } from '../../domain/errors.ts';
import type { Store } from '../database.ts';
import { fsyncPath } from '../fsync.ts';
import { ident, type SqlSession } from '../sql-session.ts';
import { BackupRefusedError } from './backup-refused.ts';
import { listSequences, listTables, migrationOf, useCanonicalText, type CatalogTable } from './catalog.ts';
import { BACKUP_FORMAT, MANIFEST_FILE, type BackupTable, type Manifest } from './manifest.ts';

// Writes a backup of every table of the database as it is, in one repeatable-read snapshot: on
// PostgreSQL while the server keeps running, and every table as of the same instant.

const TABLES_DIR = 'tables';

/** A pass-through stream that lets `observe` see every chunk. */
const tap = (observe: (chunk: Buffer) => void) =>
  new Transform({
    transform(chunk: Buffer, _encoding, done) {
      observe(chunk);
      done(null, chunk);
    },
  });

/** The target must be new or empty: a backup never overwrites another. Returns whether it was created. */
function prepareDirectory(dir: string): boolean {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (stat !== undefined && !stat.isDirectory()) {
    throw new InvalidInputError([{ path: 'MAP', message: `${dir} is een bestand; geef een nieuwe of lege map voor de back-up` }]);
  }
  if (stat !== undefined && readdirSync(dir).length > 0) {
    throw new InvalidInputError([
      { path: 'MAP', message: `${dir} bestaat al en is niet leeg; een back-up komt in een nieuwe of lege map, zodat hij nooit een andere overschrijft` },
    ]);
  }
  mkdirSync(join(dir, TABLES_DIR), { recursive: true });
  return stat === undefined;
}

async function writeTable(session: SqlSession, dir: string, table: CatalogTable): Promise<BackupTable> {
  const [counted] = await session.query<{ rows: string }>(`select count(*)::text as rows from ${ident(table.name)}`);
  const rows = Number(counted?.rows);
  const file = `${TABLES_DIR}/${table.name}.copy.gz`;
  const path = join(dir, file);
  const hash = createHash('sha256');
  let lines = 0;
  let bytes = 0;
  const select = `select ${table.columns.map(ident).join(', ')} from ${ident(table.name)} order by ${table.orderBy}`;
  await pipeline(
    await session.copyOut(select),
    // COPY's text format escapes newlines inside values: one line is one row.
    tap((chunk) => {
      for (const byte of chunk) if (byte === 0x0a) lines++;
    }),
    createGzip(),
    tap((chunk) => {
      hash.update(chunk);
      bytes += chunk.length;
    }),
    createWriteStream(path),
  );
  fsyncPath(path);
  if (lines !== rows) throw new Error(`Tabel ${table.name}: ${lines} rijen gekopieerd, ${rows} geteld.`);
  return { name: table.name, columns: table.columns, rows, file, bytes, sha256: hash.digest('hex') };
}

/** Backs up the whole database into `dir` (new or empty); resolves with the manifest written last. */
export async function writeBackup(store: Store, dir: string, now: Date): Promise<Manifest> {
  const created = prepareDirectory(dir);
  try {
    const manifest = await store.withSession(async (session): Promise<Manifest> => {
      await session.query('begin isolation level repeatable read read only');
      try {
        await useCanonicalText(session);
        const migration = await migrationOf(session);
        if (migration === null) throw new BackupRefusedError('Deze database heeft geen Zorgvuldig-gegevens: er is niets om een back-up van te maken.');
        const [server] = await session.query<{ server_version: string }>('show server_version');
        const tables: BackupTable[] = [];
        for (const table of await listTables(session)) tables.push(await writeTable(session, dir, table));
        const sequences = await listSequences(session);
        await session.query('commit');
        return {
          format: BACKUP_FORMAT,
          createdAt: now.toISOString(),
          database: store.kind,
          serverVersion: server?.server_version ?? '',
          migration,
          tables,
          sequences,
        };
      } catch (error) {
        await session.query('rollback');
        throw error;
      }
    });
    // The manifest comes last and whole (written aside, synced, renamed): a backup that stopped
    // halfway has none, and restore refuses it.
    const temporary = join(dir, `${MANIFEST_FILE}.tmp`);
    writeFileSync(temporary, `${JSON.stringify(manifest, null, 2)}\n`);
    fsyncPath(temporary);
    renameSync(temporary, join(dir, MANIFEST_FILE));
    fsyncPath(join(dir, TABLES_DIR));
    fsyncPath(dir);
    return manifest;
  } catch (error) {
    if (created) rmSync(dir, { recursive: true, force: true });
    else for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
    throw error;
  }
}

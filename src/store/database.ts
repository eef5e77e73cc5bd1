import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { Kysely, Migrator, sql } from 'kysely';
import pg from 'pg';
import { CommitTailDialect } from './commit-tail.ts';
import { holdDataDir, type DataDirLock } from './data-dir-lock.ts';
import { migrationProvider } from './migrations/index.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { Database } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgresql';

export type DatabaseTarget =
  | { kind: 'postgresql'; url: string }
  /** `dataDir` undefined: an in-memory database (tests only). */
  | { kind: 'pglite'; dataDir?: string };

export interface Store {
  db: Kysely<Database>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

const DATE_OID = 1082;
const keepDateText = (value: string) => value;

function postgresStore(url: string): Store {
  // Dossier dates are calendar dates: read them as the text the database holds, never as a
  // Date at local midnight that a time zone can move to the previous day.
  const typeParsers = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === DATE_OID ? keepDateText : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({ connectionString: url, types: typeParsers, max: 10 });
  const db = new Kysely<Database>({ dialect: new CommitTailDialect({ pool }) });
  return { db, kind: 'postgresql', close: () => db.destroy() };
}

async function pgliteStore(dataDir: string | undefined): Promise<Store> {
  let lock: DataDirLock | undefined;
  if (dataDir !== undefined) lock = await holdDataDir(dataDir);
  try {
    const pglite = await PGlite.create({
      ...(dataDir !== undefined ? { dataDir: `${dataDir}/pgdata` } : {}),
      parsers: { [pgliteTypes.DATE]: keepDateText },
    });
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    return {
      db,
      kind: 'pglite',
      close: async () => {
        await db.destroy();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** Opens the database and brings its schema up to date. */
export async function openStore(target: DatabaseTarget): Promise<Store> {
  const store = target.kind === 'postgresql' ? postgresStore(target.url) : await pgliteStore(target.dataDir);
  try {
    await migrate(store.db);
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}

async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

/** The name of the newest migration the database has run. */
export async function migrationVersion(db: Kysely<Database>): Promise<string | null> {
  const result = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db);
  return result.rows[0]?.name ?? null;
}

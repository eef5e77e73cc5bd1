import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { Kysely, Migrator, sql } from 'kysely';
import pg from 'pg';
import { CommitTailDialect } from './commit-tail.ts';
import { holdDataDir, type DataDirLock } from './data-dir-lock.ts';
import { migrationProvider } from './migrations/index.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import { openDurablePGlite } from './pglite-durability.ts';
import type { Database } from './schema.ts';
import { pgliteSession, withPostgresSession, type SqlSession } from './sql-session.ts';

export type DatabaseKind = 'pglite' | 'postgresql';

export type DatabaseTarget =
  | { kind: 'postgresql'; url: string }
  /** `dataDir` undefined: an in-memory database (tests only). */
  | { kind: 'pglite'; dataDir?: string };

export interface Store {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /**
   * Runs `run` on a session of its own below Kysely (sql-session.ts), for the operator's tools. On
   * PGlite that is the one session, held the way a transaction holds it until `run` ends.
   */
  withSession<T>(run: (session: SqlSession) => Promise<T>): Promise<T>;
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
  const db = new Kysely<Database>({ dialect: new CommitTailDialect(pool) });
  return { db, kind: 'postgresql', withSession: (run) => withPostgresSession(url, run), close: () => db.destroy() };
}

export const pgliteParsers = { [pgliteTypes.DATE]: keepDateText };

/** A store over an open PGlite; closing it closes PGlite, then calls `closed`. */
export function storeOverPGlite(pglite: PGlite, closed: () => void = () => {}): Store {
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    withSession: (run) => db.connection().execute(() => run(pgliteSession(pglite))),
    close: async () => {
      await db.destroy();
      closed();
    },
  };
}

async function pgliteStore(dataDir: string | undefined): Promise<Store> {
  if (dataDir === undefined) return storeOverPGlite(await PGlite.create({ parsers: pgliteParsers }));
  const lock: DataDirLock = await holdDataDir(dataDir);
  try {
    return storeOverPGlite(await openDurablePGlite(`${dataDir}/pgdata`, { parsers: pgliteParsers }), lock.release);
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * Opens the database and, unless told otherwise, brings its schema up to date. A backup opens it
 * as it is: it must copy what is there, not what a newer version would make of it.
 */
export async function openStore(target: DatabaseTarget, options: { migrate?: boolean } = {}): Promise<Store> {
  const store = target.kind === 'postgresql' ? postgresStore(target.url) : await pgliteStore(target.dataDir);
  try {
    if (options.migrate ?? true) await migrate(store.db);
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** Runs the migrations up to and including `to`, or all of them. */
export async function migrate(db: Kysely<Database>, to?: string): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error } = await (to === undefined ? migrator.migrateToLatest() : migrator.migrateTo(to));
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

/** The name of the newest migration the database has run. */
export async function migrationVersion(db: Kysely<Database>): Promise<string | null> {
  const result = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db);
  return result.rows[0]?.name ?? null;
}

import { ident, type SqlSession } from '../sql-session.ts';

// What backup and restore learn from the database's own catalog rather than from a list in the
// code: which tables there are, their columns, a stable row order and the order foreign keys allow
// loading them in. A table a later migration adds is backed up and restored without a change here.

/** Kysely's bookkeeping: the migrations recreate it, and the manifest names the version. */
const BOOKKEEPING = ['kysely_migration', 'kysely_migration_lock'];

export interface CatalogTable {
  name: string;
  /** Stored columns in their order; generated columns are computed again and cannot be loaded. */
  columns: string[];
  /** An ORDER BY that gives the same order on PGlite and PostgreSQL, whatever their collations. */
  orderBy: string;
}

export async function listTables(session: SqlSession): Promise<CatalogTable[]> {
  const tables = await session.query<{ name: string }>(
    `select c.relname as name from pg_class c
     where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r' and not c.relispartition
       and c.relname <> all ($1::text[])
     order by c.relname collate "C"`,
    [BOOKKEEPING],
  );
  const result: CatalogTable[] = [];
  for (const { name } of tables) {
    const columns = await session.query<{ name: string; collatable: boolean; key: number | null }>(
      `select a.attname as name, a.attcollation <> 0 as collatable,
              array_position((select i.indkey::int2[] from pg_index i where i.indrelid = a.attrelid and i.indisprimary), a.attnum) as key
       from pg_attribute a
       where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
       order by a.attnum`,
      [ident(name)],
    );
    const key = columns.filter((c) => c.key !== null).sort((a, b) => (a.key as number) - (b.key as number));
    // Text sorts by collation, and PGlite and a PostgreSQL server may have different ones: sort
    // key text by bytes ("C"), and a table without a primary key by the bytes of its whole row.
    const orderBy =
      key.length > 0
        ? key.map((c) => `${ident(c.name)}${c.collatable ? ' collate "C"' : ''}`).join(', ')
        : `convert_to(${ident(name)}::text, 'UTF8')`;
    result.push({ name, columns: columns.map((c) => c.name), orderBy });
  }
  return result;
}

/**
 * The tables in an order in which each comes after the tables its foreign keys point at, so rows
 * can be loaded with every constraint checked. A cycle of foreign keys between tables cannot be
 * loaded that way and is refused.
 */
export async function loadOrder(session: SqlSession, tables: readonly string[]): Promise<string[]> {
  const edges = await session.query<{ child: string; parent: string }>(
    `select child.relname as child, parent.relname as parent
     from pg_constraint k
     join pg_class child on child.oid = k.conrelid
     join pg_class parent on parent.oid = k.confrelid
     where k.contype = 'f' and k.connamespace = current_schema()::regnamespace and k.conrelid <> k.confrelid`,
  );
  const order: string[] = [];
  const pending = new Set(tables);
  while (pending.size > 0) {
    const ready = [...pending].filter((t) => !edges.some((e) => e.child === t && pending.has(e.parent)));
    if (ready.length === 0) throw new Error(`Tabellen die via vreemde sleutels naar elkaar verwijzen: ${[...pending].join(', ')}.`);
    for (const t of ready) {
      order.push(t);
      pending.delete(t);
    }
  }
  return order;
}

interface CatalogSequence {
  name: string;
  /** The last value handed out, as text (bigint); null if the sequence was never used. */
  lastValue: string | null;
}

export async function listSequences(session: SqlSession): Promise<CatalogSequence[]> {
  return session.query<CatalogSequence>(
    `select sequencename as name, last_value::text as "lastValue" from pg_sequences
     where schemaname = current_schema() order by sequencename collate "C"`,
  );
}

/** The newest migration the database has run, or null for a database without Zorgvuldig's schema. */
export async function migrationOf(session: SqlSession): Promise<string | null> {
  const [exists] = await session.query<{ exists: boolean }>(`select to_regclass('kysely_migration') is not null as exists`);
  if (!exists?.exists) return null;
  const [row] = await session.query<{ name: string }>(`select name from kysely_migration order by name desc limit 1`);
  return row?.name ?? null;
}

/**
 * Session settings under which COPY writes and reads every value the same way on both databases:
 * instants in UTC, ISO dates, bytea as hex, floats with every digit.
 */
export async function useCanonicalText(session: SqlSession): Promise<void> {
  for (const setting of [
    `timezone = 'UTC'`,
    `datestyle = 'ISO, YMD'`,
    `intervalstyle = 'postgres'`,
    `bytea_output = 'hex'`,
    `extra_float_digits = 3`,
    `client_encoding = 'UTF8'`,
  ]) {
    await session.query(`set local ${setting}`);
  }
}

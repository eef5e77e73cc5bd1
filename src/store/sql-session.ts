import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

// One database session below Kysely, with PostgreSQL's COPY, for the operator's tools (backup and
// restore) that move whole tables. COPY is the server's own bulk format, the one pg_dump writes its
// table data in: every type (bytea, jsonb, timestamptz, arrays) leaves and returns in its exact text
// form, on PGlite and PostgreSQL alike. PGlite speaks COPY through a virtual file, /dev/blob;
// PostgreSQL through the COPY sub-protocol (pg-copy-streams).

export interface SqlSession {
  query<R>(text: string, params?: unknown[]): Promise<R[]>;
  /** The rows of `select` in COPY text format: one line per row. */
  copyOut(select: string): Promise<Readable>;
  /** Loads COPY text rows into `table`'s `columns`; resolves with the number of rows loaded. */
  copyIn(table: string, columns: readonly string[], data: Readable): Promise<number>;
}

/** A quoted SQL identifier. */
export const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;

const copyTarget = (table: string, columns: readonly string[]) => `${ident(table)} (${columns.map(ident).join(', ')})`;

/** The PGlite session itself; the caller owns it for as long as it uses this. */
export function pgliteSession(pglite: PGlite): SqlSession {
  return {
    query: async <R>(text: string, params: unknown[] = []) => (await pglite.query<R>(text, params)).rows,
    copyOut: async (select) => {
      const result = await pglite.query(`copy (${select}) to '/dev/blob'`);
      const bytes = result.blob === undefined ? new Uint8Array() : new Uint8Array(await result.blob.arrayBuffer());
      return Readable.from([bytes]);
    },
    copyIn: async (table, columns, data) => {
      const chunks: Buffer[] = [];
      await pipeline(
        data,
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            chunks.push(chunk);
            done();
          },
        }),
      );
      const result = await pglite.query(`copy ${copyTarget(table, columns)} from '/dev/blob'`, [], { blob: new Blob([Buffer.concat(chunks)]) });
      return result.affectedRows ?? 0;
    },
  };
}

/** A session on its own connection to the PostgreSQL server at `url`, closed when `run` ends. */
export async function withPostgresSession<T>(url: string, run: (session: SqlSession) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run({
      query: async <R>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as R[],
      copyOut: async (select) => client.query(copyTo(`copy (${select}) to stdout`)),
      copyIn: async (table, columns, data) => {
        const sink = client.query(copyFrom(`copy ${copyTarget(table, columns)} from stdin`));
        await pipeline(data, sink);
        return sink.rowCount ?? 0;
      },
    });
  } finally {
    await client.end();
  }
}

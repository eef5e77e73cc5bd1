import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { openTestStore, testDatabases } from '../../test/support/databases.ts';
import { CompiledQuery } from 'kysely';
import { preparedQuery, withLiterals } from './commit-tail.ts';
import type { Store } from './database.ts';

describe('a transaction’s first statement carries its BEGIN, parameters as literals', () => {
  test('parameters become quoted literals; quotes in a value are doubled', () => {
    assert.equal(withLiterals('select * from t where a = $1 and b = $2 limit $3', ["O'Brien", null, 25]), "select * from t where a = 'O''Brien' and b = null limit '25'");
  });

  test('$n inside strings, quoted names, dollar quotes and comments stays as it is', () => {
    const text = `select '$1', E'\\'$1', "$1", $q$ $1 $q$, $$ $1 $$ -- $1\n/* $1 */ from t where a = $1`;
    assert.equal(withLiterals(text, ['x']), `select '$1', E'\\'$1', "$1", $q$ $1 $q$, $$ $1 $$ -- $1\n/* $1 */ from t where a = 'x'`);
  });

  test('a value that is not sent as text, or a NUL, keeps the statement as it is', () => {
    assert.equal(withLiterals('select $1', [new Date(0)]), undefined);
    assert.equal(withLiterals('select $1', [Buffer.from('x')]), undefined);
    assert.equal(withLiterals('select $1', ['a\0b']), undefined);
    assert.equal(withLiterals('select $2', ['a']), undefined);
  });

  test('a backslash in a value is escaped', () => {
    assert.equal(withLiterals('select $1', ['a\\b']), "select  E'a\\\\b'");
  });
});

for (const database of testDatabases) {
  describe(`transactions with the BEGIN and the COMMIT sent beside statements (${database.kind})`, () => {
    let store: Store;
    before(async () => {
      store = await openTestStore(database);
      await sql`create table tail_probe (id int primary key, note text)`.execute(store.db);
    });
    after(() => store.close());

    test('the first statement runs inside the transaction: a rollback undoes it', async () => {
      await assert.rejects(
        store.db.transaction().execute(async (tx) => {
          await tx.insertInto('tail_probe' as never).values({ id: 1, note: "it's $1" } as never).execute();
          throw new Error('undo');
        }),
        /undo/,
      );
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from tail_probe`.execute(store.db);
      assert.equal(rows[0]?.n, 0);
    });

    test('the first statement’s rows and a value with quotes and backslashes come back whole', async () => {
      const note = "O'Brien \\ $1 $$";
      const found = await store.db.transaction().execute(async (tx) => {
        const [row] = (await sql<{ note: string; id: number }>`select ${note}::text as note, ${7}::int as id`.execute(tx)).rows;
        await tx.insertInto('tail_probe' as never).values({ id: 2, note } as never).execute();
        return row;
      });
      assert.deepEqual(found, { note, id: 7 });
      const { rows } = await sql<{ note: string }>`select note from tail_probe where id = 2`.execute(store.db);
      assert.equal(rows[0]?.note, note);
    });

    test('a failing first statement rolls the transaction back, and the connection is usable after', async () => {
      await assert.rejects(store.db.transaction().execute((tx) => sql`select 1 / ${0}::int`.execute(tx)));
      const { rows } = await sql<{ n: number }>`select 1 as n`.execute(store.db);
      assert.equal(rows[0]?.n, 1);
    });

    // Prepared statements (decision 0027): PREPARE once per session, EXECUTE after, also with a BEGIN.
    const probe = (id: number) => preparedQuery('tail_probe_note', CompiledQuery.raw('select note from tail_probe where id = $1', [id]));
    const sessionStatements = async () =>
      (await sql<{ name: string }>`select name from pg_prepared_statements where name like 'tail_probe_note%'`.execute(store.db)).rows.map((r) => r.name);

    test('a prepared statement answers as the plain one, inside a transaction and outside, and is prepared once per session', async () => {
      await store.db.insertInto('tail_probe' as never).values({ id: 10, note: "prepared's" } as never).execute();
      for (let i = 0; i < 3; i++) assert.deepEqual((await store.db.executeQuery(probe(10))).rows, [{ note: "prepared's" }]);
      const inside = await store.db.transaction().execute(async (tx) => {
        const first = (await tx.executeQuery(probe(10))).rows;
        await tx.insertInto('tail_probe' as never).values({ id: 11, note: 'in the transaction' } as never).execute();
        return [first, (await tx.executeQuery(probe(11))).rows];
      });
      assert.deepEqual(inside, [[{ note: "prepared's" }], [{ note: 'in the transaction' }]]);
      // Asked on one connection of the pool (PGlite has one): it holds the statement at most once.
      const names = await store.db.connection().execute(async (c) => {
        await c.executeQuery(probe(10));
        return (await sql<{ name: string }>`select name from pg_prepared_statements where name like 'tail_probe_note%'`.execute(c)).rows.map((r) => r.name);
      });
      assert.equal(names.length, 1, names.join());
    });

    test('a prepared statement that fails leaves the session usable, and its next use answers', async () => {
      const failing = preparedQuery('tail_probe_fail', CompiledQuery.raw('select 1 / $1::int as n', [0]));
      await assert.rejects(store.db.transaction().execute((tx) => tx.executeQuery(failing)), /division by zero/);
      await assert.rejects(store.db.executeQuery(failing), /division by zero/);
      assert.deepEqual((await store.db.executeQuery({ ...failing, parameters: [2] })).rows, [{ n: 0 }]);
      assert.deepEqual((await store.db.executeQuery(probe(10))).rows, [{ note: "prepared's" }]);
      assert.ok((await sessionStatements()).length >= 1);
    });
  });
}

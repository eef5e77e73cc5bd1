import { existsSync, mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { migrate, openStore, pgliteParsers, storeOverPGlite, type Store } from '../../src/store/database.ts';
import { insertOrganisation, insertUser } from '../../src/store/users.ts';

// Run by sync-count.test.ts under strace: opens a database folder the way the product does
// (`product`), or with PGlite's own settings (`pglite-default`, what the product did before
// decision 0011), then commits, reads and checkpoints, marking the start and end of each step
// in the trace, so the trace shows which file each step synced. Prints the organisations table's file.

const [mode, dataDir, commits] = process.argv.slice(2) as ['product' | 'pglite-default', string, string];
// A mark is a look-up of a path that does not exist: one access(2) the trace can show among the
// syncs, and traced on its own, so strace stops the process for nothing else.
const mark = (step: string) => existsSync(`/zorgvuldig-mark/${step}`);

mark('start');
let store: Store;
if (mode === 'product') {
  store = await openStore({ kind: 'pglite', dataDir });
} else {
  mkdirSync(dataDir, { recursive: true });
  store = storeOverPGlite(await PGlite.create({ dataDir: `${dataDir}/pgdata`, parsers: pgliteParsers }));
  await migrate(store.db);
}
mark('opened');
for (let n = 0; n < Number(commits); n++) {
  mark(`autocommit-${n}:start`);
  await insertOrganisation(store.db, { slug: `auto-${n}`, name: 'Autocommit', kind: 'provider', address: null });
  mark(`autocommit-${n}:end`);
  mark(`transaction-${n}:start`);
  await store.db.transaction().execute(async (trx) => {
    const organisationId = await insertOrganisation(trx, { slug: `trx-${n}`, name: 'Transactie', kind: 'provider', address: null });
    await insertUser(trx, { organisationId, email: `u${n}@trx.example`, name: 'U', role: 'medewerker', passwordHash: null });
  });
  mark(`transaction-${n}:end`);
}
mark('read:start');
await store.db.selectFrom('organisations').selectAll().execute();
mark('read:end');
mark('checkpoint:start');
await sql`checkpoint`.execute(store.db);
mark('checkpoint:end');
const file = await sql<{ path: string }>`select pg_relation_filepath('organisations') as path`.execute(store.db);
await store.close();
process.stdout.write(`${JSON.stringify({ organisationsFile: file.rows[0]?.path })}\n`);

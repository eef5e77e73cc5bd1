// What durability costs on the embedded database (decision 0011): dossier appends per second on a
// PGlite folder with PGlite's own settings (fsync off, as before the decision) and as the product
// opens it now (every commit fsyncs its WAL), plus bare one-row commits, and the time to create a
// new folder (which now ends with one sync of the whole folder).
//   npx tsx bench/pglite-appends.ts [APPENDS]

import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { appendEntry } from '../src/commands/cases/append-entry.ts';
import { importDossier } from '../src/commands/cases/import-dossier.ts';
import { operatorContext } from '../src/commands/pipeline/machine.ts';
import { execute } from '../src/commands/pipeline/execute.ts';
import { entry as e } from '../src/domain/assessment/test-support.ts';
import { addDays } from '../src/domain/calendar/dates.ts';
import { migrate, openStore, pgliteParsers, storeOverPGlite, type Store } from '../src/store/database.ts';
import { insertOrganisation } from '../src/store/users.ts';

const APPENDS = Number(process.argv[2] ?? 200);
const CASES = 10;
const example = JSON.parse(readFileSync(new URL('../examples/vgz-opschorting.json', import.meta.url), 'utf8'));
const ctx = (store: Store) => ({ ...operatorContext(store), today: () => '2026-11-29' });

const modes: Record<string, (dataDir: string) => Promise<Store>> = {
  'before (PGlite defaults, fsync off)': async (dataDir) => {
    mkdirSync(dataDir, { recursive: true });
    const store = storeOverPGlite(await PGlite.create({ dataDir: join(dataDir, 'pgdata'), parsers: pgliteParsers }));
    await migrate(store.db);
    return store;
  },
  'after (decision 0011, fsync per commit)': (dataDir) => openStore({ kind: 'pglite', dataDir }),
};

const perSecond = (count: number, ms: number) => ((count * 1000) / ms).toFixed(0).padStart(5);

for (const [mode, open] of Object.entries(modes)) {
  const dataDir = mkdtempSync(join(tmpdir(), 'zorgvuldig-bench-'));
  try {
    let start = performance.now();
    const store = await open(dataDir);
    const created = performance.now() - start;
    try {
      const organisationId = await insertOrganisation(store.db, { slug: 'bench', name: 'Bench', kind: 'provider', address: null });
      const cases: string[] = [];
      for (let n = 0; n < CASES; n++) cases.push((await execute(ctx(store), importDossier, { organisationId, document: example })).caseId);
      // Spread over several cases, so the dossiers (which an append loads and assesses) stay short.
      const append = (n: number) =>
        execute(ctx(store), appendEntry, { caseId: cases[n % CASES] as string, entry: { ...e.incident(`bench-${n}`, addDays('2026-06-01', n % 100), 'aggression') } });
      for (let n = 0; n < 20; n++) await append(APPENDS + n); // warm-up
      start = performance.now();
      for (let n = 0; n < APPENDS; n++) await append(n);
      const appends = performance.now() - start;
      await sql`create table bench_rows (n integer)`.execute(store.db);
      start = performance.now();
      for (let n = 0; n < APPENDS; n++) await sql`insert into bench_rows values (${n})`.execute(store.db);
      const rows = performance.now() - start;
      console.log(
        `${mode.padEnd(40)} dossier appends/s ${perSecond(APPENDS, appends)}   one-row commits/s ${perSecond(APPENDS, rows)}   new folder ${(created / 1000).toFixed(1)} s`,
      );
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

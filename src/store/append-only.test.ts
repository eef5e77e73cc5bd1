import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { openTestStore, testDatabases } from '../../test/support/databases.ts';
import { importDossier } from '../commands/cases/import-dossier.ts';
import { execute } from '../commands/pipeline/execute.ts';
import { operatorContext } from '../commands/pipeline/machine.ts';
import type { Store } from './database.ts';
import { insertOrganisation } from './users.ts';

const example = JSON.parse(readFileSync(new URL('../../examples/vgz-opschorting.json', import.meta.url), 'utf8'));

for (const database of testDatabases) {
  describe(`the dossier is append-only in the database itself (${database.kind})`, () => {
    let store: Store;
    let caseId: string;
    before(async () => {
      store = await openTestStore(database);
      const organisationId = await insertOrganisation(store.db, { slug: 'p', name: 'P', kind: 'provider', address: null });
      ({ caseId } = await execute(operatorContext(store), importDossier, { organisationId, document: example }));
    });
    after(() => store.close());

    test('an UPDATE of an entry is refused', async () => {
      await assert.rejects(
        store.db.updateTable('entries').set({ date: '2026-01-01' }).where('case_id', '=', caseId).execute(),
        /append-only/,
      );
    });

    test('a DELETE of an entry is refused, and the dossier is intact', async () => {
      await assert.rejects(store.db.deleteFrom('entries').where('case_id', '=', caseId).execute(), /append-only/);
      const rows = await store.db.selectFrom('entries').select('entry_key').where('case_id', '=', caseId).orderBy('seq').execute();
      assert.deepEqual(rows.map((r) => r.entry_key), example.entries.map((e: { id: string }) => e.id));
    });
  });
}

import { sql, type Transaction } from 'kysely';
import type { Database } from './schema.ts';

// What the projection job needs of the store (jobs/projections.ts, decision 0022). Several processes
// may run it at once: a claim locks the cases it takes (SKIP LOCKED: another process takes others),
// and an append to one of them waits for the job's commit (it locks the same row), so a case is
// recomputed by one process at a time, from the dossier as committed.

/**
 * Marks every projection stale once when the rules' version is new; returns whether it did. The
 * state row's lock makes a second process wait and then find the version already recorded.
 */
export async function markStaleForRules(tx: Transaction<Database>, version: string): Promise<boolean> {
  const state = await tx.selectFrom('projection_state').select('rules_version').forUpdate().executeTakeFirstOrThrow();
  if (state.rules_version === version) return false;
  await tx.updateTable('cases').set({ assessed_on: null }).execute();
  await tx.updateTable('projection_state').set({ rules_version: version }).execute();
  return true;
}

/** Claims up to `batch` cases whose projection was assessed before `today` (or never, or under old rules). */
export async function claimStaleCases(tx: Transaction<Database>, today: string, batch: number): Promise<string[]> {
  const rows = await tx
    .selectFrom('cases')
    .select('id')
    .where((eb) => eb.or([eb('assessed_on', 'is', null), eb('assessed_on', '<', today)]))
    .orderBy(sql`assessed_on nulls first`)
    .limit(batch)
    .forUpdate()
    .skipLocked()
    .execute();
  return rows.map((r) => r.id);
}

import { todayInAmsterdam } from '../clock.ts';
import { execute } from '../commands/pipeline/execute.ts';
import { jobContext } from '../commands/pipeline/machine.ts';
import { destroyFile } from '../commands/retention/destroy-file.ts';
import { retentionOf } from '../domain/client-file/rights.ts';
import { REGIMES, type CareLaw } from '../domain/dossier/types.ts';
import { NotFoundError } from '../domain/errors.ts';
import type { Store } from '../store/database.ts';
import { dueDestructions, type RetentionTerm } from '../store/destruction.ts';
import { startPeriodic, type PeriodicJob } from './periodic.ts';
import type { WorkerLog } from './reminder-worker.ts';

// One cycle of the retention job (decision 0023): destroy the files that are due, each in its own
// transaction through the pipeline. Every server process runs it; a case another process is
// destroying, or has destroyed, is skipped (destroy-file claims it with SKIP LOCKED).

const BATCH = 100;

// The same rule the client's pages state (rights.ts `retentionOf`), for every regime and law a case can have.
const TERMS: readonly RetentionTerm[] = REGIMES.flatMap((regime) =>
  ([null, 'wmo', 'jeugdwet'] as const satisfies readonly (CareLaw | null)[]).map((law) => ({ regime, law, years: retentionOf(regime, law).years })),
);

export async function runRetentionCycle(deps: { store: Store; now: () => Date }): Promise<{ destroyed: number }> {
  const now = deps.now();
  const ctx = { ...jobContext(deps.store, 'retention'), now: deps.now, today: () => todayInAmsterdam(now) };
  let destroyed = 0;
  for (let due = await dueDestructions(deps.store.db, todayInAmsterdam(now), TERMS, BATCH); ; due = await dueDestructions(deps.store.db, todayInAmsterdam(now), TERMS, BATCH)) {
    let progressed = false;
    for (const item of due) {
      try {
        await execute(ctx, destroyFile, item);
        destroyed++;
        progressed = true;
      } catch (error) {
        // Destroyed or being destroyed by another process: theirs to finish.
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    if (!progressed) return { destroyed };
  }
}

/** Files are due by the day: once an hour is soon enough, and costs two indexed queries. */
const RETENTION_INTERVAL_MS = 3_600_000;

export function startRetentionWorker(store: Store, log: WorkerLog): PeriodicJob {
  return startPeriodic(
    'retention',
    RETENTION_INTERVAL_MS,
    async () => {
      const result = await runRetentionCycle({ store, now: () => new Date() });
      return result.destroyed > 0 ? result : undefined;
    },
    log,
  );
}

import { todayInAmsterdam } from '../clock.ts';
import { refreshProjections } from '../commands/cases/refresh-projections.ts';
import { execute } from '../commands/pipeline/execute.ts';
import { jobContext } from '../commands/pipeline/machine.ts';
import type { Store } from '../store/database.ts';

// The projection job (decision 0022): what lists and overviews keep of each case's assessment is made
// as of a day; when the day passes, or the rules change, it is made again, in batches whose short
// transactions each lock only their own cases. Every process runs it; the claims keep any case from
// being done twice at once. It runs before the reminders, so they are made from true deadlines.

const BATCH = 200;

export async function runProjectionCycle(store: Store, now: Date): Promise<number> {
  const today = todayInAmsterdam(now);
  const ctx = jobContext(store, 'projections');
  let refreshed = 0;
  for (let claimed = BATCH; claimed === BATCH; ) {
    claimed = (await execute(ctx, refreshProjections, { today, batch: BATCH })).refreshed;
    refreshed += claimed;
  }
  return refreshed;
}

import { parseArgs } from 'node:util';
import { writeLargeDataSet } from '../commands/demo/large-data-set.ts';
import type { Store } from '../store/database.ts';
import { UsageError } from './usage-error.ts';

// `zorgvuldig seed-large --cases N [--seed S]`: a large organisation's data set in an empty database,
// for benchmarks and query plans (npm run seed:large; commands/demo/large-data-set.ts).

export const SEED_LARGE_USAGE = `  seed-large --cases N [--seed S]     vul een lege database met een grote testset (benchmarks)`;

export async function seedLargeCommand(
  args: string[],
  /** The configured database, without the demo data a first start would add. */
  open: () => Promise<Store>,
  out: (text: string) => void,
): Promise<void> {
  const { values } = parseArgs({ args, options: { cases: { type: 'string' }, seed: { type: 'string' } }, allowPositionals: false });
  const cases = Number(values.cases);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (!Number.isInteger(cases) || cases < 1) throw new UsageError('Geef met --cases het aantal casussen (een geheel getal vanaf 1).');
  if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError('--seed moet een geheel getal zijn.');
  const store = await open();
  const summary = await writeLargeDataSet(store, {
    cases,
    ...(seed !== undefined ? { seed } : {}),
    progress: (n) => process.stderr.write(`\r${n} casussen`),
  }).finally(() => store.close());
  process.stderr.write('\n');
  out(
    `${summary.cases} casussen, ${summary.entries} items, ${summary.deadlines} termijnen, ${summary.letters} brieven, ` +
      `${summary.accessLogRows} regels in het toegangslog, ${summary.organisations} organisaties, ${summary.users} gebruikers ` +
      `in ${summary.seconds.toFixed(1)} s; ${summary.requests} verzoeken aan de financier (${summary.decidedRequests} besloten, ${summary.hearings} keer wederhoor) met hun pdf's ` +
      `onder ${summary.contracts} contracten, waarvan de pdf's en het laden ${summary.requestSeconds.toFixed(1)} s kostten ` +
      `(${(summary.requests === 0 ? 0 : (summary.requestSeconds * 1000) / summary.requests).toFixed(0)} ms per verzoek); ` +
      `zonder die fase ${Math.round(summary.entries / (summary.seconds - summary.requestSeconds))} items per seconde`,
  );
}

import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../../domain/errors.ts';
import type { Resource } from '../../policy/resources.ts';
import type { Store } from '../../store/database.ts';
import { accessLogDocs, databaseAccessLog, type AccessLogDoc } from './access-log-rows.ts';
import { nowOf, type CommandContext } from './context.ts';
import { attempt, executeAlone, Failed, type Command, type Tx } from './execute.ts';

// Reads that arrive while another is under way share one transaction (decision 0027): each is
// loaded, decided and run in it as on its own, and the rows of all of them are appended to the
// access log in one statement, sent with the COMMIT; every answer waits for that commit. Each read
// is still in one transaction with its log row; what is shared is the transaction's begin and end
// and the chain head's lock, which a logged read otherwise takes once per read (in a queue of
// readers of the same organisation), and a command that can load several inputs' resources at once
// (Command.loadTogether) loads them in one query. With nothing under way a read starts at once, alone: batching
// adds no wait, it only forms while the database is busy (like a database's group commit).

/** Transactions of shared reads under way at once, per process and database. */
const IN_FLIGHT = 1;
/** Reads in one transaction at most. */
const LARGEST = 32;

interface Waiting {
  ctx: CommandContext;
  cmd: Command<unknown, Resource, unknown>;
  input: unknown;
  at: Date;
  resolve(output: unknown): void;
  reject(error: unknown): void;
}

interface Batches {
  queue: Waiting[];
  running: number;
  /** A start is scheduled. */
  starting: boolean;
}

const batchesOf = new WeakMap<Store, Batches>();

/** A refusal or a rule of the domain: the transaction is as good as before, the other reads go on. */
const leavesTransactionIntact = (error: unknown) =>
  error instanceof Failed || error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof InvalidInputError || error instanceof ConflictError;

/** The resources of the reads whose command loads several at once, one query per command. */
async function loadTogether(tx: Tx, members: readonly Waiting[]): Promise<Map<Waiting, { resource: Resource | undefined }>> {
  const loaded = new Map<Waiting, { resource: Resource | undefined }>();
  for (const cmd of new Set(members.map((m) => m.cmd))) {
    const group = members.filter((m) => m.cmd === cmd);
    if (cmd.loadTogether === undefined || group.length < 2) continue;
    const resources = await cmd.loadTogether(tx, group.map((m) => m.input), (group[0] as Waiting).ctx);
    group.forEach((m, i) => loaded.set(m, { resource: resources[i] }));
  }
  return loaded;
}

async function runTogether(store: Store, members: Waiting[]): Promise<void> {
  if (members.length === 1) {
    const [one] = members as [Waiting];
    return executeAlone(one.ctx, one.cmd, one.input).then(one.resolve, one.reject);
  }
  const outcomes: ({ output: unknown } | { error: unknown })[] = [];
  try {
    await store.db.transaction().execute(async (tx) => {
      const docs: AccessLogDoc[] = [];
      const loaded = await loadTogether(tx, members);
      for (const m of members) {
        try {
          const done = await attempt(tx, m.ctx, m.cmd, m.input, m.at, loaded.get(m));
          outcomes.push({ output: done.output });
          docs.push(...done.docs);
        } catch (error) {
          if (!leavesTransactionIntact(error)) throw error;
          // A refusal's row joins the others: nothing of the read is kept but that row, as when alone.
          if (error instanceof Failed && error.apart !== undefined) docs.push(...accessLogDocs(m.ctx.actor, m.ctx.origin, m.cmd.event, m.at, [error.apart]));
          outcomes.push({ error: error instanceof Failed ? error.error : error });
        }
      }
      if (docs.length > 0) await databaseAccessLog(tx, docs);
    });
  } catch {
    // The database refused something in the shared transaction and it was rolled back, nothing of
    // it kept: each read again in a transaction of its own, which answers it as it would have alone.
    await Promise.all(members.map((m) => executeAlone(m.ctx, m.cmd, m.input).then(m.resolve, m.reject)));
    return;
  }
  members.forEach((m, i) => {
    const outcome = outcomes[i] as { output: unknown } | { error: unknown };
    if ('error' in outcome) m.reject(outcome.error);
    else m.resolve(outcome.output);
  });
}

function drain(store: Store, batches: Batches): void {
  if (batches.starting || batches.running >= IN_FLIGHT || batches.queue.length === 0) return;
  batches.starting = true;
  // Started once the requests read from the network with this one have been handled: they join it.
  // (PGlite answers within the same turn of the event loop, so without this no read would ever wait
  // beside another there; setImmediate runs right after the network's events, so it adds no delay.)
  setImmediate(() => {
    batches.starting = false;
    while (batches.running < IN_FLIGHT && batches.queue.length > 0) {
      const members = batches.queue.splice(0, LARGEST);
      batches.running++;
      void runTogether(store, members).finally(() => {
        batches.running--;
        drain(store, batches);
      });
    }
  });
}

/** Runs a read-only command, in a transaction shared with the reads that wait beside it. */
export function readTogether<I, R extends Resource, O>(ctx: CommandContext, cmd: Command<I, R, O>, input: I): Promise<O> {
  const store = ctx.store;
  let batches = batchesOf.get(store);
  if (batches === undefined) batchesOf.set(store, (batches = { queue: [], running: 0, starting: false }));
  const at = nowOf(ctx);
  return new Promise<O>((resolve, reject) => {
    (batches as Batches).queue.push({ ctx, cmd: cmd as unknown as Command<unknown, Resource, unknown>, input, at, resolve: resolve as (o: unknown) => void, reject });
    drain(store, batches as Batches);
  });
}


import { existsSync, fsyncSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import { fsyncPath, fsyncTree } from './fsync.ts';

// An acknowledged write to the embedded database must be on disk before it is acknowledged
// (docs/decisions/0011-pglite-durability.md). PGlite does not do that by itself, for two reasons:
//
// 1. It starts postgres with `-F`: fsync off, so a commit never waits for its WAL to reach the disk
//    and a checkpoint never syncs the data pages before it recycles the WAL that covers them.
// 2. Emscripten's NODEFS (the file system that maps PGlite's files onto a host folder) has no fsync
//    at all: `fsync()` ends in a stream operation NODEFS does not define, and `fdatasync()` is an
//    empty stub. So even postgres's `fsync=on` would sync nothing.
//
// So postgres runs with fsync on and `wal_sync_method=fsync` (the one method that reaches a stream
// operation: `fdatasync` and the O_*SYNC flags do not), and NODEFS gets the missing `fsync`, which
// calls the host's fsync on the file descriptor Node holds for that file. From then on postgres's
// own rules apply: every commit fsyncs the WAL it wrote before it returns, and every checkpoint
// fsyncs the data files it wrote (and their directories) before it moves the redo point on.

/** What Emscripten's NODEFS offers that we use: its stream operations and its error mapping. */
interface EmscriptenNodefs {
  stream_ops: Record<string, unknown> & { fsync?: (stream: { nfd: number }) => number };
  tryFSOperation<T>(operation: () => T): T;
}

type NodeFSInit = NodeFS['init'];

/** NodeFS whose files can be synced: `fsync()` inside postgres becomes fsync(2) on the host. */
class DurableNodeFS extends NodeFS {
  override async init(...args: Parameters<NodeFSInit>): ReturnType<NodeFSInit> {
    const { emscriptenOpts } = await super.init(...args);
    return {
      emscriptenOpts: {
        ...emscriptenOpts,
        preRun: [
          ...(emscriptenOpts.preRun ?? []),
          (mod: unknown) => {
            const nodefs = (mod as { NODEFS?: EmscriptenNodefs }).NODEFS;
            // These are Emscripten internals: if a PGlite upgrade moves them, refuse to start
            // rather than run without syncing (test/durability would fail too).
            if (typeof nodefs?.stream_ops !== 'object' || typeof nodefs.tryFSOperation !== 'function') {
              throw new Error('PGlite heeft geen NODEFS zoals verwacht: de database kan niet veilig naar schijf schrijven (decision 0011).');
            }
            // A failed fsync becomes the errno postgres sees, and postgres treats that as fatal
            // (PANIC) rather than acknowledging a write that may not be on disk.
            nodefs.stream_ops.fsync = (stream) => {
              nodefs.tryFSOperation(() => fsyncSync(stream.nfd));
              return 0;
            };
          },
        ],
      },
    };
  }
}

/**
 * PGlite's own start parameters, except `-F`, with the settings durability rests on spelled out,
 * so a postgresql.conf in the folder cannot turn them off.
 */
const DURABLE_START_PARAMS = [
  ...PGlite.defaultStartParams.filter((param) => param !== '-F'),
  ...['fsync=on', 'synchronous_commit=on', 'full_page_writes=on', 'wal_sync_method=fsync'].flatMap((setting) => ['-c', setting]),
];

/**
 * Opens (creating on first use) a PGlite database in `pgdata` whose commits are on disk when they
 * return. The caller holds the folder's lock (data-dir-lock.ts).
 */
export async function openDurablePGlite(pgdata: string, options: Omit<PGliteOptions, 'dataDir' | 'fs' | 'startParams'>): Promise<PGlite> {
  const root = resolve(pgdata);
  const fresh = !existsSync(join(root, 'PG_VERSION'));
  const pglite = await PGlite.create({ ...options, fs: new DurableNodeFS(root), startParams: DURABLE_START_PARAMS });
  // A new database is initialised in memory and copied into the folder with plain writes, before
  // postgres runs; postgres never syncs those files (it only syncs what it writes itself, and a
  // cleanly shut down cluster is not synced at start). Sync them once, with the folder entry.
  if (fresh) {
    fsyncTree(root);
    fsyncPath(dirname(root));
  }
  return pglite;
}

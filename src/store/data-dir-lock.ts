import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

// Exactly one process may open an embedded database folder: measured on these machines, a second
// process that merely opened a PGlite folder to read made every later write of the first vanish
// (../shared/TOOLING.md). So the folder is claimed with a lock file created atomically ('wx'),
// naming the owner, before PGlite touches it. A lock left by a crashed process is reclaimed once
// that process is gone; a short-lived second file serialises reclaimers so two of them can never
// both take over the same stale lock.

export interface LockOwner {
  pid: number;
  host: string;
  command: string;
  since: string;
}

export interface DataDirLock {
  path: string;
  release(): void;
}

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `De database in ${dataDir} is in gebruik door een ander proces (pid ${owner.pid}, "${owner.command}", sinds ${owner.since}). ` +
        'Er mag maar één proces tegelijk bij deze map: stop dat proces eerst, of gebruik de HTTP API van de draaiende server ' +
        '(bijvoorbeeld POST /api/import). Staat er geen proces met dat nummer meer, verwijder dan ' +
        `${join(dataDir, LOCK_FILE)}.`,
    );
    this.name = 'DataDirBusyError';
  }
}

const LOCK_FILE = 'zorgvuldig.lock';
const RECLAIM_FILE = 'zorgvuldig.lock.reclaim';
const RECLAIM_STALE_MS = 10_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}

function tryCreate(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  return true;
}

function removeIfExists(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Claims the folder for this process, or throws DataDirBusyError naming the owner. */
export async function holdDataDir(dataDir: string): Promise<DataDirLock> {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  const reclaimPath = join(dir, RECLAIM_FILE);
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    command: process.argv.slice(1).join(' '),
    since: new Date().toISOString(),
  };

  for (let attempt = 0; attempt < 50; attempt++) {
    if (tryCreate(path, me)) {
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readOwner(path)?.pid === process.pid) removeIfExists(path);
        process.removeListener('exit', release);
      };
      process.on('exit', release);
      return { path, release };
    }
    const owner = readOwner(path);
    // A lock file still being written has no owner yet: give its writer a moment.
    if (owner !== undefined && (owner.host !== me.host || isAlive(owner.pid))) throw new DataDirBusyError(dir, owner);
    if (owner !== undefined && tryCreate(reclaimPath, me)) {
      try {
        const again = readOwner(path);
        if (again?.pid === owner.pid && again.since === owner.since) removeIfExists(path);
      } finally {
        removeIfExists(reclaimPath);
      }
    } else if (owner !== undefined) {
      const reclaim = statSync(reclaimPath, { throwIfNoEntry: false });
      if (reclaim !== undefined && Date.now() - reclaim.mtimeMs > RECLAIM_STALE_MS) removeIfExists(reclaimPath);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const owner = readOwner(path);
  throw new DataDirBusyError(dir, owner ?? { pid: -1, host: me.host, command: 'onbekend', since: 'onbekend' });
}

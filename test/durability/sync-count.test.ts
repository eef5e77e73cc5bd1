import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

// Decision 0011: an acknowledged write to the embedded database is on disk before it is
// acknowledged. Shown the way an operator would check it: the probe (probe.ts) runs under strace,
// which records every fsync/fdatasync the process makes, with the file it was made on, between
// marks around each commit. Needs Debian's strace (.ci/run installs it).

const PROBE = fileURLToPath(new URL('./probe.ts', import.meta.url));
const COMMITS = 3;

type TraceEvent = { mark: string } | { synced: string };

interface ProbeRun {
  pgdata: string;
  events: TraceEvent[];
  organisationsFile: string;
}

async function traceProbe(mode: 'product' | 'pglite-default'): Promise<ProbeRun> {
  const dir = mkdtempSync(join(tmpdir(), 'zorgvuldig-sync-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const trace = join(dir, 'strace.txt');
  const dataDir = join(dir, 'data');
  const child = spawn(
    'strace',
    ['-f', '-y', '-qq', '--seccomp-bpf', '-e', 'trace=fsync,fdatasync,access', '-e', 'signal=none', '-o', trace, process.execPath, '--import', 'tsx', PROBE, mode, dataDir, String(COMMITS)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const [code] = (await once(child, 'exit')) as [number | null];
  assert.equal(code, 0, `strace or the probe failed: ${stderr}`);
  const events: TraceEvent[] = [];
  for (const line of readFileSync(trace, 'utf8').split('\n')) {
    const sync = /\b(?:fsync|fdatasync)\(\d+<([^>]*)>\)\s+= 0/.exec(line);
    if (sync !== null) events.push({ synced: sync[1] as string });
    const mark = /access\("\/zorgvuldig-mark\/([^"]+)"/.exec(line);
    if (mark !== null) events.push({ mark: mark[1] as string });
  }
  return { pgdata: join(dataDir, 'pgdata'), events, organisationsFile: (JSON.parse(stdout) as { organisationsFile: string }).organisationsFile };
}

/** The files synced between two marks, in order. */
function syncedBetween(run: ProbeRun, start: string, end: string): string[] {
  const from = run.events.findIndex((e) => 'mark' in e && e.mark === start);
  const to = run.events.findIndex((e) => 'mark' in e && e.mark === end);
  assert.ok(from >= 0 && to > from, `marks ${start} and ${end} are in the trace`);
  return run.events.slice(from + 1, to).flatMap((e) => ('synced' in e ? [e.synced] : []));
}

const during = (run: ProbeRun, step: string) => syncedBetween(run, `${step}:start`, `${step}:end`);
const commits = Array.from({ length: COMMITS }, (_, n) => [`autocommit-${n}`, `transaction-${n}`]).flat();

const hasStrace = spawnSync('strace', ['-V']).status === 0;

test('every commit on the embedded database fsyncs its WAL before it returns; a checkpoint syncs the data first', async (t) => {
  assert.ok(hasStrace, 'this test needs strace (apt-get install strace; .ci/run installs it)');
  const [product, before] = await Promise.all([traceProbe('product'), traceProbe('pglite-default')]);

  await t.test('one fsync per commit, of the WAL segment, for an autocommit statement and a transaction alike', () => {
    for (const step of commits) {
      const synced = during(product, step);
      assert.equal(synced.length, 1, `${step}: ${synced.join(', ')}`);
      assert.match(synced[0] as string, /\/pgdata\/pg_wal\/[0-9A-F]{24}$/, step);
    }
  });

  await t.test('a read syncs nothing', () => {
    assert.deepEqual(during(product, 'read'), []);
  });

  await t.test('a checkpoint syncs the data files it wrote, and only then records its redo point (pg_control)', () => {
    const synced = during(product, 'checkpoint');
    const table = synced.indexOf(join(product.pgdata, product.organisationsFile));
    const control = synced.lastIndexOf(join(product.pgdata, 'global', 'pg_control'));
    assert.ok(table >= 0, `the organisations table's file is synced: ${synced.join(', ')}`);
    assert.ok(control > table, 'pg_control is written after the data it vouches for');
  });

  await t.test('a new database folder is synced once in full before it is used', () => {
    // template1's files are written once, at creation, and never again by postgres itself.
    const template = join(product.pgdata, 'base', '1');
    const synced = new Set(syncedBetween(product, 'start', 'opened'));
    for (const name of readdirSync(template)) assert.ok(synced.has(join(template, name)), `${name} synced at creation`);
  });

  await t.test("PGlite's own settings (fsync off), the state before decision 0011, sync nothing on commit", () => {
    for (const step of commits) assert.deepEqual(during(before, step), [], step);
    assert.ok(!during(before, 'checkpoint').includes(join(before.pgdata, before.organisationsFile)));
  });
});

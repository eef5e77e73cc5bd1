import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '../../src/commands/demo/seed-demo.ts';

// Runs the real `zorgvuldig` command as a child process, the way a user does, for the tests that
// are about processes: one owner per data folder, and nothing acknowledged lost on a restart.

export const BIN = fileURLToPath(new URL('../../bin/zorgvuldig.mjs', import.meta.url));

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI to completion. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

export interface RunningServer {
  child: ChildProcess;
  url: string;
  output(): string;
}

/** Starts `zorgvuldig serve` and waits until /api/health answers. */
export async function startServer(env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${output}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return { child, url, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start: ${output}`);
}

export async function stop(server: RunningServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = once(server.child, 'exit');
  server.child.kill(signal);
  await exited;
}

/** A bearer token of the demo regievoerder, signed in on this server, as request headers. */
export async function regievoerderHeaders(server: RunningServer): Promise<Record<string, string>> {
  const response = await fetch(`${server.url}/api/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'regievoerder@delinde.example', password: DEMO_PASSWORD }),
  });
  return { authorization: `Bearer ${((await response.json()) as { token: string }).token}`, 'content-type': 'application/json' };
}

/** A new VGZ case through the API; its id. */
export async function createCase(server: RunningServer, headers: Record<string, string>): Promise<string> {
  const created = await fetch(`${server.url}/api/cases`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      client: { name: 'K. Jansen', birthDate: '1950-01-01', hasRepresentative: false },
      regime: 'vgz-wijkverpleging',
      procedure: 'beeindiging',
      careStarted: '2025-01-01',
    }),
  });
  return ((await created.json()) as { id: string }).id;
}

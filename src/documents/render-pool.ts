import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { TooBusyError } from '../domain/errors.ts';
import type { RenderTask } from './render.ts';

// PDFs are rendered on worker threads (piscina), so a long dossier's PDF never stops the server
// from answering anything else (issue 16: a 20,000-entry request PDF held every request for 28.7 s
// when it ran on the event loop). One thread less than the machine has cores, at least one; a
// bounded queue, so a burst of large PDFs is refused with a 503 rather than piling up; and a time
// limit per PDF, after which its thread is ended.

const QUEUE_LIMIT = 32;
const RENDER_TIMEOUT_MS = 120_000;

let pool: Piscina | undefined;

function renderPool(): Piscina {
  pool ??= new Piscina({
    filename: new URL('./render-worker.mjs', import.meta.url).href,
    maxThreads: Math.max(1, availableParallelism() - 1),
    minThreads: 0,
    idleTimeout: 30_000,
    maxQueue: QUEUE_LIMIT,
  });
  return pool;
}

export async function renderOffThread(task: RenderTask): Promise<Buffer> {
  const workers = renderPool();
  if (workers.queueSize >= QUEUE_LIMIT) throw new TooBusyError('Er worden nu te veel documenten tegelijk gemaakt; probeer het over een minuut opnieuw.');
  const bytes = (await workers.run(task, { signal: AbortSignal.timeout(RENDER_TIMEOUT_MS) })) as Uint8Array;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Ends the worker threads (the server's shutdown, the end of a test). */
export async function closeRenderPool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}

import type { WorkerLog } from './reminder-worker.ts';

// A job's cycle run in the application process every `intervalMs`, one cycle at a time; a failed
// cycle is logged and the next one comes as usual. Every server process runs its own; the cycles'
// statements keep them from doing anything twice (decisions 0005 and 0023).

export interface PeriodicJob {
  stop(): Promise<void>;
}

export function startPeriodic(name: string, intervalMs: number, cycle: () => Promise<object | undefined>, log: WorkerLog): PeriodicJob {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = cycle()
      .then((result) => {
        if (result !== undefined) log.info(result, name);
      })
      .catch((error: unknown) => log.error({ err: error }, `${name} cycle failed`))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

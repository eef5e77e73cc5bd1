import type { Config } from './config.ts';
import { buildApp } from './app.ts';
import { startReminderWorker } from './jobs/reminder-worker.ts';
import { startRetentionWorker } from './jobs/retention.ts';
import { startStore } from './start-store.ts';

/** Starts the web server; resolves once it listens, and closes cleanly on SIGINT/SIGTERM. */
export async function serve(config: Config): Promise<{ url: string; close(): Promise<void> }> {
  const store = await startStore(config);
  const app = await buildApp({ store, logger: true, auth: config.auth, trustProxy: config.trustProxy });
  const reminders = startReminderWorker(store, config.reminders, app.log);
  const retention = startRetentionWorker(store, app.log);
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await reminders.stop();
      await retention.stop();
      await app.close();
      await store.close();
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void close().then(() => process.exit(0)));
  }
  try {
    const url = await app.listen({ port: config.port, host: config.host });
    return { url, close };
  } catch (error) {
    await close();
    throw error;
  }
}

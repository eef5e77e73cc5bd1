import { seedDemoIfEmpty } from './commands/demo/seed-demo.ts';
import type { Config } from './config.ts';
import { openStore, type Store } from './store/database.ts';

/** Opens (and on first use creates, migrates and seeds) the configured database. */
export async function startStore(config: Config): Promise<Store> {
  const store = await openStore(config.database);
  if (config.seedDemo) await seedDemoIfEmpty(store);
  return store;
}

import type { FastifyInstance } from 'fastify';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../src/commands/demo/seed-demo.ts';
import { buildApp, type AppOptions } from '../../src/app.ts';
import type { Store } from '../../src/store/database.ts';
import { openTestStore, type TestDatabase } from './databases.ts';

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  /** A bearer token for a demo user, by e-mail address. */
  token(email: string): Promise<string>;
  /** Forgets the user's token (it died with a new password), so the next call asks for a new one. */
  forgetToken(email: string): void;
  close(): Promise<void>;
}

/** A fresh database with the demo data and the HTTP app over it. */
export async function startTestApp(database: TestDatabase, options: Pick<AppOptions, 'onRoute' | 'today'> = {}): Promise<TestApp> {
  const store = await openTestStore(database);
  await seedDemoIfEmpty(store);
  const app = await buildApp({ store, ...options });
  await app.ready();
  const tokens = new Map<string, string>();
  return {
    app,
    store,
    async token(email) {
      const known = tokens.get(email);
      if (known !== undefined) return known;
      const response = await app.inject({ method: 'POST', url: '/api/auth/token', payload: { email, password: DEMO_PASSWORD } });
      const { token } = response.json() as { token: string };
      tokens.set(email, token);
      return token;
    },
    forgetToken(email) {
      tokens.delete(email);
    },
    async close() {
      await app.close();
      await store.close();
    },
  };
}

export const REGIEVOERDER = 'regievoerder@delinde.example';
export const MEDEWERKER = 'medewerker@delinde.example';
export const FUNDER_REVIEWER = 'zorgadviseur@vgz.example';

/**
 * The demo data's staff, one of each role and kind of organisation (src/commands/demo/seed-demo.ts):
 * whom the tests that visit every route or every page visit them as, beside a client's account of
 * their own. The regievoerder first: of a case, they see the most.
 */
export const DEMO_STAFF = [REGIEVOERDER, MEDEWERKER, 'beheerder@delinde.example', 'beoordelaar@groningen.example', FUNDER_REVIEWER, 'medisch.adviseur@vgz.example'] as const;

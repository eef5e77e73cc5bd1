import type { Actor } from '../policy/policy.ts';
import type { Store } from '../store/database.ts';

/** What every command runs with: the store and the actor on whose behalf it acts. */
export interface CommandContext {
  store: Store;
  actor: Actor;
}

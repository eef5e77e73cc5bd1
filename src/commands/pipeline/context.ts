import { todayInAmsterdam } from '../clock.ts';
import type { IsoDate } from '../domain/dossier/types.ts';
import type { Actor } from '../policy/policy.ts';
import type { Store } from '../store/database.ts';

/** What every command runs with: the store and the actor on whose behalf it acts. */
export interface CommandContext {
  store: Store;
  actor: Actor;
  /** Today's date; tests pin it, everything else uses the Dutch calendar date (clock.ts). */
  today?: () => IsoDate;
}

export function todayOf(ctx: CommandContext): IsoDate {
  return (ctx.today ?? todayInAmsterdam)();
}

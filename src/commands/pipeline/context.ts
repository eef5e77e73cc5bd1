import { todayInAmsterdam } from '../../clock.ts';
import type { IsoDate } from '../../domain/dossier/types.ts';
import type { Actor } from '../../policy/actors.ts';
import type { Store } from '../../store/database.ts';
import type { AccessLogSink } from './access-log-rows.ts';

/** What every command runs with, whichever door it came through. */
export interface CommandContext {
  store: Store;
  actor: Actor;
  /**
   * Where the action came from (NEN 7513 NetworkAccessPointID): the caller's IP address over
   * HTTP, the machine's host name for the CLI and the jobs.
   */
  origin: string;
  /** Today's date; tests pin it, everything else uses the Dutch calendar date (clock.ts). */
  today?: () => IsoDate;
  /** The moment the access log records; the wall clock unless a test pins it. */
  now?: () => Date;
  /** Where access-log rows go: the database's hash chains (only the benchmark measures without). */
  accessLog?: AccessLogSink;
}

/** Today's date: the pinned one, else the Dutch calendar date of the command's moment (so a pinned `now` moves today with it). */
export function todayOf(ctx: CommandContext): IsoDate {
  return ctx.today !== undefined ? ctx.today() : todayInAmsterdam(nowOf(ctx));
}

/** The moment of the command: the wall clock unless a test pins it. */
export function nowOf(ctx: CommandContext): Date {
  return (ctx.now ?? (() => new Date()))();
}

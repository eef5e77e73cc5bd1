import type { FastifyRequest } from 'fastify';
import { DEFAULT_AUTH_SETTINGS, type AuthSettings } from '../auth/settings.ts';
import type { CommandContext } from '../commands/pipeline/context.ts';
import type { AccessLogSink } from '../commands/pipeline/access-log-rows.ts';
import type { IsoDate } from '../domain/dossier/types.ts';
import type { Actor } from '../policy/actors.ts';
import type { Store } from '../store/database.ts';

// The command context of a request: who the door found the caller to be, and where the request came
// from. Each door (the API, the pages) sets it once its own way of authenticating has succeeded.

declare module 'fastify' {
  interface FastifyRequest {
    commandContext: CommandContext | null;
  }
}

/** What the doors are composed with (app.ts). */
export interface DoorOptions {
  store: Store;
  /** Only the benchmark replaces the database's access log. */
  accessLog?: AccessLogSink;
  /** Lifetimes of sessions, tokens and invitations; the defaults unless configured (config.ts). */
  auth?: AuthSettings;
  /** Today's date for every command; tests pin it, the server uses the Dutch calendar date (clock.ts). */
  today?: () => IsoDate;
}

export function authSettingsOf(options: DoorOptions): AuthSettings {
  return options.auth ?? DEFAULT_AUTH_SETTINGS;
}

export function contextFor(options: DoorOptions, request: FastifyRequest, actor: Actor): CommandContext {
  return {
    store: options.store,
    actor,
    origin: request.ip,
    ...(options.accessLog !== undefined ? { accessLog: options.accessLog } : {}),
    ...(options.today !== undefined ? { today: options.today } : {}),
  };
}

/** The context of an authenticated request; a route declared public has none, and must not run commands. */
export function contextOf(request: FastifyRequest): CommandContext {
  if (request.commandContext === null) throw new Error(`${request.method} ${request.url}: no command context (a public route ran a command)`);
  return request.commandContext;
}

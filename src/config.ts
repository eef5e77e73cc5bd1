import type { DatabaseTarget } from './store/database.ts';

// The one place that reads process.env. Every setting is checked at start-up, so a typo stops
// the process with a message that names the variable instead of failing later on first use.

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseTarget;
  /** Seed demo organisations, users and cases into an empty database. */
  seedDemo: boolean;
}

export class ConfigError extends Error {
  constructor(variable: string, reason: string) {
    super(`Ongeldige configuratie: ${variable} ${reason}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError('PORT', `moet een poortnummer van 0 tot en met 65535 zijn, niet "${env.PORT}"`);
  }
  const dataDir = env.ZORGVULDIG_DATA_DIR || './data';
  const url = env.DATABASE_URL;
  let database: DatabaseTarget = { kind: 'pglite', dataDir };
  if (url !== undefined && url !== '') {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError('DATABASE_URL', 'is geen geldige URL (verwacht postgres://gebruiker@host:5432/database)');
    }
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
      throw new ConfigError('DATABASE_URL', `moet met postgres:// beginnen, niet met ${parsed.protocol}//`);
    }
    database = { kind: 'postgresql', url };
  }
  const seed = env.ZORGVULDIG_DEMO_DATA ?? 'true';
  if (seed !== 'true' && seed !== 'false') {
    throw new ConfigError('ZORGVULDIG_DEMO_DATA', `moet "true" of "false" zijn, niet "${seed}"`);
  }
  return { port, host: env.HOST || '127.0.0.1', dataDir, database, seedDemo: seed === 'true' };
}

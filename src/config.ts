import type { AuthSettings } from './auth/settings.ts';
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
  reminders: ReminderConfig;
  auth: AuthSettings;
  /**
   * Whose X-Forwarded-For and X-Forwarded-Proto to believe (Fastify's trustProxy): false (none,
   * the default: the application is reached directly), true (any: only behind a proxy that
   * overwrites them), a number of proxy hops, or a list of proxy addresses and CIDR ranges.
   */
  trustProxy: boolean | number | string;
}

export interface ReminderConfig {
  /** A deadline this many days ahead (or overdue) gets its reminder. */
  windowDays: number;
  /** How often the reminder job scans and delivers. */
  intervalMs: number;
  /** `smtp://…` or `smtps://…`; undefined: reminders go to the in-app list only. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /**
   * Test only (test/reminders): `after-send` kills the process right after the SMTP server accepted a
   * reminder and before it is marked sent, to prove a restart does not send it again.
   */
  faultInjection: 'after-send' | undefined;
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
  const host = env.HOST || '127.0.0.1';
  return {
    port,
    host,
    dataDir,
    database,
    seedDemo: seed === 'true',
    reminders: loadReminderConfig(env),
    auth: loadAuthSettings(env, port),
    trustProxy: loadTrustProxy(env.ZORGVULDIG_TRUST_PROXY),
  };
}

function loadTrustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  if (/^[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*$/.test(raw)) return raw;
  throw new ConfigError(
    'ZORGVULDIG_TRUST_PROXY',
    `moet "false", "true", een aantal proxy's (bijvoorbeeld 1) of een lijst van adressen (bijvoorbeeld 10.0.0.1,10.0.1.0/24) zijn, niet "${raw}"`,
  );
}

function loadAuthSettings(env: NodeJS.ProcessEnv, port: number): AuthSettings {
  const publicUrl = (env.ZORGVULDIG_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+(\/\S*)?$/.test(publicUrl)) {
    throw new ConfigError('ZORGVULDIG_PUBLIC_URL', `moet met http:// of https:// beginnen, bijvoorbeeld https://zorgvuldig.example.nl, niet "${publicUrl}"`);
  }
  const minutes = 60_000;
  return {
    sessionIdleMs: positiveInteger(env, 'ZORGVULDIG_SESSION_IDLE_MINUTES', 30, 24 * 60) * minutes,
    sessionMaxMs: positiveInteger(env, 'ZORGVULDIG_SESSION_HOURS', 10, 7 * 24) * 60 * minutes,
    apiTokenMs: positiveInteger(env, 'ZORGVULDIG_API_TOKEN_DAYS', 30, 366) * 24 * 60 * minutes,
    invitationMs: positiveInteger(env, 'ZORGVULDIG_INVITATION_HOURS', 72, 30 * 24) * 60 * minutes,
    publicUrl,
  };
}

function positiveInteger(env: NodeJS.ProcessEnv, variable: string, fallback: number, max: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new ConfigError(variable, `moet een geheel getal van 1 tot en met ${max} zijn, niet "${raw}"`);
  }
  return Number(raw);
}

function loadReminderConfig(env: NodeJS.ProcessEnv): ReminderConfig {
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl !== undefined && !/^smtps?:\/\/[^/\s]+/.test(smtpUrl)) {
    throw new ConfigError('SMTP_URL', 'moet met smtp:// of smtps:// beginnen, bijvoorbeeld smtp://gebruiker:wachtwoord@mail.example.nl:587');
  }
  const mailFrom = env.ZORGVULDIG_MAIL_FROM || 'Zorgvuldig <noreply@zorgvuldig.invalid>';
  if (!/^[^<>@\s]+@[^<>@\s]+$|<[^<>@\s]+@[^<>@\s]+>$/.test(mailFrom)) {
    throw new ConfigError('ZORGVULDIG_MAIL_FROM', `is geen e-mailadres ("naam@domein" of "Naam <naam@domein>"): "${mailFrom}"`);
  }
  const fault = env.ZORGVULDIG_TEST_FAULT || undefined;
  if (fault !== undefined && fault !== 'after-send') {
    throw new ConfigError('ZORGVULDIG_TEST_FAULT', `kent alleen "after-send" (alleen voor tests), niet "${fault}"`);
  }
  return {
    windowDays: positiveInteger(env, 'ZORGVULDIG_REMINDER_WINDOW_DAYS', 3, 365),
    intervalMs: positiveInteger(env, 'ZORGVULDIG_REMINDER_INTERVAL_SECONDS', 60, 86_400) * 1000,
    smtpUrl,
    mailFrom,
    faultInjection: fault,
  };
}

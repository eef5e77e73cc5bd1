// How long the things that prove who someone is stay good. Set from the environment (config.ts);
// tests and the doors use the defaults unless they say otherwise.

export interface AuthSettings {
  /** A session nobody used for this long is over (NEN 7510: lock an unattended session). */
  sessionIdleMs: number;
  /** A session is over this long after signing in, used or not. */
  sessionMaxMs: number;
  /** An API token's lifetime. */
  apiTokenMs: number;
  /** How long an invitation link can be used. */
  invitationMs: number;
  /** Where the application is reached (for the links in invitations), without a trailing slash. */
  publicUrl: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  sessionIdleMs: 30 * MINUTE,
  sessionMaxMs: 10 * HOUR,
  apiTokenMs: 30 * DAY,
  invitationMs: 72 * HOUR,
  publicUrl: 'http://localhost:3000',
};

/** The second step of signing in (the code) must follow the password within this time. */
export const PENDING_SESSION_MS = 10 * MINUTE;
/** A browser where the account signed in is trusted this long (decision 0015). */
export const TRUSTED_DEVICE_MS = 90 * DAY;

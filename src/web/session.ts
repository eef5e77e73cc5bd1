import type { FastifyReply, FastifyRequest } from 'fastify';
import { tokenHash } from '../auth/tokens.ts';
import type { SignedIn } from '../commands/auth/credentials.ts';
import type { Store } from '../store/database.ts';
import { findSessionUser, type SessionUser } from '../store/sessions.ts';

// The cookies of signing in. The session cookie holds the random session id (the database holds its
// hash, the user, the stage of signing in, its end and last use); the device cookie the ids of the
// trusted devices this browser is for its accounts (decision 0015). Both HttpOnly (scripts cannot
// read them), SameSite=Lax (other sites' forms do not carry them), Secure whenever the request came
// over https (behind a proxy: as ZORGVULDIG_TRUST_PROXY lets Fastify see it).

const SESSION_COOKIE = 'zv_sessie';
const DEVICE_COOKIE = 'zv_apparaat';
/** A browser shared by a few people keeps a trusted device for each of its last few accounts. */
const DEVICES_KEPT = 5;

const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax', secure: 'auto' } as const;

export function sessionIdOf(request: FastifyRequest): string | undefined {
  const value = request.cookies[SESSION_COOKIE];
  return value === undefined || value === '' ? undefined : value;
}

export function deviceIdsOf(request: FastifyRequest): string[] {
  return (request.cookies[DEVICE_COOKIE] ?? '').split('.').filter((id) => /^[A-Za-z0-9_-]{20,100}$/.test(id)).slice(0, DEVICES_KEPT);
}

export async function sessionUser(store: Store, request: FastifyRequest, now: Date, idleMs: number): Promise<SessionUser | undefined> {
  const id = sessionIdOf(request);
  return id === undefined ? undefined : findSessionUser(store.db, tokenHash(id), now, idleMs);
}

/**
 * A new session's cookie. It lives as long as the session may (the idle timeout is the server's);
 * the CSRF secret is dropped with the old session, so the next page makes a new one (and its tokens
 * are bound to the new session: web/plugin.ts).
 */
export function setSessionCookie(reply: FastifyReply, id: string, expires: Date): void {
  reply.setCookie(SESSION_COOKIE, id, { ...cookieOptions, expires });
  reply.clearCookie('_csrf', cookieOptions);
}

/** After a completed sign-in: the session, and this browser trusted for the account. */
export function setSignedInCookies(request: FastifyRequest, reply: FastifyReply, signedIn: SignedIn): void {
  setSessionCookie(reply, signedIn.session.id, signedIn.session.expiresAt);
  if (signedIn.device !== undefined) {
    const ids = [signedIn.device.id, ...deviceIdsOf(request)].slice(0, DEVICES_KEPT);
    reply.setCookie(DEVICE_COOKIE, ids.join('.'), { ...cookieOptions, expires: signedIn.device.expiresAt });
  }
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions);
  reply.clearCookie('_csrf', cookieOptions);
}

/** What a CSRF token is bound to: the session in the cookie (none yet: a word of its own, never empty). */
export function csrfUserInfo(request: FastifyRequest): string {
  const id = sessionIdOf(request);
  return id === undefined ? 'zonder-sessie' : tokenHash(id);
}

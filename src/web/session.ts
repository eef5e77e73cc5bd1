import type { FastifyReply, FastifyRequest } from 'fastify';
import { tokenHash } from '../auth/tokens.ts';
import type { Store } from '../store/database.ts';
import { findSessionUser, type SessionUser } from '../store/sessions.ts';

// The session cookie holds the random session id; the database holds its hash, the user and the
// expiry. HttpOnly (scripts cannot read it), SameSite=Lax (other sites' forms do not carry it),
// Secure whenever the page is served over https.

export const SESSION_COOKIE = 'zv_sessie';

export function sessionIdOf(request: FastifyRequest): string | undefined {
  const value = request.cookies[SESSION_COOKIE];
  return value === undefined || value === '' ? undefined : value;
}

export async function sessionUser(store: Store, request: FastifyRequest, now: Date): Promise<SessionUser | undefined> {
  const id = sessionIdOf(request);
  return id === undefined ? undefined : findSessionUser(store.db, tokenHash(id), now);
}

export function setSessionCookie(reply: FastifyReply, id: string, expires: Date): void {
  reply.setCookie(SESSION_COOKIE, id, { path: '/', httpOnly: true, sameSite: 'lax', secure: 'auto', expires });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: 'auto' });
}

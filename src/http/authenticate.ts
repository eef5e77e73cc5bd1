import type { FastifyRequest } from 'fastify';
import { tokenHash } from '../auth/tokens.ts';
import { NotFoundError, UnauthenticatedError } from '../domain/errors.ts';
import type { UserActor } from '../policy/actors.ts';
import type { Store } from '../store/database.ts';
import { feedOwner } from '../store/calendar-feeds.ts';
import { actorForToken } from '../store/api-tokens.ts';

/** The actor behind the request's `Authorization: Bearer …` header, or UnauthenticatedError. */
export async function authenticate(store: Store, request: FastifyRequest): Promise<UserActor> {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer\s+(\S+)$/i.exec(header);
  if (match === null) throw new UnauthenticatedError('Stuur een API-token mee: Authorization: Bearer <token> (zie POST /api/auth/token).');
  const actor = await actorForToken(store.db, tokenHash(match[1] as string), new Date());
  if (actor === undefined) throw new UnauthenticatedError('Het API-token is onbekend, verlopen of ingetrokken (vraag een nieuw aan: POST /api/auth/token).');
  return actor;
}

/**
 * The owner of a calendar feed, from the secret in its URL (calendar apps cannot send a token);
 * NotFoundError for an unknown or revoked secret, the two indistinguishable on purpose.
 */
export async function authenticateFeed(store: Store, file: string): Promise<UserActor> {
  const secret = /^([A-Za-z0-9_-]{43})\.ics$/.exec(file)?.[1];
  const owner = secret === undefined ? undefined : await feedOwner(store.db, tokenHash(secret));
  if (owner === undefined) throw new NotFoundError('Dit agenda-abonnement bestaat niet (meer).');
  return owner;
}

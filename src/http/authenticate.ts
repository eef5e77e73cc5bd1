import type { FastifyRequest } from 'fastify';
import { tokenHash } from '../auth/tokens.ts';
import { UnauthenticatedError } from '../domain/errors.ts';
import type { Actor } from '../policy/policy.ts';
import type { Store } from '../store/database.ts';
import { actorForToken } from '../store/users.ts';

/** The actor behind the request's `Authorization: Bearer …` header, or UnauthenticatedError. */
export async function authenticate(store: Store, request: FastifyRequest): Promise<Actor> {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer\s+(\S+)$/i.exec(header);
  if (match === null) throw new UnauthenticatedError('Stuur een API-token mee: Authorization: Bearer <token> (zie POST /api/auth/token).');
  const actor = await actorForToken(store.db, tokenHash(match[1] as string));
  if (actor === undefined) throw new UnauthenticatedError('Het API-token is onbekend of ingetrokken.');
  return actor;
}

import { SignInBlockedError } from '../commands/auth/issue-api-token.ts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError, TooBusyError,
  UnauthenticatedError,
  type ValidationIssue,
} from '../domain/errors.ts';

// Maps what went wrong onto a status and one JSON shape. Only an unexpected error becomes a 500,
// and even then the client sees a sentence, never a stack trace (that goes to the log).

export interface ErrorBody {
  error: string;
  message: string;
  issues?: ValidationIssue[];
}

function body(error: string, message: string, issues?: ValidationIssue[]): ErrorBody {
  return issues === undefined ? { error, message } : { error, message, issues };
}

function errorResponse(error: unknown): { status: number; body: ErrorBody } | undefined {
  if (error instanceof InvalidInputError) {
    return { status: 400, body: body('invalid-input', 'De invoer is ongeldig; er is niets gewijzigd.', error.issues) };
  }
  if (error instanceof ConflictError) return { status: 409, body: body('conflict', 'Conflict; er is niets gewijzigd.', error.issues) };
  if (error instanceof UnauthenticatedError) return { status: 401, body: body('unauthenticated', error.message) };
  if (error instanceof ForbiddenError) return { status: 403, body: body('forbidden', error.message) };
  if (error instanceof NotFoundError) return { status: 404, body: body('not-found', error.message) };
  if (error instanceof SignInBlockedError) return { status: 429, body: body('too-many-attempts', error.message) };
  if (error instanceof TooBusyError) return { status: 503, body: body('too-busy', error.message) };
  return undefined;
}

const FRAMEWORK_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'geen geldige JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'de body is leeg; verwacht JSON',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'verwacht Content-Type: application/json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'de body is te groot',
};

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const mapped = errorResponse(error);
    if (error instanceof SignInBlockedError) reply.header('retry-after', Math.max(1, Math.ceil((error.until.getTime() - Date.now()) / 1000)));
    if (mapped !== undefined) return reply.status(mapped.status).send(mapped.body);
    const status = error.statusCode ?? 500;
    if (status < 500) {
      // Fastify's own 4xx: a body that is not JSON, too large, the wrong media type.
      const reason = FRAMEWORK_MESSAGES[error.code] ?? error.message;
      if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
        return reply.status(400).send(body('invalid-input', 'De invoer is geen geldige JSON; er is niets gewijzigd.', [{ path: '$', message: reason }]));
      }
      return reply.status(status).send(body('bad-request', reason));
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send(body('internal', 'Er ging iets mis aan onze kant; er is niets gewijzigd. Probeer het later opnieuw.'));
  });
}

/** An address under /api that no route answers. */
export function apiNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.status(404).send(body('not-found', `Geen API-route op ${request.method} ${request.url}.`));
}

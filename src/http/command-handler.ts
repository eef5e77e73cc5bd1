import type { FastifyReply, FastifyRequest } from 'fastify';
import { execute, type Command } from '../commands/pipeline/execute.ts';
import type { Resource } from '../policy/resources.ts';
import { contextOf } from '../requests/context.ts';
import type { IdParams } from './schemas.ts';

// Most API routes are one command: take its input from the request, run it through the pipeline,
// answer with its result. One handler for them, so a route states only what differs: the
// command, where its input comes from, and the status (204: nothing to send back).

type Status = 200 | 201 | 204;

export function commandHandler<I, R extends Resource, O, Req extends FastifyRequest = FastifyRequest<IdParams>>(
  status: Status,
  cmd: Command<I, R, O>,
  input: (request: Req) => I,
  present: (result: O) => unknown = (result) => result,
) {
  return async (request: Req, reply: FastifyReply): Promise<FastifyReply> => {
    const result = await execute(contextOf(request), cmd, input(request));
    return status === 204 ? reply.status(204).send() : reply.status(status).send(present(result));
  };
}

/** The input of a command on the resource named by the path's `:id`, with the request's body. */
export function idAndBody<K extends string>(key: K): (request: FastifyRequest<IdParams>) => Record<K, string> & { body: unknown } {
  return (request) => ({ [key]: request.params.id, body: request.body }) as Record<K, string> & { body: unknown };
}

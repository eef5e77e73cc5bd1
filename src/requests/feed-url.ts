import type { FastifyRequest } from 'fastify';

/** This site's address as the request reached it. */
export function origin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** Where a calendar app fetches the feed: the API hands it out, and so does the page. */
export function calendarFeedUrl(request: FastifyRequest, secret: string): string {
  return `${origin(request)}/agenda/${secret}.ics`;
}

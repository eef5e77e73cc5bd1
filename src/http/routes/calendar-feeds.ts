import type { FastifyInstance } from 'fastify';
import { createCalendarFeed } from '../../commands/deadlines/create-calendar-feed.ts';
import { readCalendarFeed } from '../../commands/deadlines/read-calendar-feed.ts';
import { revokeCalendarFeed } from '../../commands/deadlines/revoke-calendar-feed.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { contextOf } from '../../requests/context.ts';
import { calendarFeedUrl, origin } from '../../requests/feed-url.ts';
import { errorResponses, noContent } from '../schemas.ts';

// The personal calendar feed: made or revoked with a token, fetched by the calendar app with the
// secret in its URL.

export function calendarFeedRoutes(app: FastifyInstance): void {
  app.post(
    '/api/me/calendar-feed',
    {
      schema: {
        summary: 'Persoonlijk agenda-abonnement (iCalendar) aanmaken of vervangen',
        description:
          'Geeft een geheime URL voor Outlook of Google Agenda. Alleen nu zichtbaar; een nieuwe aanvraag trekt de vorige in.',
        tags: ['termijnen'],
        response: { 201: { type: 'object', properties: { url: { type: 'string' } } }, ...errorResponses },
      },
      config: { access: { action: 'calendar-feed.manage', event: 'calendar-feed.create' } },
    },
    async (request, reply) => {
      const secret = await execute(contextOf(request), createCalendarFeed, undefined);
      return reply.status(201).send({ url: calendarFeedUrl(request, secret) });
    },
  );

  app.delete(
    '/api/me/calendar-feed',
    {
      schema: { summary: 'Agenda-abonnement intrekken', tags: ['termijnen'], response: noContent },
      config: { access: { action: 'calendar-feed.manage', event: 'calendar-feed.revoke' } },
    },
    async (request, reply) => {
      await execute(contextOf(request), revokeCalendarFeed, undefined);
      return reply.status(204).send();
    },
  );

  app.get<{ Params: { file: string } }>(
    '/agenda/:file',
    {
      schema: { summary: 'Agenda-abonnement (iCalendar); de URL zelf is het geheim', tags: ['termijnen'], security: [] },
      // The URL is the credential: keep it out of the request log (info level logs every URL).
      logLevel: 'warn',
      config: { access: { action: 'deadline.list', event: 'deadline.feed', credential: 'feed-secret' } },
    },
    async (request, reply) => {
      const base = origin(request);
      const { ics } = await execute(contextOf(request), readCalendarFeed, (caseId: string) => `${base}/casussen/${caseId}`);
      return reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, max-age=900').send(ics);
    },
  );
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createCalendarFeed } from '../../commands/deadlines/create-calendar-feed.ts';
import { listDeadlines } from '../../commands/deadlines/list-deadlines.ts';
import { revokeCalendarFeed } from '../../commands/deadlines/revoke-calendar-feed.ts';
import { listNotifications } from '../../commands/notifications/list-notifications.ts';
import { markRead } from '../../commands/notifications/mark-notification-read.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { userOf } from '../../commands/pipeline/resources.ts';
import { listTeams } from '../../commands/teams/list-teams.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { contextOf } from '../../requests/context.ts';
import { nextCursor } from '../../requests/cursor.ts';
import { calendarFeedUrl } from '../../requests/feed-url.ts';
import { integerParam } from '../../requests/query.ts';
import { isUuid } from '../../store/ids.ts';
import { parseDeadlineListParams } from '../deadline-list-params.ts';
import type { FormValues } from '../entry-forms.ts';
import { html } from '../errors.ts';
import { calendarFeedPage } from '../pages/calendar-feed.ts';
import { deadlinesPage } from '../pages/deadlines.ts';
import { notificationsPage } from '../pages/notifications.ts';
import { presentNotification, type PageUser } from '../presenters.ts';
import { text } from './form-values.ts';

// The deadlines area: Termijnen, Meldingen and Agenda-koppeling. They belong to a provider's staff
// (their links lead to the provider's cases): each is in an area the policy lets them enter.

const PAGE_SIZE = 25;

type Query = Record<string, string | string[] | undefined>;

const user = (request: FastifyRequest) => request.pageUser as PageUser;

export function deadlinePages(app: FastifyInstance): void {
  app.get('/termijnen', { config: { access: { action: 'deadline.list', event: 'deadline.list', area: 'deadlines' } } }, async (request, reply) => {
    const ctx = contextOf(request);
    const teams = await execute(ctx, listTeams, undefined);
    const params = parseDeadlineListParams(request.query as Query, teams.map((t) => t.id));
    const { overview, next } = await execute(ctx, listDeadlines, {
      ...(params.type !== undefined ? { types: [params.type] } : {}),
      ...(params.team !== undefined ? { teamId: params.team } : {}),
      limit: PAGE_SIZE,
      offset: (params.page - 1) * PAGE_SIZE,
      ...(params.after !== undefined ? { after: params.after } : {}),
    });
    return html(reply, deadlinesPage({ user: user(request), csrfToken: reply.generateCsrf(), params, teams, overview, pageSize: PAGE_SIZE, next: nextCursor(next) }));
  });

  app.get(
    '/meldingen',
    { config: { access: { action: 'notification.list', event: 'notification.list', area: 'notifications' } } },
    async (request, reply) => {
      const pageNumber = integerParam(request.query as Query, 'pagina', 1, 1, 1_000_000);
      const result = await execute(contextOf(request), listNotifications, { unreadOnly: false, limit: PAGE_SIZE, offset: (pageNumber - 1) * PAGE_SIZE });
      return html(
        reply,
        notificationsPage({
          user: user(request),
          csrfToken: reply.generateCsrf(),
          page: pageNumber,
          pageSize: PAGE_SIZE,
          total: result.total,
          unread: result.unread,
          notifications: result.notifications.map((n) => presentNotification(n, userOf(contextOf(request).actor).organisationId)),
        }),
      );
    },
  );

  app.post<{ Params: { id: string }; Body: FormValues }>(
    '/meldingen/:id/gelezen',
    { config: { access: { action: 'notification.list', event: 'notification.read', area: 'notifications' } } },
    async (request, reply) => {
      const { id } = request.params;
      if (!isUuid(id)) throw new NotFoundError('Deze melding bestaat niet.');
      await execute(contextOf(request), markRead, id);
      const back = text(request.body, 'pagina');
      return reply.redirect(`/meldingen?pagina=${/^[1-9]\d{0,6}$/.test(back) ? back : '1'}#melding-${id}`, 303);
    },
  );

  app.get('/agenda', { config: { access: { action: 'calendar-feed.manage', event: 'area.enter', area: 'calendar' } } }, async (request, reply) =>
    html(reply, calendarFeedPage({ user: user(request), csrfToken: reply.generateCsrf() })),
  );

  // The new address is shown in the response itself, never in a URL (which would end up in logs
  // and the browser's history), and only this once.
  app.post(
    '/agenda/aanmaken',
    { config: { access: { action: 'calendar-feed.manage', event: 'calendar-feed.create', area: 'calendar' } } },
    async (request, reply) => {
      const secret = await execute(contextOf(request), createCalendarFeed, undefined);
      const result = { kind: 'created', url: calendarFeedUrl(request, secret) } as const;
      return html(reply, calendarFeedPage({ user: user(request), csrfToken: reply.generateCsrf(), result }));
    },
  );

  app.post(
    '/agenda/intrekken',
    { config: { access: { action: 'calendar-feed.manage', event: 'calendar-feed.revoke', area: 'calendar' } } },
    async (request, reply) => {
      let kind: 'revoked' | 'none-to-revoke' = 'revoked';
      try {
        await execute(contextOf(request), revokeCalendarFeed, undefined);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        kind = 'none-to-revoke';
      }
      return html(reply, calendarFeedPage({ user: user(request), csrfToken: reply.generateCsrf(), result: { kind } }));
    },
  );
}

import type { FastifyInstance } from 'fastify';
import { authSettingsOf, contextFor, type DoorOptions } from '../requests/context.ts';
import { authenticate, authenticateFeed } from './authenticate.ts';
import { accessLogRoutes } from './routes/access-log.ts';
import { calendarFeedRoutes } from './routes/calendar-feeds.ts';
import { caseRoutes } from './routes/cases.ts';
import { clientRoutes } from './routes/clients.ts';
import { deadlineRoutes } from './routes/deadlines.ts';
import { documentRoutes } from './routes/documents.ts';
import { letterRoutes } from './routes/letters.ts';
import { requestRoutes } from './routes/requests.ts';
import { mailDeliveryRoutes } from './routes/mail-deliveries.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { systemRoutes } from './routes/system.ts';
import { taskRoutes } from './routes/tasks.ts';
import { teamRoutes } from './routes/teams.ts';
import { userRoutes } from './routes/users.ts';
import { accountRoutes } from './routes/account.ts';
import { suspensionReportRoutes } from './routes/suspension-reports.ts';

/**
 * The HTTP API, routes grouped by resource: thin over the commands. A route that is not public gets
 * its caller from the bearer token (the calendar feed from the secret in its URL) before it runs.
 */
export async function api(app: FastifyInstance, options: DoorOptions): Promise<void> {
  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || 'public' in access) return;
    const actor =
      access.credential === 'feed-secret'
        ? await authenticateFeed(options.store, (request.params as { file: string }).file)
        : await authenticate(options.store, request);
    request.commandContext = contextFor(options, request, actor);
  });
  systemRoutes(app, options.store, authSettingsOf(options));
  caseRoutes(app);
  letterRoutes(app);
  documentRoutes(app);
  requestRoutes(app);
  deadlineRoutes(app);
  calendarFeedRoutes(app);
  notificationRoutes(app);
  mailDeliveryRoutes(app);
  teamRoutes(app);
  userRoutes(app, authSettingsOf(options));
  accountRoutes(app);
  accessLogRoutes(app);
  suspensionReportRoutes(app);
  taskRoutes(app);
  clientRoutes(app);
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { calendarFeed, createCalendarFeed, revokeCalendarFeed } from '../../commands/calendar-feed.ts';
import { listDeadlines } from '../../commands/deadline-overview.ts';
import { DEADLINE_TYPES } from '../../commands/deadline-types.ts';
import { isUuid } from '../../store/ids.ts';
import { mailDeliveries, myNotifications, readNotification, resendDelivery } from '../../commands/notifications.ts';
import { InvalidInputError, NotFoundError } from '../../domain/errors.ts';
import type { Store } from '../../store/database.ts';
import type { MailStatus } from '../../store/schema.ts';
import { authenticate } from '../authenticate.ts';
import { enumParam, integerParam } from '../query.ts';

// Issue 4 over HTTP: the organisation-wide deadline overview, the personal calendar feed, the
// in-app notifications and, for the beheerder, the reminder e-mails' delivery state.

type AnyQuery = Record<string, string | string[] | undefined>;
type IdParams = { Params: { id: string } };

const MAIL_STATUSES: readonly MailStatus[] = ['pending', 'sending', 'sent', 'retrying', 'failed', 'unconfirmed'];
const TYPE_IDS = DEADLINE_TYPES.map((t) => t.id);

const errorResponses = {
  400: { description: 'Ongeldige invoer: `issues` noemt per parameter de reden.' },
  401: { description: 'Geen of een ongeldig API-token.' },
  403: { description: 'Deze gebruiker mag dit niet.' },
} as const;
const noContent = { 204: { description: 'Gedaan.', type: 'null' }, ...errorResponses } as const;
const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;
const paging = {
  limit: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
  offset: { type: 'integer', minimum: 0, default: 0 },
} as const;

function uuidParam(value: string | undefined, path: string): string | undefined {
  if (value !== undefined && !isUuid(value)) throw new InvalidInputError([{ path, message: 'is geen geldig id (een UUID)' }]);
  return value;
}

/** Repeated `?type=a&type=b` or one `?type=a,b`: each must be a known deadline type. */
function typesParam(query: AnyQuery): string[] | undefined {
  const raw = query.type;
  if (raw === undefined) return undefined;
  const types = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => v.split(','));
  const unknown = types.find((t) => !TYPE_IDS.includes(t));
  if (unknown !== undefined) {
    throw new InvalidInputError([{ path: '?type', message: `onbekend termijntype "${unknown}"; zie GET /api/deadline-types` }]);
  }
  return types;
}

function page(query: AnyQuery) {
  return { limit: integerParam(query, 'limit', 25, 1, 100), offset: integerParam(query, 'offset', 0, 0, 10_000_000) };
}

function origin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** Where a calendar app fetches the feed: the API hands it out, and so does the web page. */
export function calendarFeedUrl(request: FastifyRequest, secret: string): string {
  return `${origin(request)}/agenda/${secret}.ics`;
}

export function deadlineRoutes(app: FastifyInstance, store: Store): void {
  const ctx = async (request: FastifyRequest) => ({ store, actor: await authenticate(store, request) });

  app.get(
    '/api/deadlines',
    {
      schema: {
        summary: 'Termijnenoverzicht van mijn organisatie',
        description:
          'Elke openstaande termijn van de casussen van mijn organisatie, verlopen eerst en dan op datum, met regel, ' +
          'startmoment en bron. Voor een financier: de beslistermijnen van de verzoeken die bij hem zijn ingediend.',
        tags: ['termijnen'],
        querystring: {
          type: 'object',
          properties: {
            type: { type: 'string', description: 'Termijntype(n), kommagescheiden; zie /api/deadline-types.' },
            team: { type: 'string', format: 'uuid' },
            ...paging,
          },
        },
        response: errorResponses,
      },
    },
    async (request) => {
      const query = request.query as AnyQuery;
      const types = typesParam(query);
      const teamId = uuidParam(Array.isArray(query.team) ? query.team[0] : query.team, '?team');
      return listDeadlines(await ctx(request), {
        ...(types !== undefined ? { types } : {}),
        ...(teamId !== undefined ? { teamId } : {}),
        ...page(query),
      });
    },
  );

  app.get(
    '/api/deadline-types',
    { schema: { summary: 'De termijntypen: elke termijnregel van elk protocol', tags: ['termijnen'] } },
    async () => ({ types: DEADLINE_TYPES }),
  );

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
    },
    async (request, reply) => {
      const secret = await createCalendarFeed(await ctx(request));
      return reply.status(201).send({ url: calendarFeedUrl(request, secret) });
    },
  );

  app.delete(
    '/api/me/calendar-feed',
    { schema: { summary: 'Agenda-abonnement intrekken', tags: ['termijnen'], response: noContent } },
    async (request, reply) => {
      await revokeCalendarFeed(await ctx(request));
      return reply.status(204).send();
    },
  );

  app.get<{ Params: { file: string } }>(
    '/agenda/:file',
    {
      schema: { summary: 'Agenda-abonnement (iCalendar); de URL zelf is het geheim', tags: ['termijnen'], security: [] },
      // The URL is the credential: keep it out of the request log (info level logs every URL).
      logLevel: 'warn',
    },
    async (request, reply) => {
      const match = /^(.+)\.ics$/.exec(request.params.file);
      if (match === null) throw new NotFoundError('Dit agenda-abonnement bestaat niet (meer).');
      const base = origin(request);
      const body = await calendarFeed(store, match[1] as string, (caseId) => `${base}/casussen/${caseId}`);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=900')
        .send(body);
    },
  );

  app.get(
    '/api/notifications',
    {
      schema: {
        summary: 'Mijn meldingen (termijnherinneringen)',
        tags: ['termijnen'],
        querystring: { type: 'object', properties: { unread: { type: 'string', enum: ['true', 'false'] }, ...paging } },
        response: errorResponses,
      },
    },
    async (request) => {
      const query = request.query as AnyQuery;
      return myNotifications(await ctx(request), { unreadOnly: enumParam(query, 'unread', ['true', 'false']) === 'true', ...page(query) });
    },
  );

  app.post<IdParams>(
    '/api/notifications/:id/read',
    { schema: { summary: 'Melding als gelezen markeren', tags: ['termijnen'], params: idParams, response: noContent } },
    async (request, reply) => {
      await readNotification(await ctx(request), uuidParam(request.params.id, 'id') as string);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/admin/mail-deliveries',
    {
      schema: {
        summary: 'Herinneringsmails aan gebruikers van mijn organisatie (beheerder)',
        description: 'Status, aantal pogingen en laatste fout; mislukte en onbevestigde eerst.',
        tags: ['beheer'],
        querystring: { type: 'object', properties: { status: { type: 'string', enum: [...MAIL_STATUSES] }, ...paging } },
        response: errorResponses,
      },
    },
    async (request) => {
      const query = request.query as AnyQuery;
      const status = enumParam(query, 'status', MAIL_STATUSES);
      return mailDeliveries(await ctx(request), { ...(status !== undefined ? { statuses: [status] } : {}), ...page(query) });
    },
  );

  app.post<IdParams>(
    '/api/admin/mail-deliveries/:id/resend',
    {
      schema: {
        summary: 'Mislukte of onbevestigde herinneringsmail opnieuw versturen (beheerder)',
        description: 'Bij een onbevestigde mail kan de ontvanger hem daardoor twee keer krijgen; beide met hetzelfde Message-ID.',
        tags: ['beheer'],
        params: idParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await resendDelivery(await ctx(request), uuidParam(request.params.id, 'id') as string);
      return reply.status(204).send();
    },
  );
}

import { randomBytes } from 'node:crypto';
import { createEvents, type EventAttributes } from 'ics';
import { tokenHash } from '../auth/tokens.ts';
import { addDays, formatDutchDate } from '../domain/calendar/dates.ts';
import { ForbiddenError, NotFoundError } from '../domain/errors.ts';
import { authorize, type Actor } from '../policy/policy.ts';
import { feedOwner, replaceCalendarFeed, revokeCalendarFeeds } from '../store/calendar-feeds.ts';
import type { Store } from '../store/database.ts';
import type { CommandContext } from './context.ts';
import { listDeadlines, type OverviewDeadline } from './deadline-overview.ts';
import { deadlineTypeOf } from './deadline-types.ts';

// A personal iCalendar feed of the deadlines a user sees in the overview, for Outlook and Google
// Calendar to subscribe to. The URL is the credential (calendar apps cannot send a bearer token),
// so it holds 32 random bytes, only its hash is stored, and it can be revoked. Calendar providers
// keep copies of what they fetch, so an event names the rule, its clause and the case id, never
// the client.

/** More events than this make calendar apps slow; the earliest (overdue first) are the ones that matter. */
const FEED_EVENT_LIMIT = 500;

function userOf(actor: Actor): string {
  if (actor.kind !== 'user') throw new ForbiddenError();
  authorize(actor, 'calendar-feed.manage', { organisationId: actor.organisationId });
  return actor.userId;
}

/** Issues a new feed secret for the actor, revoking the previous one; the secret is shown only now. */
export async function createCalendarFeed(ctx: CommandContext): Promise<string> {
  const userId = userOf(ctx.actor);
  const secret = randomBytes(32).toString('base64url');
  await replaceCalendarFeed(ctx.store.db, userId, tokenHash(secret));
  return secret;
}

export async function revokeCalendarFeed(ctx: CommandContext): Promise<void> {
  const userId = userOf(ctx.actor);
  if (!(await revokeCalendarFeeds(ctx.store.db, userId))) throw new NotFoundError('U heeft geen agenda-abonnement om in te trekken.');
}

function dateArray(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function event(deadline: OverviewDeadline, caseUrl: (caseId: string) => string): EventAttributes {
  const label = deadlineTypeOf(deadline.id)?.label ?? deadline.rule;
  return {
    uid: `${encodeURIComponent(deadline.caseId)}.${encodeURIComponent(deadline.id)}.${encodeURIComponent(deadline.startEvent)}@zorgvuldig`,
    start: dateArray(deadline.date),
    end: dateArray(addDays(deadline.date, 1)),
    title: `${deadline.state === 'overdue' ? 'Verlopen: ' : ''}${label} (casus ${deadline.caseId.slice(0, 8)})`,
    description: [
      deadline.rule,
      `Uiterlijk ${formatDutchDate(deadline.date, true)}.`,
      `Loopt vanaf: ${deadline.startEvent}.`,
      deadline.explanation,
      `Bron: ${deadline.source.seed}: "${deadline.source.quote}"`,
      `Casus: ${caseUrl(deadline.caseId)}`,
    ].join('\n'),
    url: caseUrl(deadline.caseId),
    categories: ['Zorgvuldig', 'Termijn'],
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
  };
}

/** The feed's iCalendar text; NotFoundError for an unknown or revoked secret (indistinguishable on purpose). */
export async function calendarFeed(
  store: Store,
  secret: string,
  caseUrl: (caseId: string) => string,
  today?: () => string,
): Promise<string> {
  const owner = /^[A-Za-z0-9_-]{43}$/.test(secret) ? await feedOwner(store.db, tokenHash(secret)) : undefined;
  if (owner === undefined) throw new NotFoundError('Dit agenda-abonnement bestaat niet (meer).');
  const ctx: CommandContext = { store, actor: owner.actor, ...(today !== undefined ? { today } : {}) };
  userOf(ctx.actor);
  const overview = await listDeadlines(ctx, {
    ...(owner.teamId !== null ? { teamId: owner.teamId } : {}),
    limit: FEED_EVENT_LIMIT,
    offset: 0,
  });
  const { error, value } = createEvents(
    overview.deadlines.map((d) => event(d, caseUrl)),
    { productId: '-//Zorgvuldig//Termijnen//NL', calName: 'Zorgvuldig: termijnen' },
  );
  if (error !== null || value === null) throw error ?? new Error('ics produced no calendar');
  return value;
}

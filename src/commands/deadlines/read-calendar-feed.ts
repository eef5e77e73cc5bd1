import { createEvents, type EventAttributes } from 'ics';
import { addDays, formatDutchDate } from '../../domain/calendar/dates.ts';
import { deadlineTypeOf } from '../../domain/assessment/deadline-types.ts';
import { userOf } from '../pipeline/resources.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { readOverview, type OverviewDeadline } from './overview.ts';

// A personal iCalendar feed of the deadlines a user sees in the overview, for Outlook and Google
// Calendar to subscribe to. The URL is the credential (calendar apps cannot send a bearer token):
// the door that serves it finds the feed's owner, who is then the actor. Calendar providers keep
// copies of what they fetch, so an event names the rule, its clause and the case id, never the
// client.

/** More events than this make calendar apps slow; the earliest (overdue first) are the ones that matter. */
const FEED_EVENT_LIMIT = 500;

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
      ...(deadline.standstill !== null ? [deadline.standstill.text] : []),
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

/** The owner's feed as iCalendar text: the deadlines of their team (of every team when they have none). */
export const readCalendarFeed = command({
  action: 'deadline.list',
  event: 'deadline.feed',
  load: async () => ({ kind: 'cases' as const }),
  async run(tx, _cases, caseUrl: (caseId: string) => string, ctx) {
    const { teamId } = userOf(ctx.actor);
    const { overview, cases } = await readOverview(tx, ctx.actor, todayOf(ctx), {
      ...(teamId !== null ? { teamId } : {}),
      limit: FEED_EVENT_LIMIT,
      offset: 0,
    });
    const { error, value } = createEvents(
      overview.deadlines.map((d) => event(d, caseUrl)),
      { productId: '-//Zorgvuldig//Termijnen//NL', calName: 'Zorgvuldig: termijnen' },
    );
    if (error !== null || value === null) throw error ?? new Error('ics produced no calendar');
    return { ics: value, cases };
  },
  touched: (result) => result.cases,
});

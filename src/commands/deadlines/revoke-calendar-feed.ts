import { NotFoundError } from '../../domain/errors.ts';
import { revokeCalendarFeeds } from '../../store/calendar-feeds.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

export const revokeCalendarFeed = command({
  action: 'calendar-feed.manage',
  event: 'calendar-feed.revoke',
  load: ownOrganisation,
  async run(tx, _organisation, _input: void, ctx): Promise<void> {
    if (!(await revokeCalendarFeeds(tx, userOf(ctx.actor).userId))) throw new NotFoundError('U heeft geen agenda-abonnement om in te trekken.');
  },
});

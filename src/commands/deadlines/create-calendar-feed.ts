import { randomBytes } from 'node:crypto';
import { tokenHash } from '../../auth/tokens.ts';
import { replaceCalendarFeed } from '../../store/calendar-feeds.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

/**
 * Issues a new feed secret for the actor, revoking the previous one; the secret is shown only now.
 * It holds 32 random bytes and only its hash is stored.
 */
export const createCalendarFeed = command({
  action: 'calendar-feed.manage',
  event: 'calendar-feed.create',
  load: ownOrganisation,
  async run(tx, _organisation, _input: void, ctx): Promise<string> {
    const secret = randomBytes(32).toString('base64url');
    await replaceCalendarFeed(tx, userOf(ctx.actor).userId, tokenHash(secret));
    return secret;
  },
});

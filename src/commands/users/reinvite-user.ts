import type { AuthSettings } from '../../auth/settings.ts';
import { nowOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { createInvitation, type Invitation } from './invitation.ts';
import { USER_NOT_FOUND } from './user-fields.ts';
import { userResource } from './user-resource.ts';

/**
 * A new invitation link for an existing user: the way back in after a forgotten password (or an
 * expired first link). Only the newest link works; the old password works until the link is used.
 */
export const reinviteUser = command({
  action: 'user.manage',
  event: 'user.invite',
  load: userResource,
  notFound: USER_NOT_FOUND,
  run: (tx, _organisation, input: { userId: string; settings: AuthSettings }, ctx): Promise<Invitation> =>
    createInvitation(tx, input.userId, ctx.actor, input.settings, nowOf(ctx)),
});

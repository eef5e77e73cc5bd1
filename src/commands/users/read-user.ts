import { NotFoundError } from '../../domain/errors.ts';
import { listApiTokens, type ApiTokenRow } from '../../store/api-tokens.ts';
import { listOrganisationUsers, type UserListRow } from '../../store/users.ts';
import { nowOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { USER_NOT_FOUND } from './user-fields.ts';
import { userResource } from './user-resource.ts';

/** One user of the organisation, with their live API tokens (for the beheerder to revoke). */
export const readUser = command({
  action: 'user.list',
  event: 'user.list',
  load: userResource,
  notFound: USER_NOT_FOUND,
  async run(tx, organisation, { userId }: { userId: string }, ctx): Promise<{ user: UserListRow; tokens: ApiTokenRow[] }> {
    if (organisation.kind !== 'organisation') throw new NotFoundError(USER_NOT_FOUND);
    const [user] = await listOrganisationUsers(tx, organisation.organisationId, nowOf(ctx), userId);
    if (user === undefined) throw new NotFoundError(USER_NOT_FOUND);
    return { user, tokens: await listApiTokens(tx, userId, nowOf(ctx)) };
  },
});

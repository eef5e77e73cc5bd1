import type { Resource } from '../../policy/resources.ts';
import { isUuid } from '../../store/ids.ts';
import type { CommandContext } from '../pipeline/context.ts';
import type { Tx } from '../pipeline/execute.ts';

/**
 * A user as what an action on them is decided on: their organisation. Another organisation's user
 * is not found for a user (as another organisation's case is), so nobody learns who works elsewhere.
 */
export async function userResource<I extends { userId: string }>(tx: Tx, input: I, ctx: CommandContext): Promise<Resource | undefined> {
  if (!isUuid(input.userId)) return undefined;
  // A client's or representative's account is managed from the client's case (decision 0020), not here.
  const row = await tx.selectFrom('users').select('organisation_id').where('id', '=', input.userId).where('client_id', 'is', null).executeTakeFirst();
  if (row === undefined) return undefined;
  if (ctx.actor.kind === 'user' && ctx.actor.organisationId !== row.organisation_id) return undefined;
  return { kind: 'organisation', organisationId: row.organisation_id };
}

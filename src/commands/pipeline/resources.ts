import { ForbiddenError } from '../../domain/errors.ts';
import type { Actor } from '../../policy/actors.ts';
import type { Resource } from '../../policy/resources.ts';
import { isUuid } from '../../store/ids.ts';
import type { CommandContext } from './context.ts';
import type { Tx } from './execute.ts';

// The resources that are not cases: an organisation, and the actor's own organisation.

/** An existing organisation as a resource; undefined when there is none with that id. */
export async function organisationResource(tx: Tx, organisationId: string): Promise<Resource | undefined> {
  if (!isUuid(organisationId)) return undefined;
  const row = await tx.selectFrom('organisations').select('id').where('id', '=', organisationId).executeTakeFirst();
  return row === undefined ? undefined : { kind: 'organisation', organisationId };
}

/** The actor's own organisation; for the operator and the jobs, who belong to none, the installation. */
export async function ownOrganisation(_tx: Tx, _input: unknown, ctx: CommandContext): Promise<Resource> {
  return ctx.actor.kind === 'user' ? { kind: 'organisation', organisationId: ctx.actor.organisationId } : { kind: 'installation' };
}

/** The user a personal command acts for (their notifications, their feed, their organisation's teams). */
export function userOf(actor: Actor): Extract<Actor, { kind: 'user' }> {
  if (actor.kind !== 'user') throw new ForbiddenError();
  return actor;
}

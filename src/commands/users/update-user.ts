import { ConflictError, InvalidInputError, type ValidationIssue } from '../../domain/errors.ts';
import { endAllAccess } from '../../store/account-access.ts';
import type { OrganisationKind, Role } from '../../store/schema.ts';
import { updateUser as update } from '../../store/users.ts';
import { nowOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { roleIssue, USER_NOT_FOUND } from './user-fields.ts';
import { userResource } from './user-resource.ts';

/**
 * Changes a user's role or deactivates (or reactivates) them. A deactivated user's sessions, tokens
 * and invitations end at once; their name stays on what they recorded and in the access log.
 */
export const updateUser = command({
  action: 'user.manage',
  event: 'user.update',
  load: userResource,
  notFound: USER_NOT_FOUND,
  async run(tx, _organisation, { userId, body }: { userId: string; body: unknown }, ctx): Promise<void> {
    const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const issues: ValidationIssue[] = [];
    const target = await tx
      .selectFrom('users as u')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['o.kind'])
      .where('u.id', '=', userId)
      .executeTakeFirstOrThrow();
    if (input.role !== undefined) {
      const issue = roleIssue(input.role, target.kind as OrganisationKind);
      if (issue !== undefined) issues.push(issue);
    }
    if (input.active !== undefined && typeof input.active !== 'boolean') issues.push({ path: '$.active', message: 'true (actief) of false (gedeactiveerd)' });
    if (input.role === undefined && input.active === undefined) issues.push({ path: '$', message: 'geef role of active' });
    if (issues.length > 0) throw new InvalidInputError(issues);
    if (ctx.actor.kind === 'user' && ctx.actor.userId === userId) {
      throw new ConflictError([{ path: '$', message: 'u kunt uw eigen rol of status niet wijzigen; vraag een andere beheerder' }]);
    }
    await update(tx, userId, { ...(input.role !== undefined ? { role: input.role as Role } : {}), ...(input.active !== undefined ? { active: input.active as boolean } : {}) });
    if (input.active === false) await endAllAccess(tx, userId, nowOf(ctx));
  },
});

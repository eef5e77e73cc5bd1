import type { AuthSettings } from '../../auth/settings.ts';
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import { isUuid } from '../../store/ids.ts';
import { emailTaken, insertUser } from '../../store/users.ts';
import { loadCase } from '../cases/case-resource.ts';
import { nowOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { createInvitation, type Invitation } from '../users/invitation.ts';
import { clientAccountFields } from './client-accounts.ts';

export interface InviteClientAccount {
  caseId: string;
  body: unknown;
  settings: AuthSettings;
}

/**
 * An account for the client of a case, or for one of their legal representatives, without a
 * password: the invitation link (one use, until it expires) lets them set one and enrol their second
 * factor, as staff do (decision 0016). Or, for an account that exists (`userId`), a new link.
 */
export const inviteClientAccount = command({
  action: 'client-account.invite',
  event: 'client-account.invite',
  load: (tx, input: InviteClientAccount & { userId?: string }) => loadCase(tx, input.caseId),
  async run(tx, found, input, ctx): Promise<{ userId: string } & Invitation> {
    const now = nowOf(ctx);
    if (input.userId !== undefined) {
      const existing = !isUuid(input.userId)
        ? undefined
        : await tx
        .selectFrom('users')
        .select('id')
        .where('id', '=', input.userId)
        .where('client_id', '=', found.clientId)
        .where('active', '=', true)
        .executeTakeFirst();
      if (existing === undefined) throw new InvalidInputError([{ path: '$.userId', message: 'deze persoon heeft geen account voor dit dossier' }]);
      return { userId: existing.id, ...(await createInvitation(tx, existing.id, ctx.actor, input.settings, now)) };
    }
    const fields = clientAccountFields(input.body);
    if (await emailTaken(tx, fields.email)) throw new ConflictError([{ path: '$.email', message: 'er is al een account met dit e-mailadres' }]);
    const userId = await insertUser(tx, {
      organisationId: found.organisationId,
      email: fields.email,
      name: fields.name,
      role: 'client',
      passwordHash: null,
      clientId: found.clientId,
      ...(fields.ground !== null ? { representationGround: fields.ground } : {}),
    });
    return { userId, ...(await createInvitation(tx, userId, ctx.actor, input.settings, now)) };
  },
});

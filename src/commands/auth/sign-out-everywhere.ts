import { deleteUserSessions } from '../../store/sessions.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

/** Ends every session of one's own, in every browser (API tokens stay: they are listed and revoked one by one). */
export const signOutEverywhere = command({
  action: 'account.manage',
  event: 'account.sign-out-everywhere',
  load: ownOrganisation,
  run: async (tx, _organisation, _input: void, ctx) => deleteUserSessions(tx, userOf(ctx.actor).userId),
});

import type { AuthSettings } from '../../auth/settings.ts';
import { newToken, tokenHash } from '../../auth/tokens.ts';
import { insertInvitation } from '../../store/invitations.ts';
import type { Actor } from '../../policy/actors.ts';
import type { Tx } from '../pipeline/execute.ts';

// An invitation link: a one-time secret in a URL that expires (decision 0016). Only its hash is
// stored; the link itself is shown once, to whoever made it, to pass on.

export interface Invitation {
  url: string;
  expiresAt: Date;
}

/** The path an invitation link opens. */
const INVITATION_PATH = '/uitnodiging/';

function madeBy(actor: Actor): string {
  if (actor.kind === 'user') return actor.userId;
  return actor.kind === 'operator' ? `os:${actor.osUser}@${actor.host}` : `system:${actor.job}`;
}

export async function createInvitation(tx: Tx, userId: string, actor: Actor, settings: AuthSettings, now: Date): Promise<Invitation> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + settings.invitationMs);
  await insertInvitation(tx, { hash: tokenHash(token), userId, createdBy: madeBy(actor), expiresAt });
  return { url: `${settings.publicUrl}${INVITATION_PATH}${token}`, expiresAt };
}

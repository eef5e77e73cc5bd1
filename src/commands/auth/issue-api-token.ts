import type { AuthSettings } from '../../auth/settings.ts';
import { newToken, tokenHash } from '../../auth/tokens.ts';
import { UnauthenticatedError } from '../../domain/errors.ts';
import { insertApiToken } from '../../store/api-tokens.ts';
import type { Store } from '../../store/database.ts';
import { needsSecondFactor } from '../../store/accounts.ts';
import { checkPassword, checkSecondFactor, securityEvent, type Attempt } from './credentials.ts';

/** Signing in was refused for too many failures: the API answers 429 with Retry-After. */
export class SignInBlockedError extends Error {
  constructor(readonly until: Date) {
    super('Te veel mislukte pogingen om in te loggen; probeer het later opnieuw.');
    this.name = 'SignInBlockedError';
  }
}

const WRONG = 'E-mailadres, wachtwoord of code onjuist.';

/**
 * Exchanges e-mail, password and (for every account but the demo accounts) a code of the second
 * factor for a bearer token that expires; within the same throttle as the pages.
 */
export async function issueApiToken(
  store: Store,
  credentials: { email: string; password: string; code: string | undefined },
  attempt: Attempt,
  settings: AuthSettings,
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const checked = await checkPassword(store, credentials.email, credentials.password, attempt, 'auth.api-token');
  if (checked.kind === 'blocked') throw new SignInBlockedError(checked.until);
  if (checked.kind === 'deactivated') throw new UnauthenticatedError('Dit account is gedeactiveerd; neem contact op met de beheerder van uw organisatie.');
  if (checked.kind === 'refused') throw new UnauthenticatedError(WRONG);
  const { account } = checked;
  if (needsSecondFactor(account)) {
    if (account.totp_enrolled_at === null) {
      throw new UnauthenticatedError('Stel eerst uw tweede factor in: log één keer in op de website.');
    }
    if (credentials.code === undefined) throw new UnauthenticatedError('Stuur ook de code van uw tweede factor mee (veld "code").');
    const second = await checkSecondFactor(store, account, credentials.code, attempt, 'auth.api-token');
    if (second === 'refused') throw new UnauthenticatedError(WRONG);
    if (second !== 'accepted') throw new SignInBlockedError(second.blocked);
  }
  const token = newToken();
  const expiresAt = new Date(attempt.now.getTime() + settings.apiTokenMs);
  const id = await insertApiToken(store.db, { userId: account.id, hash: tokenHash(token), expiresAt });
  await securityEvent(store, account, attempt, 'auth.api-token');
  return { token, id, expiresAt };
}

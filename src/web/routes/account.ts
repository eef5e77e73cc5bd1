import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { tokenHash } from '../../auth/tokens.ts';
import { changePassword } from '../../commands/auth/change-password.ts';
import { readAccount } from '../../commands/auth/read-account.ts';
import { renewRecoveryCodes } from '../../commands/auth/renew-recovery-codes.ts';
import { revokeApiToken } from '../../commands/auth/revoke-api-token.ts';
import { signOutEverywhere } from '../../commands/auth/sign-out-everywhere.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { contextOf } from '../../requests/context.ts';
import type { FormValues } from '../entry-forms.ts';
import { html } from '../errors.ts';
import { accountPage } from '../pages/account.ts';
import type { PageUser } from '../presenters.ts';
import { clearSessionCookie, sessionIdOf } from '../session.ts';
import { text } from './form-values.ts';

// Mijn account: what everyone does for their own account.

const NOTICES: Record<string, string> = {
  wachtwoord: 'Uw wachtwoord is gewijzigd. Uw API-tokens werken niet meer en u bent overal elders uitgelogd.',
  ingetrokken: 'Het API-token is ingetrokken.',
};

export function accountPages(app: FastifyInstance): void {
  const show = async (request: FastifyRequest, reply: FastifyReply, extra: Partial<Parameters<typeof accountPage>[0]> = {}, status = 200) => {
    const account = await execute(contextOf(request), readAccount, undefined);
    return html(reply, accountPage({ user: request.pageUser as PageUser, csrfToken: reply.generateCsrf(), account, ...extra }), status);
  };

  app.get<{ Querystring: { gedaan?: string } }>(
    '/account',
    { config: { access: { action: 'account.manage', event: 'api-token.list', area: 'account' } } },
    (request, reply) => {
      const notice = NOTICES[request.query.gedaan ?? ''];
      return show(request, reply, notice !== undefined ? { notice } : {});
    },
  );

  app.post<{ Body: FormValues }>(
    '/account/wachtwoord',
    { config: { access: { action: 'account.manage', event: 'account.password', area: 'account' } } },
    async (request, reply) => {
      const id = sessionIdOf(request);
      try {
        await execute(contextOf(request), changePassword, {
          current: text(request.body, 'current'),
          password: text(request.body, 'password'),
          repeat: text(request.body, 'repeat'),
          ...(id !== undefined ? { keepSessionHash: tokenHash(id) } : {}),
        });
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        return show(request, reply, { errors: new Map(error.issues.map((i) => [i.path, i.message])) }, 400);
      }
      return reply.redirect('/account?gedaan=wachtwoord', 303);
    },
  );

  app.post('/account/herstelcodes', { config: { access: { action: 'account.manage', event: 'account.recovery-codes', area: 'account' } } }, async (request, reply) => {
    const codes = await execute(contextOf(request), renewRecoveryCodes, undefined);
    return show(request, reply, { recoveryCodes: codes });
  });

  app.post<{ Params: { tokenId: string } }>(
    '/account/tokens/:tokenId/intrekken',
    { config: { access: { action: 'account.manage', event: 'api-token.revoke', area: 'account' } } },
    async (request, reply) => {
      await execute(contextOf(request), revokeApiToken, request.params.tokenId);
      return reply.redirect('/account?gedaan=ingetrokken', 303);
    },
  );

  app.post(
    '/account/overal-uitloggen',
    { config: { access: { action: 'account.manage', event: 'account.sign-out-everywhere', area: 'account' } } },
    async (request, reply) => {
      await execute(contextOf(request), signOutEverywhere, undefined);
      clearSessionCookie(reply);
      return reply.redirect('/inloggen', 303);
    },
  );
}

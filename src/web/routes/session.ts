import type { FastifyInstance } from 'fastify';
import { signIn } from '../../commands/auth/sign-in.ts';
import { signOut } from '../../commands/auth/sign-out.ts';
import { UnauthenticatedError } from '../../domain/errors.ts';
import type { Store } from '../../store/database.ts';
import { findSessionUser } from '../../store/sessions.ts';
import { tokenHash } from '../../auth/tokens.ts';
import type { FormValues } from '../entry-forms.ts';
import { html } from '../errors.ts';
import { landingPage } from '../layout.ts';
import { signInPage } from '../pages/sign-in.ts';
import { presentUser } from '../presenters.ts';
import { clearSessionCookie, sessionIdOf, sessionUser, setSessionCookie } from '../session.ts';
import { text } from './form-values.ts';

// Signing in and out. Nobody is known yet (or any more) here, so these pages are public; issue 13
// adds the security events (failed sign-ins) to the access log.

/** Only a path on this site, so the sign-in page cannot be made to send users elsewhere. */
function localPath(value: string): string | undefined {
  return /^\/(?![/\\])/.test(value) ? value : undefined;
}

export function sessionPages(app: FastifyInstance, store: Store): void {
  app.get('/', { config: { access: { public: 'sends the visitor on to their first page' } } }, async (request, reply) => {
    const signedIn = await sessionUser(store, request, new Date());
    return reply.redirect(signedIn === undefined ? '/inloggen' : landingPage(presentUser(signedIn)), 303);
  });

  app.get<{ Querystring: { terug?: string } }>('/inloggen', { config: { access: { public: 'the sign-in form' } } }, async (_request, reply) =>
    html(reply, signInPage(reply.generateCsrf())),
  );

  app.post<{ Body: FormValues; Querystring: { terug?: string } }>(
    '/inloggen',
    { config: { access: { public: 'signing in: exchanges a password for a session' } } },
    async (request, reply) => {
      const email = text(request.body, 'email').trim();
      try {
        const session = await signIn(store, email, text(request.body, 'password'));
        setSessionCookie(reply, session.id, session.expiresAt);
        const signedIn = await findSessionUser(store.db, tokenHash(session.id), new Date());
        const home = signedIn === undefined ? '/casussen' : landingPage(presentUser(signedIn));
        return reply.redirect(localPath(request.query.terug ?? '') ?? home, 303);
      } catch (error) {
        if (!(error instanceof UnauthenticatedError)) throw error;
        return html(reply, signInPage(reply.generateCsrf(), { email, failed: true }), 401);
      }
    },
  );

  app.post('/uitloggen', { config: { access: { public: 'signing out: ends the session in the cookie, whoever holds it' } } }, async (request, reply) => {
    const id = sessionIdOf(request);
    if (id !== undefined) await signOut(store, id);
    clearSessionCookie(reply);
    return reply.redirect('/inloggen', 303);
  });
}

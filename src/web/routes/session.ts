import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import type { AuthSettings } from '../../auth/settings.ts';
import { acceptInvitation, invitedAccount } from '../../commands/auth/accept-invitation.ts';
import type { Attempt, NewSession, SignedIn } from '../../commands/auth/credentials.ts';
import { beginEnrolment, confirmEnrolment } from '../../commands/auth/enrol-second-factor.ts';
import { signIn } from '../../commands/auth/sign-in.ts';
import { signOut } from '../../commands/auth/sign-out.ts';
import { verifySecondFactor } from '../../commands/auth/verify-second-factor.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import type { Store } from '../../store/database.ts';
import { hasDemoAccounts } from '../../store/installation-secrets.ts';
import { findSessionUser } from '../../store/sessions.ts';
import { tokenHash } from '../../auth/tokens.ts';
import type { FormValues } from '../entry-forms.ts';
import { html } from '../errors.ts';
import { landingPage } from '../layout.ts';
import { messagePage } from '../pages/message.ts';
import { enrolPage, invitationPage, recoveryCodesPage, secondFactorPage, signInPage } from '../pages/sign-in.ts';
import { presentUser } from '../presenters.ts';
import { clearSessionCookie, deviceIdsOf, sessionIdOf, sessionUser, setSessionCookie, setSignedInCookies } from '../session.ts';
import { text } from './form-values.ts';
import { SIGN_IN_RATE_LIMIT } from '../../requests/sign-in-limit.ts';

// Signing in and out. Nobody is known yet (or any more) here, so these pages are public; what they
// do is still recorded: every attempt is a security event in the access log of the account's
// organisation (commands/auth/credentials.ts). The POSTs are rate-limited per address (app.ts).

/** Only a path on this site, so the sign-in page cannot be made to send users elsewhere. */
function localPath(value: string): string | undefined {
  return /^\/(?![/\\])/.test(value) ? value : undefined;
}

type Query = { terug?: string };

const attemptOf = (request: FastifyRequest): Attempt => ({ origin: request.ip, deviceIds: deviceIdsOf(request), now: new Date() });

const EXPIRED = {
  title: 'Inloggen opnieuw beginnen',
  text: 'Deze stap van het inloggen is verlopen (na 10 minuten) of al afgerond. Begin opnieuw met uw e-mailadres en wachtwoord.',
  link: { href: '/inloggen', label: 'Naar inloggen' },
};

export function sessionPages(app: FastifyInstance, store: Store, settings: AuthSettings): void {
  const home = async (session: NewSession) => {
    const signedIn = await findSessionUser(store.db, tokenHash(session.id), new Date(), settings.sessionIdleMs);
    return signedIn === undefined ? '/inloggen' : landingPage(presentUser(signedIn));
  };
  const back = (request: FastifyRequest<{ Querystring: Query }>) => {
    const target = localPath(request.query.terug ?? '');
    return target === undefined ? '' : `?terug=${encodeURIComponent(target)}`;
  };
  /** After the last step: the cookies, then the page the person wanted, or their first page. */
  const signedInRedirect = async (request: FastifyRequest<{ Querystring: Query }>, reply: FastifyReply, signedIn: SignedIn) => {
    setSignedInCookies(request, reply, signedIn);
    return reply.redirect(localPath(request.query.terug ?? '') ?? (await home(signedIn.session)), 303);
  };
  const pendingStep = (request: FastifyRequest<{ Querystring: Query }>, reply: FastifyReply, session: NewSession) => {
    setSessionCookie(reply, session.id, session.expiresAt);
    return reply.redirect(`${session.stage === 'enrol' ? '/inloggen/tweede-factor' : '/inloggen/code'}${back(request)}`, 303);
  };
  const rateLimit = SIGN_IN_RATE_LIMIT;

  app.get('/', { config: { access: { public: 'sends the visitor on to their first page' } } }, async (request, reply) => {
    const signedIn = await sessionUser(store, request, new Date(), settings.sessionIdleMs);
    return reply.redirect(signedIn === undefined ? '/inloggen' : landingPage(presentUser(signedIn)), 303);
  });

  app.get<{ Querystring: Query }>('/inloggen', { config: { access: { public: 'the sign-in form' } } }, async (_request, reply) =>
    html(reply, signInPage(reply.generateCsrf(), { demoAccounts: await hasDemoAccounts(store.db) })),
  );

  app.post<{ Body: FormValues; Querystring: Query }>(
    '/inloggen',
    { config: { access: { public: 'signing in: exchanges a password for a session' }, rateLimit } },
    async (request, reply) => {
      const email = text(request.body, 'email').trim();
      const result = await signIn(store, email, text(request.body, 'password'), attemptOf(request), settings);
      switch (result.kind) {
        case 'signed-in':
          return signedInRedirect(request, reply, result);
        case 'second-factor':
        case 'enrol':
          return pendingStep(request, reply, result.session);
        case 'blocked':
          return html(reply.header('retry-after', Math.ceil((result.until.getTime() - Date.now()) / 1000)), signInPage(reply.generateCsrf(), { email, blocked: result.until }), 429);
        case 'deactivated':
          return html(reply, signInPage(reply.generateCsrf(), { email, failed: 'deactivated' }), 403);
        case 'refused':
          return html(reply, signInPage(reply.generateCsrf(), { email, failed: 'wrong', demoAccounts: await hasDemoAccounts(store.db) }), 401);
      }
    },
  );

  app.get('/inloggen/code', { config: { access: { public: 'the second step of signing in: the form for the code' } } }, async (_request, reply) =>
    html(reply, secondFactorPage(reply.generateCsrf())),
  );

  app.post<{ Body: FormValues; Querystring: Query }>(
    '/inloggen/code',
    { config: { access: { public: 'the second step of signing in: checks the code of the pending session' }, rateLimit } },
    async (request, reply) => {
      const pending = sessionIdOf(request);
      if (pending === undefined) return html(reply, messagePage(EXPIRED), 401);
      const result = await verifySecondFactor(store, pending, text(request.body, 'code'), attemptOf(request), settings);
      switch (result.kind) {
        case 'signed-in':
          return signedInRedirect(request, reply, result);
        case 'expired':
          return html(reply, messagePage(EXPIRED), 401);
        case 'blocked':
          return html(reply, secondFactorPage(reply.generateCsrf(), { blocked: result.until }), 429);
        case 'refused':
          return html(reply, secondFactorPage(reply.generateCsrf(), { failed: true }), 401);
      }
    },
  );

  const showEnrolment = async (request: FastifyRequest, reply: FastifyReply, failed: boolean) => {
    const pending = sessionIdOf(request);
    const enrolment = pending === undefined ? undefined : await beginEnrolment(store, pending, new Date());
    if (enrolment === undefined) return reply.redirect('/inloggen', 303);
    const qrSvg = await QRCode.toString(enrolment.uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    return html(reply, enrolPage(reply.generateCsrf(), { ...enrolment, qrSvg }, failed), failed ? 400 : 200);
  };

  app.get('/inloggen/tweede-factor', { config: { access: { public: 'enrolling the second factor, on the pending session of a first sign-in' } } }, (request, reply) =>
    showEnrolment(request, reply, false),
  );

  app.post<{ Body: FormValues; Querystring: Query }>(
    '/inloggen/tweede-factor',
    { config: { access: { public: 'enrolling the second factor: confirms it with a code' }, rateLimit } },
    async (request, reply) => {
      const pending = sessionIdOf(request);
      const result = pending === undefined ? ({ kind: 'expired' } as const) : await confirmEnrolment(store, pending, text(request.body, 'code'), attemptOf(request), settings);
      if (result.kind === 'expired') return html(reply, messagePage(EXPIRED), 401);
      if (result.kind === 'refused') return showEnrolment(request, reply, true);
      setSignedInCookies(request, reply, result);
      return html(reply, recoveryCodesPage(result.recoveryCodes, localPath(request.query.terug ?? '') ?? (await home(result.session))));
    },
  );

  const invitationGone = () =>
    messagePage({
      title: 'Uitnodiging niet (meer) geldig',
      text: 'Deze uitnodigingslink is al gebruikt, verlopen of vervangen door een nieuwere. Vraag de beheerder van uw organisatie om een nieuwe.',
      link: { href: '/inloggen', label: 'Naar inloggen' },
    });

  app.get<{ Params: { token: string } }>(
    '/uitnodiging/:token',
    { config: { access: { public: 'an invitation link: the secret in the URL is the credential; sets a first password' } } },
    async (request, reply) => {
      const account = await invitedAccount(store, request.params.token, new Date());
      if (account === undefined) return html(reply, invitationGone(), 404);
      return html(reply, invitationPage(reply.generateCsrf(), request.url, { name: account.name, email: account.email, organisation: account.organisation_name }));
    },
  );

  app.post<{ Params: { token: string }; Body: FormValues; Querystring: Query }>(
    '/uitnodiging/:token',
    { config: { access: { public: 'an invitation link: sets the password once, then the second factor follows' }, rateLimit } },
    async (request, reply) => {
      const passwords = { password: text(request.body, 'password'), repeat: text(request.body, 'repeat') };
      try {
        const result = await acceptInvitation(store, request.params.token, passwords, attemptOf(request), settings);
        if (result.kind === 'expired') return html(reply, invitationGone(), 404);
        if (result.kind === 'signed-in') return signedInRedirect(request, reply, result);
        return pendingStep(request, reply, result.session);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        const account = await invitedAccount(store, request.params.token, new Date());
        if (account === undefined) return html(reply, invitationGone(), 404);
        const errors = new Map(error.issues.map((i) => [i.path, i.message]));
        return html(reply, invitationPage(reply.generateCsrf(), request.url, { name: account.name, email: account.email, organisation: account.organisation_name }, errors), 400);
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

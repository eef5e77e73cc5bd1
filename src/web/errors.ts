import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../domain/errors.ts';
import { forPeople } from './messages.ts';
import { messagePage } from './pages/message.ts';
import { landingPage } from './layout.ts';
import type { PageUser } from './presenters.ts';

// What went wrong, as a Dutch page: never a stack trace, never more than the visitor may know.

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, once the session is known (for the header of an error page too). */
    pageUser: PageUser | null;
  }
}

export function html(reply: FastifyReply, body: string, status = 200): FastifyReply {
  return reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
}

/** An address no route answers (outside /api). */
export function pageNotFound(reply: FastifyReply): FastifyReply {
  return reply
    .status(404)
    .type('text/html; charset=utf-8')
    .send(messagePage({ title: 'Niet gevonden', text: 'Deze pagina bestaat niet (meer).', link: { href: '/casussen', label: 'Naar Mijn casussen' } }));
}

/**
 * Back to the page the person came from, when it is a page of this site: a refused form should not
 * leave them on a dead end with only the start page (review finding 22). Another site's address
 * (or none) gives nothing.
 */
function cameFrom(request: FastifyRequest): { href: string; label: string } | undefined {
  const referer = request.headers.referer;
  if (typeof referer !== 'string') return undefined;
  try {
    const url = new URL(referer);
    return url.host === request.headers.host && url.pathname.startsWith('/') ? { href: `${url.pathname}${url.search}`, label: 'Terug naar de vorige pagina' } : undefined;
  } catch {
    return undefined;
  }
}

export async function pageError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const user = request.pageUser ?? undefined;
  const who = user !== undefined ? { user, csrfToken: reply.generateCsrf() } : {};
  const home = user !== undefined ? { href: landingPage(user), label: 'Naar de startpagina' } : { href: '/inloggen', label: 'Naar inloggen' };
  if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
    return html(reply, messagePage({
      ...who,
      // Signing in speaks of signing in: nothing was saved there, the person is simply not signed in.
      ...(request.url.startsWith('/inloggen')
        ? { title: 'Inloggen is niet gelukt', text: 'De inlogpagina was verlopen; u bent niet ingelogd. Laad de inlogpagina opnieuw en log opnieuw in.' }
        : {
            title: 'Formulier niet geaccepteerd',
            text: 'Dit formulier is verlopen of komt niet van deze site; er is niets opgeslagen. Ga terug, laad de pagina opnieuw en probeer het nog eens.',
          }),
      link: home,
    }), 403);
  }
  if (error instanceof ForbiddenError) {
    return html(reply, messagePage({
      ...who,
      title: 'Geen toegang',
      text: 'U heeft geen toegang tot deze pagina of handeling: die hoort bij een andere rol of organisatie. Denkt u dat dit niet klopt? Neem contact op met de beheerder van uw organisatie.',
    }), 403);
  }
  if (error instanceof NotFoundError) {
    // The command's own words name what is missing (a case, a request, a task); they are the same
    // whether it does not exist or is another organisation's, so they tell nothing more.
    return html(reply, messagePage({ ...who, title: 'Niet gevonden', text: error.message, link: home }), 404);
  }
  if (error instanceof ConflictError) {
    return html(reply, messagePage({ ...who, title: 'Niet mogelijk', text: `Er is niets gewijzigd. ${error.issues.map((i) => forPeople(i.message)).join('. ')}.`, link: cameFrom(request) ?? home }), 409);
  }
  if (error instanceof InvalidInputError) {
    // A query parameter is named as the filter it is; a JSON path is never shown.
    const reasons = error.issues.map((i) => `${i.path.startsWith('?') ? `Filter ‘${i.path.slice(1)}’: ` : ''}${forPeople(i.message)}`).join('. ');
    return html(reply, messagePage({ ...who, title: 'Ongeldige invoer', text: `Er is niets gewijzigd. ${reasons}`, link: cameFrom(request) ?? home }), 400);
  }
  if ((error.statusCode ?? 500) < 500) {
    return html(reply, messagePage({ ...who, title: 'Verzoek niet verwerkt', text: 'Dit verzoek kon niet worden verwerkt; er is niets gewijzigd.', link: home }), error.statusCode);
  }
  request.log.error({ err: error }, 'unexpected error');
  return html(reply, messagePage({ ...who, title: 'Er ging iets mis', text: 'Er ging iets mis aan onze kant; er is niets gewijzigd. Probeer het later opnieuw.', link: home }), 500);
}

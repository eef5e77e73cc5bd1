import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import helmet from 'helmet';

// The Content-Security-Policy of every page: only this site's own scripts, styles, images and forms,
// never inline script or style (the pages have none: checked in the browser test), no framing by
// anyone, no plugins, no <base>. Upgrading insecure requests is left to HSTS (a plain-http
// installation on a laptop must keep loading its own stylesheets).
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/**
 * Helmet's headers (this CSP, HSTS, no framing, nosniff, no Referer and the rest), its middleware
 * built once: the Fastify plugin builds it again for every request, parsing the policy each time,
 * which cost about 4 % of an API read's CPU (decision 0022).
 */
const helmetHeaders = helmet({
  contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY },
  referrerPolicy: { policy: 'no-referrer' },
  frameguard: { action: 'deny' },
});

/** Sets the security headers on every answer (a route may still replace one, as Swagger UI does its CSP). */
export function securityHeaders(request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void {
  // Helmet 8 throws its errors rather than passing them on, so `next` is only ever called without one.
  helmetHeaders(request.raw, reply.raw, () => done());
}

/**
 * The API reference (Swagger UI) under its own policy: the same, except that Swagger UI sets inline
 * styles (its SVG icon sprite), so styles there may be inline. Never scripts. The reference shows
 * no client data of its own; docs/security.md says so too.
 */
export const DOCS_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Answers that may hold client data are never stored by a browser or a proxy; stylesheets and scripts may be. */
export async function noStore(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.url.startsWith('/assets/') || request.url.startsWith('/api/docs/static/')) return;
  reply.header('cache-control', 'no-store');
}

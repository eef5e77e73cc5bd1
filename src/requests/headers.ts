import type { FastifyReply, FastifyRequest } from 'fastify';

// The Content-Security-Policy of every page: only this site's own scripts, styles, images and forms,
// never inline script or style (the pages have none: checked in the browser test), no framing by
// anyone, no plugins, no <base>. Upgrading insecure requests is left to HSTS (a plain-http
// installation on a laptop must keep loading its own stylesheets).
export const CONTENT_SECURITY_POLICY = {
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

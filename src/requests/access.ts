import type { RouteOptions } from 'fastify';
import type { EventType } from '../access-log/events.ts';
import type { Area } from '../policy/areas.ts';
import type { Action } from '../policy/policy.ts';

// Every route says who may reach it: either nobody in particular (public, and why), or the policy
// action it asks and the access-log event it leaves, so the reference, the route test and the
// reader of a route all see the same declaration. A route without one is refused at start-up.

export type RouteAccess =
  /** Needs no one and shows no client data (health, the API reference, the sign-in form); the reason why. */
  | { public: string }
  | {
      action: Action;
      event: EventType;
      /** For a page: the part of the pages it belongs to; entering it is decided first (policy/areas.ts). */
      area?: Area;
      /** How the caller proves who they are, when it is not the door's own way (the calendar feed's URL). */
      credential?: 'feed-secret';
    };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

export function routeAccess(route: Pick<RouteOptions, 'config'>): RouteAccess | undefined {
  return (route.config as { access?: RouteAccess } | undefined)?.access;
}

/** Refuses a route that declares no access: every door goes through the policy and the log, or says why not. */
export function requireAccessDeclaration(route: RouteOptions): void {
  if (routeAccess(route) === undefined) {
    const method = [route.method].flat().join(',');
    throw new Error(`Route ${method} ${route.url} declares no access (config.access: a policy action and an access-log event, or public with a reason).`);
  }
}

/** Declares every route a plugin adds as public (for plugins whose routes we do not write: static files, the API reference). */
export function declarePublic(reason: string): (route: RouteOptions) => void {
  return (route) => {
    if (routeAccess(route) === undefined) route.config = { ...(route.config as object), access: { public: reason } };
  };
}

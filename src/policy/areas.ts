import type { Actor } from './actors.ts';
import { decide, type Action, type Decision } from './policy.ts';

// The parts of the pages a person may enter, and so what the navigation offers them. An area needs
// each of its actions on the actor's own organisation: the deadline pages belong to a provider's
// staff (their links lead to the provider's cases), so they ask for the provider's own overview too,
// not only for the notifications or the feed a funder's reviewer also has through the API.

export const AREAS = {
  cases: ['case.list'],
  'new-case': ['case.create'],
  import: ['case.import'],
  deadlines: ['deadline.list'],
  notifications: ['deadline.list', 'notification.list'],
  calendar: ['deadline.list', 'calendar-feed.manage'],
  'access-log': ['access-log.read'],
} as const satisfies Record<string, readonly Action[]>;

export type Area = keyof typeof AREAS;

/** The first refusal among the area's actions, or the last allowance: whether the actor may enter. */
export function enter(actor: Actor, area: Area): Decision & { action: Action } {
  const resource = { kind: 'organisation' as const, organisationId: actor.kind === 'user' ? actor.organisationId : '' };
  let decision: Decision & { action: Action } = { allowed: false, relation: 'none', purpose: 'administration', reason: 'no-relation', conceal: false, action: AREAS[area][0] };
  for (const action of AREAS[area]) {
    decision = { ...decide(actor, action, resource), action };
    if (!decision.allowed) return decision;
  }
  return decision;
}

export function mayEnter(actor: Actor, area: Area): boolean {
  return enter(actor, area).allowed;
}

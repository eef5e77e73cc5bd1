import type { Actor } from './actors.ts';
import { decide, type Action, type Decision } from './policy.ts';
import type { Resource } from './resources.ts';

// The parts of the pages a person may enter, and so what the navigation offers them. An area needs
// each of its actions on the actor's own organisation: the deadline pages belong to a provider's
// staff (their links lead to the provider's cases), so they ask for the provider's own overview too,
// not only for the notifications or the feed a funder's reviewer also has through the API.

export const AREAS = {
  cases: ['case.list'],
  'new-case': ['case.create'],
  import: ['case.import'],
  deadlines: ['deadline.list'],
  /** The funder's inbox of requests, and the provider's list of its own. */
  requests: ['request.list'],
  notifications: ['deadline.list', 'notification.list'],
  calendar: ['deadline.list', 'calendar-feed.manage'],
  'access-log': ['access-log.read'],
  users: ['user.list', 'user.manage'],
  teams: ['team.list', 'team.manage'],
  contracts: ['contract.manage'],
  organisation: ['organisation.update'],
  'suspension-reports': ['suspension-report.list'],
  purchasing: ['suspension-report.read-anonymised'],
  dashboard: ['funder-dashboard.read'],
  account: ['account.manage'],
  tasks: ['task.list'],
  clients: ['client.list'],
  'new-client': ['agreement.manage'],
  'own-file': ['client-portal.use'],
  'client-requests': ['client-request.answer'],
} as const satisfies Record<string, readonly Action[]>;

export type Area = keyof typeof AREAS;

/** Whether the actor may enter: the first refusal among the area's actions, or the allowance of the last. */
export function enter(actor: Actor, area: Area): Decision {
  const resource: Resource = actor.kind === 'user' ? { kind: 'organisation', organisationId: actor.organisationId } : { kind: 'installation' };
  const decisions = AREAS[area].map((action: Action) => decide(actor, action, resource));
  return decisions.find((d) => !d.allowed) ?? (decisions.at(-1) as Decision);
}

export function mayEnter(actor: Actor, area: Area): boolean {
  return enter(actor, area).allowed;
}

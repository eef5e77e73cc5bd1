import { ForbiddenError } from '../domain/errors.ts';
import type { OrganisationKind, Role } from '../store/schema.ts';

// Every "may this actor do that" in one place (role × organisation × action). Commands ask
// `authorize` before they read or write; nothing else decides access. Later layers (the web pages,
// the funder side, the access log) add rules here rather than checks of their own.

export type Actor =
  | { kind: 'user'; userId: string; organisationId: string; organisationKind: OrganisationKind; role: Role }
  /**
   * The operator at the machine that owns the data folder (the CLI). Whoever can run it can read
   * the database files directly, so the policy grants it the dossier actions but names it, so that
   * every decision still passes here and can be logged.
   */
  | { kind: 'operator' };

export const ACTIONS = [
  'case.list',
  'case.read',
  'case.create',
  'case.export',
  'case.import',
  'entry.append',
  // Issue 4: the deadline overview, the calendar feed, reminders and their e-mail deliveries.
  'deadline.list',
  /** A funder: the decision deadlines of requests addressed to it, nothing else of the dossier. */
  'deadline.list-received',
  /** Gets reminders of the deadlines of the resource organisation's cases. */
  'deadline.remind',
  'calendar-feed.manage',
  'notification.list',
  'mail-delivery.manage',
  /** Sets a case's team and the funder organisation its request goes to. */
  'case.route',
  'team.list',
  /** Creates teams and puts the organisation's users in them. */
  'team.manage',
  // Issue 6: letters, the request to the funder, the client's copy, the 307 stop message.
  /** Drafts a letter from the dossier and edits or discards a draft. */
  'letter.draft',
  /** Approves a draft: it is sent, stored unchanged and recorded in the dossier. */
  'letter.approve',
  /** Reads letters and downloads the case's documents (letters, request to the funder, client's copy). */
  'document.read',
  /** Records the municipality's allocation and produces the 307 stop message from it. */
  'stop-message.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

/** What an action is done to: always something that belongs to an organisation. */
export interface Resource {
  organisationId: string;
}

type Grant = { role: Role; organisationKind: OrganisationKind; actions: readonly Action[] };

// Provider staff work on their own organisation's dossiers; the funder side, clients and the
// beheerder get their own rules when their features arrive (issues 5 and later), so for now they
// are denied client data rather than given a guess.
const GRANTS: readonly Grant[] = [
  { role: 'medewerker', organisationKind: 'provider', actions: ['case.list', 'case.read', 'entry.append'] },
  {
    role: 'regievoerder',
    organisationKind: 'provider',
    actions: ['case.list', 'case.read', 'case.create', 'case.export', 'case.import', 'entry.append'],
  },
  // Deadlines: provider staff see their organisation's, the regievoerder decides and so is reminded;
  // a funder's beoordelaar sees and is reminded of the decisions it owes; the beheerder looks after
  // the e-mail deliveries to the organisation's users.
  {
    role: 'medewerker',
    organisationKind: 'provider',
    actions: ['deadline.list', 'calendar-feed.manage', 'notification.list', 'team.list'],
  },
  {
    role: 'regievoerder',
    organisationKind: 'provider',
    actions: ['deadline.list', 'deadline.remind', 'calendar-feed.manage', 'notification.list', 'team.list', 'case.route'],
  },
  { role: 'beheerder', organisationKind: 'provider', actions: ['team.list', 'team.manage'] },
  // Documents: anyone on the provider's staff may draft a letter and read the documents; only the
  // regievoerder sends (approves) letters and deals with the municipality's allocation and the 307.
  { role: 'medewerker', organisationKind: 'provider', actions: ['letter.draft', 'document.read'] },
  {
    role: 'regievoerder',
    organisationKind: 'provider',
    actions: ['letter.draft', 'letter.approve', 'document.read', 'stop-message.manage'],
  },
  ...(['municipality', 'health-insurer'] as const).map((organisationKind) => ({
    role: 'beoordelaar' as const,
    organisationKind,
    actions: ['deadline.list-received', 'deadline.remind', 'calendar-feed.manage', 'notification.list'] as const,
  })),
  ...(['provider', 'municipality', 'health-insurer'] as const).map((organisationKind) => ({
    role: 'beheerder' as const,
    organisationKind,
    actions: ['mail-delivery.manage'] as const,
  })),
];

const OPERATOR_ACTIONS: readonly Action[] = ACTIONS;

export function can(actor: Actor, action: Action, resource: Resource): boolean {
  if (actor.kind === 'operator') return OPERATOR_ACTIONS.includes(action);
  if (actor.organisationId !== resource.organisationId) return false;
  return GRANTS.some(
    (g) => g.role === actor.role && g.organisationKind === actor.organisationKind && g.actions.includes(action),
  );
}

/** The roles that may do the action in an organisation of this kind (for choosing reminder recipients in SQL). */
export function rolesGranted(action: Action, organisationKind: OrganisationKind): Role[] {
  return GRANTS.filter((g) => g.organisationKind === organisationKind && g.actions.includes(action)).map((g) => g.role);
}

export function authorize(actor: Actor, action: Action, resource: Resource): void {
  if (!can(actor, action, resource)) throw new ForbiddenError();
}

/**
 * Which organisations' records a listing may show the actor: its own organisation's, or every
 * organisation's for the operator. Throws when the actor may not list at all.
 */
export function listingScope(actor: Actor, action: Action): { organisationId?: string } {
  if (actor.kind === 'operator') {
    if (!OPERATOR_ACTIONS.includes(action)) throw new ForbiddenError();
    return {};
  }
  authorize(actor, action, { organisationId: actor.organisationId });
  return { organisationId: actor.organisationId };
}

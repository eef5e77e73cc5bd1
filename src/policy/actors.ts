import type { OrganisationKind, Role } from '../store/schema.ts';

// Who acts. Every door turns its caller into one of these before anything else happens: the HTTP
// API from a bearer token, the pages from a session, the calendar feed from its secret, the CLI from
// the operating-system account that runs it, a job from its own name. The access log names each.

export interface UserActor {
  kind: 'user';
  userId: string;
  /** As the access log records it (NEN 7513 UserName). */
  name: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  role: Role;
  /** The provider's team the user works in; null: every team. */
  teamId: string | null;
  /** For the account of a client (or their representative): whose file is their own. */
  clientId?: string;
  /** A legal representative acting for the client `clientId` (decision 0020): the log records it as such. */
  representative?: true;
}

/**
 * The person at the machine that owns the data folder, running the CLI. Whoever can run it can read
 * the database files directly, so the policy grants it the dossier actions; it is still named (the
 * operating-system account and host), so that what it does is logged as someone's doing.
 */
export interface OperatorActor {
  kind: 'operator';
  osUser: string;
  host: string;
}

/** A job of the application itself (the reminders), acting on no person's behalf. */
export interface SystemActor {
  kind: 'system';
  job: string;
}

export type Actor = UserActor | OperatorActor | SystemActor;

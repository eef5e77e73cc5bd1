// What an action is done to. The policy decides on the resource itself, so a resource carries what
// the decision needs: a case its organisation, the funder organisation its request is addressed to,
// its team and its client.

export interface CaseResource {
  kind: 'case';
  caseId: string;
  /** The provider that holds the dossier (the data controller). */
  organisationId: string;
  /** The funder organisation the case's request is addressed to, once known. */
  funderOrganisationId: string | null;
  teamId: string | null;
  clientId: string;
}

export type Resource =
  | CaseResource
  /** An organisation's own affairs: its teams, its users' notifications and feeds, its mail, its access log. */
  | { kind: 'organisation'; organisationId: string }
  /**
   * A provider's client outside any case: their care agreement (appointments, invoices, the support
   * plan) and the tasks about them. Another organisation's client is concealed like its cases.
   */
  | { kind: 'client'; organisationId: string; clientId: string }
  /** The cases an actor may see as a list: decided per grant, applied as a query filter (scopes.ts). */
  | { kind: 'cases' }
  /** The installation as a whole: what the operator and the jobs act on. */
  | { kind: 'installation' };

import { FUNDER_DECISION_TYPES } from '../domain/assessment/deadline-types.ts';
import { ForbiddenError, NotFoundError } from '../domain/errors.ts';
import type { OrganisationKind, Role } from '../store/schema.ts';
import type { Actor } from './actors.ts';
import type { Resource } from './resources.ts';

// Every "may this actor do that" in one place. A decision looks at the resource itself: how the
// actor relates to it (its own organisation's case, a case whose request is addressed to the actor's
// funder organisation, the client's own file), then at the grants for the actor's role and kind of
// organisation under that relation. Lists get the same grants as a query filter (scopes.ts), so a
// list can never show what a decision on one of its rows would refuse.

export const ACTIONS = [
  'case.list',
  'case.read',
  'case.create',
  'case.export',
  'case.import',
  /** Sets a case's team and the funder organisation its request goes to. */
  'case.route',
  'entry.append',
  /** The open deadlines of cases: a provider's own, or the decisions a funder owes. */
  'deadline.list',
  /** Gets reminders of a case's deadlines (who is reminded: scopes.ts). */
  'deadline.remind',
  'calendar-feed.manage',
  'notification.list',
  'mail-delivery.manage',
  'team.list',
  /** Creates teams and puts the organisation's users in them. */
  'team.manage',
  /** Drafts a letter from the dossier and edits or discards a draft. */
  'letter.draft',
  /** Approves a draft: it is sent, stored unchanged and recorded in the dossier. */
  'letter.approve',
  /** Reads letters and downloads the case's documents (letters, request to the funder, client's copy). */
  'document.read',
  /** Records the municipality's allocation and produces the 307 stop message from it. */
  'stop-message.manage',
  /** Reads the organisation's access log (Toegangslog). */
  'access-log.read',
  /** Verifies the hash chains of the access log. */
  'access-log.verify',
  /** The reminder job's run over every organisation's deadlines. */
  'reminder.run',
  /** The projection job: what lists keep of each case's assessment, made true again as time passes. */
  'projection.refresh',
  /** Submits the case's request to the funder (with its frozen copy of the dossier). */
  'request.submit',
  /** Sees requests to a funder as a list: the provider's own submissions, the requests addressed to the funder. */
  'request.list',
  /** Reads a request: the frozen copy, the questions, hearings, advice, decision and objection. */
  'request.read',
  /** The funder's beoordelaar: asks questions, records the wederhoor and decides. */
  'request.review',
  /** The health insurer's medisch adviseur: judges whether the reason is well-founded. */
  'request.advise',
  /** The provider's regievoerder: answers the funder's questions and objects to the decision. */
  'request.respond',
  /** Keeps the list of contracts between providers and funders per regime that a submission is checked against. */
  'contract.manage',
  /** One's own account: password, sessions, API tokens, recovery codes. */
  'account.manage',
  /** Sees the organisation's users. */
  'user.list',
  /** Invites users, changes their role, deactivates them, resets their second factor, revokes their tokens. */
  'user.manage',
  /** Starts a new organisation on the installation (the operator's, at the machine). */
  'organisation.create',
  /** Reports a suspension of a VGZ case to the insurer it is addressed to (seed 002, 'Zorgopschorting' step 4). */
  'suspension-report.create',
  /** Lists the suspension reports: a provider's own, or those reported to the actor's insurer. */
  'suspension-report.list',
  /** Reads one suspension report as reported, with the anonymised form that would be passed on. */
  'suspension-report.read',
  /** Passes a suspension report on to Zorginkoop, anonymised. */
  'suspension-report.pass-on',
  /** Reads the anonymised reports passed on to Zorginkoop of one's own insurer. */
  'suspension-report.read-anonymised',
  /** The funder's dashboard: figures over the requests addressed to one's own organisation. */
  'funder-dashboard.read',
  /** Sees the organisation's open and done tasks (decision 0017). */
  'task.list',
  /** Marks a task done. */
  'task.complete',
  /** Sees the organisation's clients with a care agreement (seed 004). */
  'client.list',
  /** Reads a client's care agreement: appointments, invoices, support plan, its end (and downloads its letters). */
  'agreement.read',
  /** Plans appointments and records cancellations, attendance, force majeure and sickness. */
  'appointment.manage',
  /** Adds a version of the support plan and records its evaluations. */
  'support-plan.manage',
  /** Makes invoices and records their reminders and payments. */
  'invoice.manage',
  /** Starts a care agreement with a new client and records its end. */
  'agreement.manage',
  /** Invites the client, or a legal representative, to the client's own file (decision 0020). */
  'client-account.invite',
  /** The client's own file as they see it: without the withheld entries (decision 0020). */
  'own-file.read',
  /** Enters the client's pages (Mijn dossier): a client's or representative's account. */
  'client-portal.use',
  /** Reads who accessed the client's own file (NEN 7513: the client's right to see it). */
  'access-log.read-own',
  /** Asks the provider to correct an entry or to destroy the file (seed 004 §3). */
  'client-request.make',
  /** Sees the clients' open requests and answers them. */
  'client-request.answer',
  /** Withholds an entry from the client, with a reason of seed 004 §3. */
  'entry.withhold',
  /** Exports the dossier to a next provider: only with the client's written consent naming it. */
  'case.transfer',
  /** Changes a client's address and preferred salutation, which letters drafted from then on use. */
  'client.update',
  /** Changes the organisation's phone number and complaints contact, which its letters print. */
  'organisation.update',
  /** Records why a file is kept longer, or not destroyed on request (decision 0023). */
  'retention.manage',
  /** Destroys a file whose retention has ended or whose destruction was granted (the retention job's). */
  'case.destroy',
] as const;
export type Action = (typeof ACTIONS)[number];

/** How an actor stands towards a resource; a grant applies under one relation. */
export type Relation = 'own-organisation' | 'own-team' | 'funder-addressed' | 'client-self' | 'representative' | 'operator' | 'system';

/** Why client data is accessed, as the access log records it (NEN 7513 PurposeOfUse). */
export type Purpose = 'treatment' | 'funder-review' | 'client-access' | 'administration';

export const ORGANISATION_KINDS: readonly OrganisationKind[] = ['provider', 'municipality', 'health-insurer'];
const FUNDER_KINDS: readonly OrganisationKind[] = ['municipality', 'health-insurer'];

export interface Grant {
  roles: readonly Role[];
  kinds: readonly OrganisationKind[];
  relation: Relation;
  actions: readonly Action[];
  /** Of a case's deadlines only these types (a funder sees the decisions it owes, nothing else). */
  deadlineTypes?: readonly string[];
  /** The purpose of use whoever acts under this grant (by default the actor's role's). */
  purpose?: Purpose;
}

const CARE_STAFF: readonly Role[] = ['medewerker', 'regievoerder'];
const FUNDER_STAFF: readonly Role[] = ['beoordelaar', 'medisch-adviseur'];
/** Everyone who works at an organisation; a client's account comes with issue 14. */
const STAFF: readonly Role[] = ['medewerker', 'regievoerder', 'beoordelaar', 'medisch-adviseur', 'beheerder'];

export const GRANTS: readonly Grant[] = [
  // Provider staff work on their own organisation's dossiers. Anyone on the staff records entries,
  // drafts letters and reads the documents; the regievoerder opens, imports, exports and routes
  // cases, sends letters and deals with the municipality's allocation and the 307.
  {
    roles: CARE_STAFF,
    kinds: ['provider'],
    relation: 'own-organisation',
    actions: ['case.list', 'case.read', 'entry.append', 'deadline.list', 'letter.draft', 'document.read'],
  },
  {
    roles: ['regievoerder'],
    kinds: ['provider'],
    relation: 'own-organisation',
    // The client's address and salutation are asked when the case is opened, and changed by the same role.
    actions: ['case.create', 'case.import', 'case.export', 'case.route', 'letter.approve', 'stop-message.manage', 'client.update'],
  },
  // The regievoerder decides, so is reminded of the deadlines of the cases of their own team (or of
  // every team when either has none).
  { roles: ['regievoerder'], kinds: ['provider'], relation: 'own-team', actions: ['deadline.remind'] },
  // A funder's beoordelaar sees, and is reminded of, the decisions it owes on requests addressed to
  // its organisation; nothing else of the dossier yet (issue 11 gives the funder its own reading).
  {
    roles: ['beoordelaar'],
    kinds: FUNDER_KINDS,
    relation: 'funder-addressed',
    actions: ['deadline.list', 'deadline.remind', 'notification.list'],
    deadlineTypes: FUNDER_DECISION_TYPES,
  },
  // The request to the funder (issue 11): the provider's regievoerder submits it, answers the
  // funder's questions and objects to the decision; the provider's care staff follow it. The
  // funder's staff read only requests addressed to their organisation (the frozen copy, never the
  // live dossier): the beoordelaar asks, hears and decides, a health insurer's medisch adviseur
  // judges whether the reason is well-founded.
  { roles: ['regievoerder'], kinds: ['provider'], relation: 'own-organisation', actions: ['request.submit', 'request.respond'] },
  { roles: CARE_STAFF, kinds: ['provider'], relation: 'own-organisation', actions: ['request.list', 'request.read'] },
  { roles: FUNDER_STAFF, kinds: FUNDER_KINDS, relation: 'funder-addressed', actions: ['request.list', 'request.read'] },
  // Their inbox is a page of their own organisation (what it lists is decided per request, above).
  { roles: FUNDER_STAFF, kinds: FUNDER_KINDS, relation: 'own-organisation', actions: ['request.list'] },
  { roles: ['beoordelaar'], kinds: FUNDER_KINDS, relation: 'funder-addressed', actions: ['request.review'] },
  { roles: ['medisch-adviseur'], kinds: ['health-insurer'], relation: 'funder-addressed', actions: ['request.advise'] },
  // Personal things on one's own organisation: the calendar feed and the notification list.
  { roles: CARE_STAFF, kinds: ['provider'], relation: 'own-organisation', actions: ['calendar-feed.manage', 'notification.list', 'team.list'] },
  // The provider's care staff do the tasks the application makes for them (a second no-show, a
  // funder's question, a client's request), whoever of them gets to it first.
  { roles: CARE_STAFF, kinds: ['provider'], relation: 'own-organisation', actions: ['task.list', 'task.complete'] },
  // The care agreement (seed 004): the care staff plan and record the support and keep the plan;
  // money and the agreement itself (its start and end) are the regievoerder's.
  {
    roles: CARE_STAFF,
    kinds: ['provider'],
    relation: 'own-organisation',
    actions: ['client.list', 'agreement.read', 'appointment.manage', 'support-plan.manage'],
  },
  { roles: ['regievoerder'], kinds: ['provider'], relation: 'own-organisation', actions: ['invoice.manage', 'agreement.manage'] },
  { roles: ['beoordelaar'], kinds: FUNDER_KINDS, relation: 'own-organisation', actions: ['calendar-feed.manage', 'notification.list'] },
  // The beheerder looks after the organisation: its teams (a provider's), the reminder e-mails to
  // its users, and who accessed what (the access log of the data it holds).
  { roles: ['beheerder'], kinds: ['provider'], relation: 'own-organisation', actions: ['team.list', 'team.manage'] },
  { roles: ['beheerder'], kinds: ORGANISATION_KINDS, relation: 'own-organisation', actions: ['mail-delivery.manage', 'access-log.read'] },
  // The beheerder also looks after who works there: invites, roles, deactivation, second factors.
  { roles: ['beheerder'], kinds: ORGANISATION_KINDS, relation: 'own-organisation', actions: ['user.list', 'user.manage'] },
  // And which contracts it has per regime, on either side: a provider submits only under one.
  { roles: ['beheerder'], kinds: ORGANISATION_KINDS, relation: 'own-organisation', actions: ['contract.manage'] },
  // And the particulars its letters print: the phone number and whom to turn to with a complaint (decision 0025).
  { roles: ['beheerder'], kinds: ORGANISATION_KINDS, relation: 'own-organisation', actions: ['organisation.update'] },
  // Everyone looks after their own account (password, sessions, tokens).
  { roles: STAFF, kinds: ORGANISATION_KINDS, relation: 'own-organisation', actions: ['account.manage'] },
  // The provider's regievoerder invites the client and their representatives to the client's own
  // file, withholds entries from them (seed 004 §3), answers their requests, transfers the dossier
  // with their consent and records why a file is kept (decisions 0020, 0023).
  {
    roles: ['regievoerder'],
    kinds: ['provider'],
    relation: 'own-organisation',
    actions: ['client-account.invite', 'entry.withhold', 'client-request.answer', 'case.transfer', 'retention.manage'],
  },
  // A client, and a legal representative acting for them, read their own file and its documents
  // (SPEC: "reads their own dossier and letters, downloads a copy"), who accessed it, and ask for a
  // correction or destruction. The relation says which of the two acted (the log records it). They
  // read through their own action, never the staff's case.read: what the provider withheld (seed 004
  // §3) must not reach them through a staff page or the API.
  ...(['client-self', 'representative'] as const).map(
    (relation): Grant => ({
      roles: ['client'],
      kinds: ['provider'],
      relation,
      actions: ['own-file.read', 'access-log.read-own', 'client-request.make'],
    }),
  ),
  // Their pages, and their own account (password, second factor, recovery codes).
  { roles: ['client'], kinds: ['provider'], relation: 'own-organisation', actions: ['client-portal.use', 'account.manage'] },
  // Suspension reports (seed 002, 'Zorgopschorting' step 4: 'De zorgaanbieder kan de problematiek
  // melden bij Zorgadvies en Bemiddeling. Zorgadvies geeft dit, geanonimiseerd, ter kennisgeving
  // door aan Zorginkoop van VGZ'). Each exists for the insurer's review, so every access to one is
  // logged with that purpose, the provider's included. The regievoerder reports and reads back;
  // the insurer's zorgadviseur (beoordelaar) reads and passes on; anyone who works at the insurer
  // (Zorginkoop has no role of its own) reads what was passed on, which names nobody.
  {
    roles: ['regievoerder'],
    kinds: ['provider'],
    relation: 'own-organisation',
    actions: ['suspension-report.create', 'suspension-report.list', 'suspension-report.read'],
    purpose: 'funder-review',
  },
  { roles: ['beoordelaar'], kinds: ['health-insurer'], relation: 'own-organisation', actions: ['suspension-report.list'], purpose: 'funder-review' },
  {
    roles: ['beoordelaar'],
    kinds: ['health-insurer'],
    relation: 'funder-addressed',
    actions: ['suspension-report.list', 'suspension-report.read', 'suspension-report.pass-on'],
    purpose: 'funder-review',
  },
  { roles: STAFF, kinds: ['health-insurer'], relation: 'own-organisation', actions: ['suspension-report.read-anonymised'], purpose: 'funder-review' },
  // The funder's dashboard counts the requests to the reviewer's own organisation; it names no client.
  { roles: FUNDER_STAFF, kinds: FUNDER_KINDS, relation: 'own-organisation', actions: ['funder-dashboard.read'], purpose: 'funder-review' },
];

/** What the operator at the machine may do: the dossier actions on any organisation, and checking the log. */
const OPERATOR_ACTIONS: readonly Action[] = ACTIONS.filter(
  (a) =>
    ![
      'calendar-feed.manage',
      'notification.list',
      'deadline.remind',
      'reminder.run',
      'projection.refresh',
      'account.manage',
      'client-portal.use',
      'own-file.read',
      'access-log.read-own',
      'client-request.make',
    ].includes(a),
);
const SYSTEM_ACTIONS: readonly Action[] = ['reminder.run', 'projection.refresh', 'case.destroy'];

export type Decision =
  | { allowed: true; relation: Relation; purpose: Purpose }
  | {
      allowed: false;
      relation: Relation | 'none';
      purpose: Purpose;
      reason: 'no-relation' | 'not-granted';
      /** Answer as if the resource did not exist: another organisation's case, whose existence must not leak. */
      conceal: boolean;
    };

const PURPOSE_OF_ROLE: Record<Role, Purpose> = {
  medewerker: 'treatment',
  regievoerder: 'treatment',
  beoordelaar: 'funder-review',
  'medisch-adviseur': 'funder-review',
  client: 'client-access',
  beheerder: 'administration',
};

function purposeOf(actor: Actor): Purpose {
  return actor.kind === 'user' ? PURPOSE_OF_ROLE[actor.role] : 'administration';
}

/** The relations in which the actor stands to the resource; for a list, every relation a case can have. */
function relationsOf(actor: Actor, resource: Resource): Relation[] {
  if (actor.kind === 'operator') return ['operator'];
  if (actor.kind === 'system') return resource.kind === 'installation' ? ['system'] : [];
  const ownFile: Relation = actor.representative === true ? 'representative' : 'client-self';
  switch (resource.kind) {
    case 'installation':
      return [];
    case 'cases':
      return ['own-organisation', 'own-team', 'funder-addressed', ...(actor.clientId !== undefined ? [ownFile] : [])];
    case 'organisation':
      return resource.organisationId === actor.organisationId ? ['own-organisation', 'own-team'] : [];
    case 'client':
      // A client's account relates to its own client alone, as to its own file (below).
      if (actor.clientId !== undefined) return resource.clientId === actor.clientId ? [ownFile] : [];
      return resource.organisationId === actor.organisationId ? ['own-organisation'] : [];
    case 'case': {
      // A client's account stands only in the relation to its own file: another client's case of the
      // same provider does not exist for it (404), whatever id is guessed.
      if (actor.clientId !== undefined) return resource.clientId === actor.clientId ? [ownFile] : [];
      const relations: Relation[] = [];
      if (resource.organisationId === actor.organisationId) {
        relations.push('own-organisation');
        if (resource.teamId === null || actor.teamId === null || resource.teamId === actor.teamId) relations.push('own-team');
      }
      if (resource.funderOrganisationId === actor.organisationId) relations.push('funder-addressed');
      return relations;
    }
  }
}

/** The grants that apply to the actor, whatever the resource. */
export function grantsOf(actor: Actor): readonly Grant[] {
  if (actor.kind === 'operator') return [{ roles: [], kinds: [], relation: 'operator', actions: OPERATOR_ACTIONS }];
  if (actor.kind === 'system') return [{ roles: [], kinds: [], relation: 'system', actions: SYSTEM_ACTIONS }];
  return GRANTS.filter((g) => g.roles.includes(actor.role) && g.kinds.includes(actor.organisationKind));
}

export function decide(actor: Actor, action: Action, resource: Resource): Decision {
  const purpose = purposeOf(actor);
  const relations = relationsOf(actor, resource);
  if (relations.length === 0) return { allowed: false, relation: 'none', purpose, reason: 'no-relation', conceal: resource.kind === 'case' || resource.kind === 'client' };
  const grant = grantsOf(actor).find((g) => g.actions.includes(action) && relations.includes(g.relation));
  if (grant === undefined) return { allowed: false, relation: relations[0] as Relation, purpose, reason: 'not-granted', conceal: false };
  return { allowed: true, relation: grant.relation, purpose: grant.purpose ?? purpose };
}

export function can(actor: Actor, action: Action, resource: Resource): boolean {
  return decide(actor, action, resource).allowed;
}

/** The same words whether a case does not exist or is another organisation's: nothing may tell them apart. */
export const CASE_NOT_FOUND = 'Deze casus bestaat niet.';

/**
 * The error a refusal is answered with: another organisation's case or client is not found (in the
 * words a missing one gets), anything else is forbidden.
 */
export function refusal(decision: Extract<Decision, { allowed: false }>, notFound = CASE_NOT_FOUND): Error {
  return decision.conceal ? new NotFoundError(notFound) : new ForbiddenError();
}

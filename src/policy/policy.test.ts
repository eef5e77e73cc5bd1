import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ROLES, type OrganisationKind, type Role } from '../store/schema.ts';
import type { Actor, UserActor } from './actors.ts';
import { AREAS, mayEnter, type Area } from './areas.ts';
import { ACTIONS, decide, ORGANISATION_KINDS, type Action } from './policy.ts';
import type { CaseResource, Resource } from './resources.ts';

// The policy as a table: role × kind of organisation × relation to the case × action. The table
// below is written out by hand, independently of policy.ts's grants, so a change to a grant shows
// up here as a line to change, and every combination not listed must be refused.

const ALLOWED = `
medewerker    provider        own-organisation  case.list case.read entry.append deadline.list letter.draft document.read calendar-feed.manage notification.list team.list task.list task.complete client.list agreement.read appointment.manage support-plan.manage
regievoerder  provider        own-organisation  case.list case.read entry.append deadline.list letter.draft document.read calendar-feed.manage notification.list team.list task.list task.complete client.list agreement.read appointment.manage support-plan.manage invoice.manage agreement.manage case.create case.import case.export case.route letter.approve stop-message.manage client.update client-account.invite entry.withhold client-request.answer case.transfer retention.manage
regievoerder  provider        own-team          deadline.remind
medewerker    provider        own-organisation  request.list request.read
regievoerder  provider        own-organisation  request.list request.read request.submit request.respond
beoordelaar   municipality    funder-addressed  request.list request.read request.review
beoordelaar   health-insurer  funder-addressed  request.list request.read request.review
medisch-adviseur municipality funder-addressed  request.list request.read
medisch-adviseur health-insurer funder-addressed request.list request.read request.advise
beoordelaar   municipality    own-organisation  request.list
beoordelaar   health-insurer  own-organisation  request.list
medisch-adviseur municipality own-organisation  request.list
medisch-adviseur health-insurer own-organisation request.list
beheerder     provider        own-organisation  contract.manage organisation.update
beheerder     municipality    own-organisation  contract.manage organisation.update
beheerder     health-insurer  own-organisation  contract.manage organisation.update
beoordelaar   municipality    funder-addressed  deadline.list deadline.remind notification.list
beoordelaar   health-insurer  funder-addressed  deadline.list deadline.remind notification.list
beoordelaar   municipality    own-organisation  calendar-feed.manage notification.list
beoordelaar   health-insurer  own-organisation  calendar-feed.manage notification.list
beheerder     provider        own-organisation  team.list team.manage mail-delivery.manage access-log.read user.list user.manage account.manage
beheerder     municipality    own-organisation  mail-delivery.manage access-log.read user.list user.manage account.manage
beheerder     health-insurer  own-organisation  mail-delivery.manage access-log.read user.list user.manage account.manage
medewerker    provider        own-organisation  account.manage
medewerker    municipality    own-organisation  account.manage
medewerker    health-insurer  own-organisation  account.manage
regievoerder  provider        own-organisation  account.manage
regievoerder  municipality    own-organisation  account.manage
regievoerder  health-insurer  own-organisation  account.manage
beoordelaar   provider        own-organisation  account.manage
beoordelaar   municipality    own-organisation  account.manage
beoordelaar   health-insurer  own-organisation  account.manage
medisch-adviseur provider     own-organisation  account.manage
medisch-adviseur municipality own-organisation  account.manage
medisch-adviseur health-insurer own-organisation  account.manage
client        provider        client-self       own-file.read access-log.read-own client-request.make
client        provider        representative    own-file.read access-log.read-own client-request.make
client        provider        own-organisation  client-portal.use account.manage
regievoerder  provider        own-organisation  suspension-report.create suspension-report.list suspension-report.read
beoordelaar   health-insurer  own-organisation  suspension-report.list
beoordelaar   health-insurer  funder-addressed  suspension-report.list suspension-report.read suspension-report.pass-on
medewerker    health-insurer  own-organisation  suspension-report.read-anonymised
regievoerder  health-insurer  own-organisation  suspension-report.read-anonymised
beoordelaar   health-insurer  own-organisation  suspension-report.read-anonymised
medisch-adviseur health-insurer own-organisation suspension-report.read-anonymised
beheerder     health-insurer  own-organisation  suspension-report.read-anonymised
beoordelaar   municipality    own-organisation  funder-dashboard.read
beoordelaar   health-insurer  own-organisation  funder-dashboard.read
medisch-adviseur municipality own-organisation  funder-dashboard.read
medisch-adviseur health-insurer own-organisation funder-dashboard.read
`;

const allowed = new Set(
  ALLOWED.trim()
    .split('\n')
    .flatMap((line) => {
      const [role, kind, relation, ...actions] = line.trim().split(/\s+/);
      return actions.map((action) => `${role} ${kind} ${relation} ${action}`);
    }),
);

const OWN = '00000000-0000-4000-8000-00000000000a';
const OTHER = '00000000-0000-4000-8000-00000000000b';
const THIRD = '00000000-0000-4000-8000-00000000000c';
const TEAM = '00000000-0000-4000-8000-0000000000t1';
const OTHER_TEAM = '00000000-0000-4000-8000-0000000000t2';
const CLIENT = '00000000-0000-4000-8000-0000000000c1';

function actor(role: Role, kind: OrganisationKind, representative = false): UserActor {
  return {
    kind: 'user',
    userId: 'u',
    name: 'U',
    organisationId: OWN,
    organisationKind: kind,
    role,
    teamId: TEAM,
    ...(role === 'client' ? { clientId: CLIENT } : {}),
    ...(representative ? { representative: true as const } : {}),
  };
}

const aCase = (over: Partial<CaseResource>): CaseResource => ({
  kind: 'case',
  caseId: 'c',
  organisationId: OTHER,
  funderOrganisationId: THIRD,
  teamId: null,
  clientId: 'someone-else',
  ...over,
});

/** A case standing in exactly these relations to the actor (own-team implies own-organisation). */
const CASES: Record<string, { resource: CaseResource; relations: string[] }> = {
  'own organisation, another team': { resource: aCase({ organisationId: OWN, teamId: OTHER_TEAM }), relations: ['own-organisation'] },
  'own organisation, own team': { resource: aCase({ organisationId: OWN, teamId: TEAM }), relations: ['own-organisation', 'own-team'] },
  'addressed to the actor as funder': { resource: aCase({ funderOrganisationId: OWN }), relations: ['funder-addressed'] },
  'the client’s own': { resource: aCase({ clientId: CLIENT }), relations: ['client-self'] },
  'the file of the client a representative acts for': { resource: aCase({ clientId: CLIENT }), relations: ['representative'] },
  'another organisation’s, no relation': { resource: aCase({}), relations: [] },
};

/** A client outside any case (their care agreement, their tasks), in exactly these relations. */
const CLIENTS: Record<string, { resource: Resource; relations: string[] }> = {
  'of the own organisation': { resource: { kind: 'client', organisationId: OWN, clientId: 'someone' }, relations: ['own-organisation'] },
  'the client themself': { resource: { kind: 'client', organisationId: OTHER, clientId: CLIENT }, relations: ['client-self'] },
  'of another organisation': { resource: { kind: 'client', organisationId: OTHER, clientId: 'someone' }, relations: [] },
};

describe('the policy table: role × kind of organisation × relation × action', () => {
  for (const role of ROLES) {
    for (const kind of ORGANISATION_KINDS) {
      test(`${role} of a ${kind}`, () => {
        for (const [name, { resource, relations: all }] of Object.entries(CASES)) {
          // Only a client's account has a file of its own: as the client, or as their representative.
          const representative = all.includes('representative');
          const who = actor(role, kind, representative);
          const ownFile = (r: string) => r === 'client-self' || r === 'representative';
          // A client's account relates to its own file alone, never as staff of the provider.
          const relations = all.filter((r) => ownFile(r) === (role === 'client'));
          for (const action of ACTIONS) {
            const expected = relations.some((relation) => allowed.has(`${role} ${kind} ${relation} ${action}`));
            const decision = decide(who, action, resource);
            assert.equal(decision.allowed, expected, `${role} (${kind}) ${action} on a case: ${name}`);
            if (!decision.allowed) {
              // No relation at all: the case does not exist for them (404); otherwise forbidden (403).
              assert.equal(decision.conceal, relations.length === 0, `${name}: conceal`);
              assert.equal(decision.reason, relations.length === 0 ? 'no-relation' : 'not-granted');
            }
          }
        }
        const who = actor(role, kind);
        for (const [name, { resource, relations: all }] of Object.entries(CLIENTS)) {
          // A client's account relates to its own file alone (as the client; the table has no representative's client).
          const relations = all.filter((r) => (r === 'client-self') === (role === 'client'));
          for (const action of ACTIONS) {
            const expected = relations.some((relation) => allowed.has(`${role} ${kind} ${relation} ${action}`));
            const decision = decide(who, action, resource);
            assert.equal(decision.allowed, expected, `${role} (${kind}) ${action} on a client ${name}`);
            // Another organisation's client does not exist for them, like its cases.
            if (!decision.allowed) assert.equal(decision.conceal, relations.length === 0, `${name}: conceal`);
          }
        }
        for (const action of ACTIONS) {
          const own = decide(who, action, { kind: 'organisation', organisationId: OWN });
          const ownExpected = ['own-organisation', 'own-team'].some((r) => allowed.has(`${role} ${kind} ${r} ${action}`));
          assert.equal(own.allowed, ownExpected, `${role} (${kind}) ${action} on their own organisation`);
          assert.equal(decide(who, action, { kind: 'organisation', organisationId: OTHER }).allowed, false, `${action} on another organisation`);
          const anyGrant = [...allowed].some((line) => line.startsWith(`${role} ${kind} `) && line.endsWith(` ${action}`));
          assert.equal(decide(who, action, { kind: 'cases' }).allowed, anyGrant, `${role} (${kind}) ${action} as a list`);
        }
      });
    }
  }
});

describe('what the decisions mean for the people in the seeds', () => {
  const medewerker = actor('medewerker', 'provider');
  const vgz = actor('beoordelaar', 'health-insurer');

  test('purpose of use follows the role: care staff treat, a funder reviews, the client reads their own, the beheerder administers', () => {
    assert.equal(decide(medewerker, 'case.read', CASES['own organisation, another team']!.resource).purpose, 'treatment');
    assert.equal(decide(vgz, 'deadline.list', CASES['addressed to the actor as funder']!.resource).purpose, 'funder-review');
    assert.equal(decide(actor('client', 'provider'), 'case.read', CASES['the client’s own']!.resource).purpose, 'client-access');
    assert.equal(decide(actor('beheerder', 'provider'), 'access-log.read', { kind: 'organisation', organisationId: OWN }).purpose, 'administration');
  });

  test('a suspension report is there for the insurer’s review: whoever reads or writes one, the purpose is funder review', () => {
    const own = CASES['own organisation, another team']!.resource;
    assert.equal(decide(actor('regievoerder', 'provider'), 'suspension-report.create', own).purpose, 'funder-review');
    assert.equal(decide(actor('regievoerder', 'provider'), 'case.read', own).purpose, 'treatment');
    assert.equal(decide(vgz, 'suspension-report.pass-on', CASES['addressed to the actor as funder']!.resource).purpose, 'funder-review');
    assert.equal(decide(actor('beheerder', 'health-insurer'), 'suspension-report.read-anonymised', { kind: 'organisation', organisationId: OWN }).purpose, 'funder-review');
    // A refusal has no grant: the role's purpose.
    assert.equal(decide(medewerker, 'suspension-report.create', own).purpose, 'treatment');
  });

  test('the relation a decision rests on is recorded with it', () => {
    const decision = decide(actor('regievoerder', 'provider'), 'deadline.remind', CASES['own organisation, own team']!.resource);
    assert.deepEqual([decision.allowed, decision.relation], [true, 'own-team']);
  });

  test('the operator at the machine may do the dossier actions on any organisation, and no one’s personal things; a job only runs', () => {
    const operator: Actor = { kind: 'operator', osUser: 'beheer', host: 'server' };
    for (const action of ['case.import', 'case.export', 'case.read', 'access-log.verify'] as const) {
      assert.equal(decide(operator, action, CASES['another organisation’s, no relation']!.resource).allowed, true, action);
    }
    // A new installation starts at the machine: the operator makes organisations and invites their first users.
    for (const action of ['organisation.create', 'user.manage', 'user.list'] as const) {
      assert.equal(decide(operator, action, { kind: 'installation' }).allowed, true, action);
    }
    for (const action of ['calendar-feed.manage', 'notification.list', 'deadline.remind', 'reminder.run', 'projection.refresh', 'account.manage'] as const) {
      assert.equal(decide(operator, action, { kind: 'installation' }).allowed, false, action);
    }
    const job: Actor = { kind: 'system', job: 'reminders' };
    assert.deepEqual(
      ACTIONS.filter((a: Action) => decide(job, a, { kind: 'installation' }).allowed),
      ['reminder.run', 'projection.refresh', 'case.destroy'],
    );
    for (const action of ['client-portal.use', 'own-file.read', 'access-log.read-own', 'client-request.make'] as const) {
      assert.equal(decide(operator, action, CASES['the client’s own']!.resource).allowed, false, action);
    }
    assert.equal(decide(job, 'case.read', CASES['own organisation, own team']!.resource).allowed, false);
  });

  test('the areas of the pages: the deadline pages are a provider’s; the requests are everyone’s who works with them; the beheerder has the Toegangslog, the users, (a provider’s) the teams, the contracts and the particulars its letters print', () => {
    const areas = (who: Actor) => (Object.keys(AREAS) as Area[]).filter((area) => mayEnter(who, area));
    assert.deepEqual(areas(medewerker), ['cases', 'deadlines', 'requests', 'notifications', 'calendar', 'account', 'tasks', 'clients']);
    assert.deepEqual(areas(actor('regievoerder', 'provider')), ['cases', 'new-case', 'import', 'deadlines', 'requests', 'notifications', 'calendar', 'suspension-reports', 'account', 'tasks', 'clients', 'new-client', 'client-requests']);
    // A funder's staff land on their inbox of requests, not on 'Geen toegang'.
    assert.deepEqual(areas(vgz), ['requests', 'suspension-reports', 'purchasing', 'dashboard', 'account']);
    assert.deepEqual(areas(actor('medisch-adviseur', 'health-insurer')), ['requests', 'purchasing', 'dashboard', 'account']);
    assert.deepEqual(areas(actor('beoordelaar', 'municipality')), ['requests', 'dashboard', 'account']);
    assert.deepEqual(areas(actor('beheerder', 'provider')), ['access-log', 'users', 'teams', 'contracts', 'organisation', 'account']);
    assert.deepEqual(areas(actor('beheerder', 'municipality')), ['access-log', 'users', 'contracts', 'organisation', 'account']);
    assert.deepEqual(areas(actor('client', 'provider')), ['account', 'own-file']);
    assert.deepEqual(areas(actor('client', 'provider', true)), ['account', 'own-file']);
  });

  test('a representative acts for the client under a relation of their own, which the log records; a client sees no staff page', () => {
    const own = CASES['the client’s own']!.resource;
    const representative = decide(actor('client', 'provider', true), 'own-file.read', own);
    assert.deepEqual([representative.allowed, representative.relation, representative.purpose], [true, 'representative', 'client-access']);
    assert.equal(decide(actor('client', 'provider'), 'own-file.read', own).relation, 'client-self');
    // The staff's reading of the whole dossier (withheld entries too) is never the client's.
    for (const action of ['case.read', 'document.read', 'case.list', 'entry.append'] as const) {
      assert.equal(decide(actor('client', 'provider'), action, own).allowed, false, action);
    }
    // Another client's case does not exist for them.
    const other = decide(actor('client', 'provider'), 'own-file.read', aCase({ organisationId: OWN }));
    assert.deepEqual([other.allowed, !other.allowed && other.conceal], [false, true]);
  });
});

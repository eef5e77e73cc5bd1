import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql, type SqlBool } from 'kysely';
import { operatorContext } from '../commands/pipeline/machine.ts';
import { createTask, taskResource } from '../commands/tasks/tasks.ts';
import { selectTasks, type TaskRow } from '../store/tasks.ts';
import { openTestStore, testDatabases } from '../../test/support/databases.ts';
import { FUNDER_DECISION_TYPES } from '../domain/assessment/deadline-types.ts';
import type { Store } from '../store/database.ts';
import { deadlineOfTypes } from '../store/deadline-ids.ts';
import { insertTeam } from '../store/teams.ts';
import { insertOrganisation, insertUser } from '../store/users.ts';
import type { OrganisationKind, Role } from '../store/schema.ts';
import type { Actor, UserActor } from './actors.ts';
import { decide, type Action } from './policy.ts';
import type { CaseResource } from './resources.ts';
import { scopeOf, usersAllowed } from './scopes.ts';

// A list filtered by the policy's scope must hold exactly what `decide` allows row by row: the
// pipeline decides every listed row again and refuses to answer when the two disagree.

const CASE_ROW = {
  organisationId: sql.ref('c.organisation_id'),
  funderOrganisationId: sql.ref('c.funder_organisation_id'),
  teamId: sql.ref('c.team_id'),
  clientId: sql.ref('c.client_id'),
};
const DEADLINE_ROW = { ...CASE_ROW, deadlineOfTypes: deadlineOfTypes('cd.deadline_id') };

for (const database of testDatabases) {
  describe(`the policy's scopes agree with its decisions (${database.kind})`, () => {
    let store: Store;
    const cases: CaseResource[] = [];
    const actors: Actor[] = [];
    const users: { actor: UserActor }[] = [];
    const decision = FUNDER_DECISION_TYPES[0]!;

    before(async () => {
      store = await openTestStore(database);
      const org = (slug: string, kind: OrganisationKind) => insertOrganisation(store.db, { slug, name: slug, kind, address: null });
      const [p1, p2, m, i] = [await org('p1', 'provider'), await org('p2', 'provider'), await org('m', 'municipality'), await org('i', 'health-insurer')];
      const [t1, t2] = [(await insertTeam(store.db, p1, 'Noord'))!, (await insertTeam(store.db, p1, 'Zuid'))!];
      const routings: [string, string | null, string | null][] = [
        [p1, t1, m],
        [p1, t2, i],
        [p1, null, null],
        [p2, null, m],
        [p2, null, i],
      ];
      for (const [organisationId, teamId, funderOrganisationId] of routings) {
        const clientId = crypto.randomUUID();
        const caseId = crypto.randomUUID();
        await store.db.insertInto('clients').values({ id: clientId, organisation_id: organisationId, name: 'C', birth_date: '1950-01-01', has_representative: false }).execute();
        await store.db
          .insertInto('cases')
          .values({ id: caseId, organisation_id: organisationId, client_id: clientId, regime: 'vgz-wijkverpleging', procedure: 'beeindiging', status: 'open', care_started: null, created_by: null, allocation: null, team_id: teamId, funder_organisation_id: funderOrganisationId })
          .execute();
        for (const deadlineId of [decision, 'vgz-deadline-gp-informed']) {
          await store.db
            .insertInto('case_deadlines')
            .values({ case_id: caseId, organisation_id: organisationId, deadline_id: deadlineId, due_date: '2026-12-01', met: false, rule: 'r', start_event: 'e', counting: 'c', explanation: 'x', source_seed: 's', source_quote: 'q' })
            .execute();
        }
        cases.push({ kind: 'case', caseId, organisationId, funderOrganisationId, teamId, clientId });
      }
      const people: [Role, string, OrganisationKind, string | null][] = [
        ['medewerker', p1, 'provider', t1],
        ['regievoerder', p1, 'provider', t1],
        ['regievoerder', p1, 'provider', null],
        ['regievoerder', p2, 'provider', null],
        ['beheerder', p1, 'provider', null],
        ['beoordelaar', m, 'municipality', null],
        ['beoordelaar', i, 'health-insurer', null],
        ['medisch-adviseur', i, 'health-insurer', null],
      ];
      for (const [role, organisationId, organisationKind, teamId] of people) {
        const userId = await insertUser(store.db, { organisationId, email: `${role}.${users.length}@x.example`, name: role, role, passwordHash: null });
        await store.db.updateTable('users').set({ team_id: teamId }).where('id', '=', userId).execute();
        users.push({ actor: { kind: 'user', userId, name: role, organisationId, organisationKind, role, teamId } });
      }
      actors.push(...users.map((u) => u.actor));
      actors.push({ kind: 'user', userId: 'c', name: 'Cliënt', organisationId: p1, organisationKind: 'provider', role: 'client', teamId: null, clientId: cases[0]!.clientId });
      actors.push({ kind: 'operator', osUser: 'beheer', host: 'server' });
    });
    after(() => store.close());

    const who = (actor: Actor) => (actor.kind === 'user' ? `${actor.role} of ${actor.organisationKind}${actor.teamId !== null ? ' (team)' : ''}` : actor.kind);

    test('a case list holds exactly the cases a decision on each allows', async () => {
      for (const actor of actors) {
        // (Deadline actions are tested on deadline rows below: a funder's grant covers only some of them.)
        for (const action of ['case.list', 'case.read', 'entry.append', 'document.read', 'case.export'] as Action[]) {
          const listed = await store.db
            .selectFrom('cases as c')
            .select('c.id')
            .where(scopeOf(actor, action, CASE_ROW))
            .execute();
          const expected = cases.filter((c) => decide(actor, action, c).allowed).map((c) => c.caseId);
          assert.deepEqual(listed.map((r) => r.id).sort(), expected.sort(), `${who(actor)} ${action}`);
        }
      }
    });

    test('deadline rows: a provider’s staff see every open deadline of their cases, a funder only the decisions it owes', async () => {
      for (const actor of actors) {
        const rows = await store.db
          .selectFrom('case_deadlines as cd')
          .innerJoin('cases as c', 'c.id', 'cd.case_id')
          .select(['cd.case_id', 'cd.deadline_id'])
          .where(scopeOf(actor, 'deadline.list', DEADLINE_ROW))
          .execute();
        const allowed = cases.filter((c) => decide(actor, 'deadline.list', c).allowed);
        const funder = actor.kind === 'user' && actor.role === 'beoordelaar';
        const expected = allowed.flatMap((c) => (funder ? [decision] : [decision, 'vgz-deadline-gp-informed']).map((d) => `${c.caseId} ${d}`));
        assert.deepEqual(rows.map((r) => `${r.case_id} ${r.deadline_id}`).sort(), expected.sort(), who(actor));
      }
    });

    test('a task list holds exactly the tasks a decision on each (its case, else its client, else its organisation) allows', async () => {
      const made: TaskRow[] = [];
      await store.db.transaction().execute(async (tx) => {
        const machine = operatorContext(store);
        for (const c of cases) {
          await createTask(tx, machine, { organisationId: c.organisationId, caseId: c.caseId, kind: 'test.on-case', title: 'Over de casus' });
          await createTask(tx, machine, { organisationId: c.organisationId, clientId: c.clientId, kind: 'test.on-client', title: 'Over de cliënt' });
          await createTask(tx, machine, { organisationId: c.organisationId, kind: 'test.on-organisation', title: 'Over niemand' });
        }
        made.push(...(await selectTasks(tx, () => sql<SqlBool>`true`, { state: 'open', limit: 100, offset: 0 })).tasks);
      });
      assert.equal(made.length, cases.length * 3);
      for (const actor of actors) {
        const { tasks } = await selectTasks(store.db, (row) => scopeOf(actor, 'task.list', row), { state: 'open', limit: 100, offset: 0 });
        const expected = made.filter((t) => decide(actor, 'task.list', taskResource(t)).allowed).map((t) => t.id);
        assert.deepEqual(tasks.map((t) => t.id).sort(), expected.sort(), who(actor));
      }
    });

    test('who is reminded of a deadline: the users a decision allows deadline.remind on its case (of a funder, only its decisions)', async () => {
      const rows = await store.db
        .selectFrom('case_deadlines as cd')
        .innerJoin('cases as c', 'c.id', 'cd.case_id')
        .innerJoin('users as u', (join) => join.onTrue())
        .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
        .select(['cd.case_id', 'cd.deadline_id', 'u.id as user_id'])
        .where(
          usersAllowed(
            'deadline.remind',
            { role: sql.ref('u.role'), organisationKind: sql.ref('o.kind'), organisationId: sql.ref('u.organisation_id'), teamId: sql.ref('u.team_id') },
            DEADLINE_ROW,
          ),
        )
        .execute();
      const expected = users.flatMap(({ actor }) =>
        cases
          .filter((c) => decide(actor, 'deadline.remind', c).allowed)
          .flatMap((c) => (actor.role === 'beoordelaar' ? [decision] : [decision, 'vgz-deadline-gp-informed']).map((d) => `${c.caseId} ${d} ${actor.userId}`)),
      );
      assert.ok(expected.length > 0);
      assert.deepEqual(rows.map((r) => `${r.case_id} ${r.deadline_id} ${r.user_id}`).sort(), expected.sort());
    });
  });
}

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { openTestStore, testDatabases } from '../../../test/support/databases.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { UserActor } from '../../policy/actors.ts';
import type { Store } from '../../store/database.ts';
import type { Role } from '../../store/schema.ts';
import { insertOrganisation, insertUser } from '../../store/users.ts';
import type { CommandContext } from '../pipeline/context.ts';
import { execute } from '../pipeline/execute.ts';
import { operatorContext } from '../pipeline/machine.ts';
import { completeTask } from './complete-task.ts';
import { listTasks } from './list-tasks.ts';
import { createTask } from './tasks.ts';

// Tasks (decision 0017): made in the transaction of what caused them, exactly once per dedupe key
// however many transactions race to make it; listed and completed through the pipeline, each with
// its access-log rows.

for (const database of testDatabases) {
  describe(`tasks (${database.kind})`, () => {
    let store: Store;
    let provider: string;
    let other: string;
    let clientId: string;
    let medewerker: CommandContext;
    let stranger: CommandContext;
    const at = new Date('2026-12-04T10:00:00Z');

    async function userContext(organisationId: string, role: Role): Promise<CommandContext> {
      const userId = await insertUser(store.db, { organisationId, email: `${randomUUID()}@x.example`, name: role, role, passwordHash: null });
      const actor: UserActor = { kind: 'user', userId, name: role, organisationId, organisationKind: 'provider', role, teamId: null };
      return { store, actor, origin: '127.0.0.1', now: () => at, today: () => '2026-12-04' };
    }

    before(async () => {
      store = await openTestStore(database);
      provider = await insertOrganisation(store.db, { slug: 'p', name: 'P', kind: 'provider', address: null });
      other = await insertOrganisation(store.db, { slug: 'q', name: 'Q', kind: 'provider', address: null });
      clientId = randomUUID();
      await store.db.insertInto('clients').values({ id: clientId, organisation_id: provider, name: 'J. Jansen', birth_date: '1950-01-01', has_representative: false }).execute();
      medewerker = await userContext(provider, 'medewerker');
      stranger = await userContext(other, 'regievoerder');
    });
    after(() => store.close());

    const make = (dedupeKey: string | null) =>
      store.db
        .transaction()
        .execute((tx) =>
          createTask(tx, operatorContext(store), { organisationId: provider, clientId, kind: 'test.call', title: 'Bel de cliënt', dueOn: '2026-12-10', dedupeKey }),
        );

    test('one dedupe key makes one task, however many transactions make it at the same time', async () => {
      const key = `test:${randomUUID()}`;
      const ids = await Promise.all(Array.from({ length: 6 }, () => make(key)));
      assert.equal(ids.filter((id) => id !== undefined).length, 1, JSON.stringify(ids));
      const rows = await store.db.selectFrom('tasks').select('id').where('dedupe_key', '=', key).execute();
      assert.deepEqual(rows.map((r) => r.id), ids.filter((id) => id !== undefined));
      // Without a key, every call is a task of its own.
      assert.notEqual(await make(null), await make(null));
    });

    test('a task made in a transaction that rolls back does not exist', async () => {
      const key = `test:${randomUUID()}`;
      await assert.rejects(
        store.db.transaction().execute(async (tx) => {
          await createTask(tx, operatorContext(store), { organisationId: provider, kind: 'test.call', title: 'Bel', dedupeKey: key });
          throw new Error('what caused it failed');
        }),
      );
      assert.equal((await store.db.selectFrom('tasks').select('id').where('dedupe_key', '=', key).execute()).length, 0);
      assert.ok((await make(key)) !== undefined, 'the key is free again');
    });

    test('the organisation’s staff list and complete its tasks, each with its access-log rows; another organisation finds none', async () => {
      const id = (await make(`test:${randomUUID()}`)) as string;
      const open = await execute(medewerker, listTasks, { state: 'open', clientId, limit: 100, offset: 0 });
      assert.ok(open.tasks.some((t) => t.id === id && t.clientName === 'J. Jansen' && t.dueOn === '2026-12-10'));
      assert.equal((await execute(stranger, listTasks, { state: 'open', limit: 100, offset: 0 })).total, 0);
      await assert.rejects(execute(stranger, completeTask, id), (e: Error) => e instanceof NotFoundError && e.message === 'Deze taak bestaat niet.');

      const done = await execute(medewerker, completeTask, id);
      assert.deepEqual([done.state, done.doneAt?.toISOString(), done.doneBy], ['done', at.toISOString(), (medewerker.actor as UserActor).userId]);
      // Done twice is done once: the first keeps who and when.
      const later = { ...medewerker, now: () => new Date('2026-12-05T10:00:00Z') };
      assert.equal((await execute(later, completeTask, id)).doneAt?.toISOString(), at.toISOString());
      const doneList = await execute(medewerker, listTasks, { state: 'done', limit: 100, offset: 0 });
      assert.ok(doneList.tasks.some((t) => t.id === id));

      const rows = await store.db.selectFrom('access_log').select(['event_type', 'outcome', 'client_id', 'organisation_id']).where('event_type', 'like', 'task.%').execute();
      const completes = rows.filter((r) => r.event_type === 'task.complete');
      // The refusal too is in the chain of the organisation that holds the client's data (decision 0007).
      assert.deepEqual(
        completes.map((r) => [r.outcome, r.client_id, r.organisation_id]),
        [
          ['denied', clientId, provider],
          ['allowed', clientId, provider],
          ['allowed', clientId, provider],
        ],
      );
      assert.ok(rows.some((r) => r.event_type === 'task.list' && r.client_id === clientId && r.outcome === 'allowed'));
    });
  });
}

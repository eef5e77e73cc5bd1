import type { UserActor } from '../../src/policy/actors.ts';
import type { Store } from '../../src/store/database.ts';
import { ACTOR_COLUMNS, toActor } from '../../src/store/users.ts';

/** The actor a signed-in user with this e-mail address would be, for tests that run commands directly. */
export async function actorByEmail(store: Store, email: string): Promise<UserActor> {
  return toActor(
    await store.db
      .selectFrom('users as u')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(ACTOR_COLUMNS)
      .where('u.email', '=', email)
      .executeTakeFirstOrThrow(),
  );
}

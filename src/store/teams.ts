import { forgetTokenActors } from './actor-generation.ts';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

// A provider's teams: a case is handled by one, a user belongs to at most one. A user without a
// team works for every team (the overview, feed and reminders are not narrowed for them).

export async function insertTeam(db: Kysely<Database>, organisationId: string, name: string): Promise<string | undefined> {
  const id = randomUUID();
  const inserted = await db
    .insertInto('teams')
    .values({ id, organisation_id: organisationId, name })
    .onConflict((oc) => oc.constraint('teams_organisation_name_key').doNothing())
    .executeTakeFirst();
  return inserted.numInsertedOrUpdatedRows === 1n ? id : undefined;
}

export async function listTeams(db: Kysely<Database>, organisationId: string): Promise<{ id: string; name: string; members: number }[]> {
  const rows = await db
    .selectFrom('teams as t')
    .leftJoin('users as u', 'u.team_id', 't.id')
    .select(['t.id', 't.name', (eb) => eb.fn.count<string>('u.id').as('members')])
    .where('t.organisation_id', '=', organisationId)
    .groupBy(['t.id', 't.name'])
    .orderBy('t.name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, members: Number(r.members) }));
}

/** Who may be responsible for the organisation's cases (migrations/0020): its active care staff, by name. */
export async function careStaff(db: Kysely<Database>, organisationId: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where('active', '=', true)
    .where('role', 'in', ['medewerker', 'regievoerder'])
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** Puts a user of the organisation in a team (null: no team); returns whether the user exists there. */
export async function setUserTeam(db: Kysely<Database>, organisationId: string, userId: string, teamId: string | null): Promise<boolean> {
  forgetTokenActors();
  const result = await db
    .updateTable('users')
    .set({ team_id: teamId })
    .where('id', '=', userId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

import type { Kysely } from 'kysely';
import type { Database, OrganisationKind } from './schema.ts';

// Where a case is routed: the provider's team that handles it and the funder organisation its
// request goes to (migrations/0005-reminders.ts), and the person responsible for it (migrations/0020).

export async function findOrganisationKind(db: Kysely<Database>, id: string): Promise<OrganisationKind | undefined> {
  const row = await db.selectFrom('organisations').select('kind').where('id', '=', id).executeTakeFirst();
  return row?.kind;
}

/** The one organisation of this kind, or undefined when there are none or several (then the provider chooses). */
export async function soleOrganisationOfKind(db: Kysely<Database>, kind: OrganisationKind): Promise<string | undefined> {
  const rows = await db.selectFrom('organisations').select('id').where('kind', '=', kind).limit(2).execute();
  return rows.length === 1 ? rows[0]?.id : undefined;
}

export async function findTeamOrganisation(db: Kysely<Database>, teamId: string): Promise<string | undefined> {
  const row = await db.selectFrom('teams').select('organisation_id').where('id', '=', teamId).executeTakeFirst();
  return row?.organisation_id;
}

/** Whether the user may be responsible for a case of this organisation: an active member of its care staff. */
export async function isCareStaffOf(db: Kysely<Database>, userId: string, organisationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .where('organisation_id', '=', organisationId)
    .where('active', '=', true)
    .where('role', 'in', ['medewerker', 'regievoerder'])
    .executeTakeFirst();
  return row !== undefined;
}

export async function setCaseRouting(
  db: Kysely<Database>,
  caseId: string,
  routing: { funderOrganisationId?: string | null; teamId?: string | null; responsibleUserId?: string | null },
): Promise<void> {
  if (routing.responsibleUserId !== undefined) {
    await db.updateTable('cases').set({ responsible_user_id: routing.responsibleUserId }).where('id', '=', caseId).execute();
  }
  const set = {
    ...(routing.funderOrganisationId !== undefined ? { funder_organisation_id: routing.funderOrganisationId } : {}),
    ...(routing.teamId !== undefined ? { team_id: routing.teamId } : {}),
  };
  if (Object.keys(set).length === 0) return;
  await db.updateTable('cases').set(set).where('id', '=', caseId).execute();
  // Rerouted deadlines are claimed again, so a new funder or team is reminded too (the reminders'
  // unique key keeps the people already reminded from a second one).
  await db.updateTable('case_deadlines').set({ ...set, reminded: false }).where('case_id', '=', caseId).execute();
}

export async function caseRouting(
  db: Kysely<Database>,
  caseId: string,
): Promise<{ funderOrganisationId: string | null; teamId: string | null; responsibleUserId: string | null } | undefined> {
  const row = await db.selectFrom('cases').select(['funder_organisation_id', 'team_id', 'responsible_user_id']).where('id', '=', caseId).executeTakeFirst();
  return row === undefined ? undefined : { funderOrganisationId: row.funder_organisation_id, teamId: row.team_id, responsibleUserId: row.responsible_user_id };
}

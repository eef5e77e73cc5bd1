import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { UserActor } from '../policy/actors.ts';
import { forgetTokenActors } from './actor-generation.ts';
import type { Database, OrganisationKind, Role } from './schema.ts';

/** What a user is, as the policy and the access log need it: select these from users `u` joined with organisations `o`. */
export const ACTOR_COLUMNS = ['u.id', 'u.name', 'u.organisation_id', 'u.role', 'u.team_id', 'o.kind', 'u.client_id', 'u.representation_ground'] as const;

export interface ActorRow {
  id: string;
  name: string;
  organisation_id: string;
  role: Role;
  team_id: string | null;
  kind: OrganisationKind;
  client_id: string | null;
  representation_ground: string | null;
}

export function toActor(row: ActorRow): UserActor {
  return {
    kind: 'user',
    userId: row.id,
    name: row.name,
    organisationId: row.organisation_id,
    organisationKind: row.kind,
    role: row.role,
    teamId: row.team_id,
    // A client's account reads one file: the client's (decision 0020); a representative acts for them.
    ...(row.client_id !== null ? { clientId: row.client_id } : {}),
    ...(row.representation_ground !== null ? { representative: true as const } : {}),
  };
}

export async function insertOrganisation(
  db: Kysely<Database>,
  input: { slug: string; name: string; kind: OrganisationKind; address: string | null; phone?: string | null; complaints_contact?: string | null },
): Promise<string> {
  const id = randomUUID();
  await db.insertInto('organisations').values({ id, ...input }).execute();
  return id;
}

/** The organisation's name and the contact its letters print (null: not recorded). */
export async function organisationContact(db: Kysely<Database>, organisationId: string): Promise<{ name: string; phone: string | null; complaintsContact: string | null }> {
  const row = await db.selectFrom('organisations').select(['name', 'phone', 'complaints_contact']).where('id', '=', organisationId).executeTakeFirstOrThrow();
  return { name: row.name, phone: row.phone, complaintsContact: row.complaints_contact };
}

/** Changes the contact its letters print; a field left out stays as it is. */
export async function updateOrganisationContact(db: Kysely<Database>, organisationId: string, change: { phone?: string | null; complaintsContact?: string | null }): Promise<void> {
  const set = { ...(change.phone !== undefined ? { phone: change.phone } : {}), ...(change.complaintsContact !== undefined ? { complaints_contact: change.complaintsContact } : {}) };
  if (Object.keys(set).length > 0) await db.updateTable('organisations').set(set).where('id', '=', organisationId).execute();
}

export async function insertUser(
  db: Kysely<Database>,
  input: {
    organisationId: string;
    email: string;
    name: string;
    role: Role;
    passwordHash: string | null;
    demo?: boolean;
    /** A client's account (role 'client'): their client, and for a representative the legal ground. */
    clientId?: string;
    representationGround?: string;
  },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('users')
    .values({
      id,
      organisation_id: input.organisationId,
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      password_hash: input.passwordHash,
      demo: input.demo ?? false,
      client_id: input.clientId ?? null,
      representation_ground: input.representationGround ?? null,
    })
    .execute();
  return id;
}

export async function findOrganisationBySlug(db: Kysely<Database>, slug: string) {
  return db.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function countOrganisations(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('organisations').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface UserListRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  demo: boolean;
  teamId: string | null;
  teamName: string | null;
  /** Has set a password (followed the invitation). */
  passwordSet: boolean;
  secondFactor: boolean;
  /** An invitation link that can still be used. */
  invitationOpen: boolean;
}

/** The organisation's users, by name; or one of them. */
export async function listOrganisationUsers(db: Kysely<Database>, organisationId: string, now: Date, userId?: string): Promise<UserListRow[]> {
  let query = db
    .selectFrom('users as u')
    .leftJoin('teams as t', 't.id', 'u.team_id')
    .select((eb) => [
      'u.id',
      'u.name',
      'u.email',
      'u.role',
      'u.active',
      'u.demo',
      'u.team_id',
      't.name as team_name',
      'u.password_hash',
      'u.totp_enrolled_at',
      eb
        .exists(eb.selectFrom('invitations as i').select('i.user_id').whereRef('i.user_id', '=', 'u.id').where('i.used_at', 'is', null).where('i.expires_at', '>', now))
        .as('invitation_open'),
    ])
    .where('u.organisation_id', '=', organisationId)
    .where('u.client_id', 'is', null);
  if (userId !== undefined) query = query.where('u.id', '=', userId);
  const rows = await query.orderBy('u.name').orderBy('u.email').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    role: r.role,
    active: r.active,
    demo: r.demo,
    teamId: r.team_id,
    teamName: r.team_name,
    passwordSet: r.password_hash !== null,
    secondFactor: r.totp_enrolled_at !== null,
    invitationOpen: Boolean(r.invitation_open),
  }));
}

/** Whether a user with this e-mail address exists anywhere (addresses are unique on the installation). */
export async function emailTaken(db: Kysely<Database>, email: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('email', '=', email.toLowerCase()).executeTakeFirst()) !== undefined;
}

export async function updateUser(db: Kysely<Database>, userId: string, change: { role?: Role; active?: boolean }): Promise<void> {
  forgetTokenActors();
  await db.updateTable('users').set(change).where('id', '=', userId).execute();
}

import { sql, type Kysely } from 'kysely';
import type { UserActor } from '../policy/actors.ts';
import type { Database, OrganisationKind, Role } from './schema.ts';
import { toActor } from './users.ts';

// A user as signing in needs them: the password hash, the second factor, whether they may sign in
// at all. Nothing here decides; commands/auth does.

export interface Account {
  id: string;
  organisation_id: string;
  organisation_name: string;
  kind: OrganisationKind;
  email: string;
  name: string;
  role: Role;
  team_id: string | null;
  active: boolean;
  demo: boolean;
  password_hash: string | null;
  totp_secret: string | null;
  totp_enrolled_at: Date | null;
  totp_last_step: string | null;
  client_id: string | null;
  representation_ground: string | null;
}

function selectAccounts(db: Kysely<Database>) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id',
      'u.organisation_id',
      'o.name as organisation_name',
      'o.kind',
      'u.email',
      'u.name',
      'u.role',
      'u.team_id',
      'u.active',
      'u.demo',
      'u.password_hash',
      'u.totp_secret',
      'u.totp_enrolled_at',
      'u.totp_last_step',
      'u.client_id',
      'u.representation_ground',
    ]);
}

export function findAccountByEmail(db: Kysely<Database>, email: string): Promise<Account | undefined> {
  return selectAccounts(db).where('u.email', '=', email.toLowerCase()).executeTakeFirst();
}

export function findAccountById(db: Kysely<Database>, id: string): Promise<Account | undefined> {
  return selectAccounts(db).where('u.id', '=', id).executeTakeFirst();
}

export function accountActor(account: Account): UserActor {
  return toActor(account);
}

/** Whether the account signs in with a second factor: every account but the seed's demo accounts. */
export function needsSecondFactor(account: Pick<Account, 'demo'>): boolean {
  return !account.demo;
}

export async function setPasswordHash(db: Kysely<Database>, userId: string, hash: string, changedAt: Date | null): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: hash, ...(changedAt !== null ? { password_changed_at: changedAt } : {}) })
    .where('id', '=', userId)
    .execute();
}

/** Keeps the secret of an enrolment that has begun; shown again until a code confirms it. */
export async function startTotpEnrolment(db: Kysely<Database>, userId: string, secret: string): Promise<void> {
  await db.updateTable('users').set({ totp_secret: secret, totp_enrolled_at: null, totp_last_step: null }).where('id', '=', userId).execute();
}

/** Records the step of an accepted code (each code is good once); completes an enrolment. */
export async function acceptTotpStep(db: Kysely<Database>, userId: string, step: number, enrolledAt?: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({ totp_last_step: step, ...(enrolledAt !== undefined ? { totp_enrolled_at: enrolledAt } : {}) })
    .where('id', '=', userId)
    .execute();
}

/** Forgets the second factor and its recovery codes: the user enrols anew at the next sign-in. */
export async function clearSecondFactor(db: Kysely<Database>, userId: string): Promise<void> {
  await db.updateTable('users').set({ totp_secret: null, totp_enrolled_at: null, totp_last_step: null }).where('id', '=', userId).execute();
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
}

export async function replaceRecoveryCodes(db: Kysely<Database>, userId: string, hashes: readonly string[]): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(hashes.map((code_hash) => ({ user_id: userId, code_hash, used_at: null })))
    .execute();
}

/** Uses up an unused recovery code; whether there was one. */
export async function useRecoveryCode(db: Kysely<Database>, userId: string, hash: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function unusedRecoveryCodes(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select(sql<string>`count(*)`.as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

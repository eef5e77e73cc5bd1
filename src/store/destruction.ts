import { sql, type Kysely, type Transaction } from 'kysely';
import type { CareLaw, RegimeId } from '../domain/dossier/types.ts';
import type { Database, DestructionsTable } from './schema.ts';

// Destroying a case's file (decision 0023): every row of personal data of the case and, once it has
// no other case, of its client and their accounts; what stays is the destruction's record and the
// access log's rows, whose client and case ids then point at nobody. The append-only tables let the
// deletes through only for the case named in `zorgvuldig.destroying` (migrations/0012).

type Db = Kysely<Database> | Transaction<Database>;

/** Claims the case for destruction: locked, or undefined when it is gone or another process holds it. */
export async function claimCase(db: Db, caseId: string): Promise<{ organisationId: string; clientId: string } | undefined> {
  const row = await db
    .selectFrom('cases')
    .select(['organisation_id', 'client_id'])
    .where('id', '=', caseId)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  return row === undefined ? undefined : { organisationId: row.organisation_id, clientId: row.client_id };
}

export async function destroyCaseData(db: Transaction<Database>, target: { caseId: string; clientId: string }, record: Omit<DestructionsTable, 'case_id' | 'client_pseudonym'>): Promise<void> {
  const { caseId, clientId } = target;
  await sql`select set_config('zorgvuldig.destroying', ${caseId}, true)`.execute(db);
  await db.deleteFrom('notifications').where('case_id', '=', caseId).execute();
  await db.deleteFrom('case_deadlines').where('case_id', '=', caseId).execute();
  await db.deleteFrom('letters').where('case_id', '=', caseId).execute();
  await db.deleteFrom('entries').where('case_id', '=', caseId).execute();
  await db.deleteFrom('withheld_entries').where('case_id', '=', caseId).execute();
  await db.deleteFrom('retention_exceptions').where('case_id', '=', caseId).execute();
  await db.deleteFrom('client_requests').where('case_id', '=', caseId).execute();
  await db.deleteFrom('tasks').where('case_id', '=', caseId).execute();
  const requests = db.selectFrom('funder_requests').select('id').where('case_id', '=', caseId);
  for (const table of ['funder_request_questions', 'funder_request_hearings', 'funder_request_advice', 'funder_request_objections'] as const) {
    await db.deleteFrom(table).where('request_id', 'in', requests).execute();
  }
  await db.deleteFrom('funder_requests').where('case_id', '=', caseId).execute();
  await db.deleteFrom('suspension_reports').where('case_id', '=', caseId).execute();
  await db.deleteFrom('cases').where('id', '=', caseId).execute();
  const otherCase = await db.selectFrom('cases').select('id').where('client_id', '=', clientId).executeTakeFirst();
  // A care agreement's appointments and invoices are the provider's financial records, which the law
  // makes it keep for seven years (AWR art. 52): the client stays while they exist, their file goes.
  const agreement = await db.selectFrom('care_agreements').select('client_id').where('client_id', '=', clientId).executeTakeFirst();
  if (otherCase === undefined && agreement === undefined) {
    // The client's own accounts and what hangs on them go with the client.
    const accounts = db.selectFrom('users').select('id').where('client_id', '=', clientId);
    for (const table of ['sessions', 'api_tokens', 'recovery_codes', 'invitations', 'trusted_devices', 'calendar_feeds', 'notifications'] as const) {
      await db.deleteFrom(table).where('user_id', 'in', accounts).execute();
    }
    await db.deleteFrom('users').where('client_id', '=', clientId).execute();
    await db.deleteFrom('tasks').where('client_id', '=', clientId).execute();
    await db.deleteFrom('clients').where('id', '=', clientId).execute();
  }
  await db.insertInto('destructions').values({ case_id: caseId, client_pseudonym: clientId, ...record }).execute();
  await sql`select set_config('zorgvuldig.destroying', '', true)`.execute(db);
}

export interface DueDestruction {
  caseId: string;
  ground: 'request' | 'retention-ended';
  requestedAt: Date | null;
  /** For a term that ended: the case's regime and the law its care falls under, which set the term. */
  regime?: RegimeId;
  law?: CareLaw | null;
}

/** A retention term: the years a file of this regime and law is kept after its last change. */
export interface RetentionTerm {
  regime: RegimeId;
  law: CareLaw | null;
  years: number;
}

// The law of a case's care as domain/client-file/rights.ts `careLawOf` reads it: stated when the case
// was opened, else its allocation's.
const CARE_LAW = sql<CareLaw | null>`coalesce(c.care_law, c.allocation->>'law')`;

/**
 * The cases whose file is due for destruction on `today`: a destruction request granted, or left
 * unanswered past its due date (seed 004 §3: within three months); or a case ended at least
 * its regime's and law's term ago (review finding 17, decision 0031). Never a case with an exception in force (no end date, or one still ahead):
 * a hold keeps a file whichever the ground.
 */
export async function dueDestructions(db: Db, today: string, terms: readonly RetentionTerm[], limit: number): Promise<DueDestruction[]> {
  // The retention term per regime and law: a CASE over both.
  const years = sql`case ${sql.join(terms.map((t) => sql`when c.regime = ${t.regime} and ${CARE_LAW} is not distinct from ${t.law}::text then ${t.years}::int`), sql` `)} end`;
  const held = sql<boolean>`exists (select 1 from retention_exceptions x where x.case_id = c.id and (x.until is null or x.until > ${today}::date))`;
  const requested = await sql<{ case_id: string; requested_at: Date }>`
    select c.id as case_id, min(r.requested_at) as requested_at
    from cases c join client_requests r on r.case_id = c.id
    where r.kind = 'destruction' and (r.outcome = 'granted' or (r.outcome is null and r.due_on <= ${today}::date)) and not ${held}
    group by c.id
    limit ${limit}`.execute(db);
  const ended = await sql<{ case_id: string; regime: RegimeId; law: CareLaw | null }>`
    select c.id as case_id, c.regime, ${CARE_LAW} as law
    from cases c
    where c.status = 'afgerond' and not ${held}
      and (select max(e.date) from entries e where e.case_id = c.id) <= (${today}::date - make_interval(years => ${years}))::date
    limit ${limit}`.execute(db);
  const byRequest = new Set(requested.rows.map((r) => r.case_id));
  return [
    ...requested.rows.map((r): DueDestruction => ({ caseId: r.case_id, ground: 'request', requestedAt: r.requested_at })),
    ...ended.rows.filter((r) => !byRequest.has(r.case_id)).map((r): DueDestruction => ({ caseId: r.case_id, ground: 'retention-ended', requestedAt: null, regime: r.regime, law: r.law })),
  ];
}

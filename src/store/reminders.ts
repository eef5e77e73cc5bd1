import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { ScopeColumns } from './cases.ts';
import { deadlineOfTypes } from './deadline-ids.ts';
import { REMINDER_COLUMNS, toReminder, type Reminder } from './notifications.ts';
import type { Database, MailStatus } from './schema.ts';

// Reminders that go out exactly once, however many application processes run (decision record
// docs/decisions/0005-reminders-exactly-once.md):
//
// 1. claim: one statement locks a batch of due (or overdue) deadlines not yet reminded of
//    (FOR UPDATE SKIP LOCKED: concurrent claims take different ones), marks them reminded and
//    inserts a row per recipient. The unique key (recipient, case, deadline, start event, due date)
//    with ON CONFLICT DO NOTHING makes a second row impossible even so.
// 2. take: a process takes the next e-mail with UPDATE … FOR UPDATE SKIP LOCKED, marking it
//    'sending' before it sends, so no other process can take it too.
// 3. mark: 'sent' after the SMTP server accepted the message; a failure is retried with backoff.
//    A row still 'sending' after the lease (its process died mid-send) is never sent again
//    automatically: it becomes 'unconfirmed' for the beheerder to check.

export interface ClaimInput {
  /** The job's clock: an e-mail made now may be sent from now on. */
  now: Date;
  today: string;
  /** Deadlines on or before this date (and after today) are due soon. */
  windowEnd: string;
  /** Rule ids that are waiting terms: met by time passing, never reminded of. */
  waitingTypes: readonly string[];
  /** Who is reminded of a deadline: the policy's condition on a user (and their organisation) and the deadline's row. */
  recipients: (user: RecipientColumns, row: ScopeColumns & { deadlineOfTypes: (types: readonly string[]) => RawBuilder<SqlBool> }) => RawBuilder<SqlBool>;
  /** Make an outbox e-mail for each reminder (SMTP configured), from this domain's Message-IDs. */
  mail: { messageIdDomain: string } | undefined;
}

/** The columns of a users row, joined with its organisation, that say what the user is granted. */
export interface RecipientColumns {
  role: RawBuilder<unknown>;
  organisationKind: RawBuilder<unknown>;
  organisationId: RawBuilder<unknown>;
  teamId: RawBuilder<unknown>;
}

const RECIPIENT: RecipientColumns = {
  role: sql.ref('u.role'),
  organisationKind: sql.ref('o.kind'),
  organisationId: sql.ref('u.organisation_id'),
  teamId: sql.ref('u.team_id'),
};

const CLAIMED_DEADLINE = {
  organisationId: sql.ref('cd.organisation_id'),
  funderOrganisationId: sql.ref('c.funder_organisation_id'),
  teamId: sql.ref('c.team_id'),
  clientId: sql.ref('c.client_id'),
  deadlineOfTypes: deadlineOfTypes('cd.deadline_id'),
};

/**
 * Claims up to `batch` due or overdue deadlines that have not been reminded of yet and makes their
 * reminders, in one statement: the deadlines are locked FOR UPDATE SKIP LOCKED (a concurrent claim
 * takes others), marked reminded, and each recipient's row inserted. Returns how many deadlines
 * were claimed (0: nothing left) and how many reminders made.
 */
export async function claimReminders(
  db: Kysely<Database>,
  input: ClaimInput,
  batch: number,
): Promise<{ deadlines: number; reminders: number }> {
  const mail = input.mail;
  const result = await sql<{ deadlines: number; reminders: number }>`
    with due as (
      select case_id, deadline_id, start_event from case_deadlines cd
      where not met and not reminded and due_date <= ${input.windowEnd}
        and not ${deadlineOfTypes('cd.deadline_id')(input.waitingTypes)}
      order by due_date, case_id, deadline_id, start_event
      limit ${batch}
      for update skip locked
    ),
    claimed as (
      update case_deadlines cd set reminded = true
      from due
      where cd.case_id = due.case_id and cd.deadline_id = due.deadline_id and cd.start_event = due.start_event
      returning cd.*
    ),
    made as (
      insert into notifications (user_id, organisation_id, case_id, deadline_id, start_event, due_date, kind, rule,
                                 source_seed, source_quote, mail_status, mail_to, mail_message_id, mail_next_attempt_at)
      select u.id, u.organisation_id, cd.case_id, cd.deadline_id, cd.start_event, cd.due_date,
             case when cd.due_date < ${input.today} then 'overdue' else 'upcoming' end,
             cd.rule, cd.source_seed, cd.source_quote,
             ${mail === undefined ? sql`null` : sql`'pending'`},
             ${mail === undefined ? sql`null` : sql`u.email`},
             ${
               mail === undefined
                 ? sql`null`
                 : sql`'<reminder.' || encode(sha256(convert_to(u.id::text || '/' || cd.case_id::text || '/' || cd.deadline_id || '/' ||
                       cd.start_event || '/' || cd.due_date::text, 'UTF8')), 'hex') || '@' || ${mail.messageIdDomain} || '>'`
             },
             ${mail === undefined ? null : input.now}::timestamptz
      from claimed cd
      join cases c on c.id = cd.case_id
      join (users u join organisations o on o.id = u.organisation_id) on ${input.recipients(RECIPIENT, CLAIMED_DEADLINE)}
      -- A deadline rewritten by a later change of its dossier is claimed again; its reminders exist.
      where not exists (select 1 from notifications n
                        where n.user_id = u.id and n.case_id = cd.case_id and n.deadline_id = cd.deadline_id
                          and n.start_event = cd.start_event and n.due_date = cd.due_date)
      -- A second line of defence besides the row locks. No conflict target: the Message-ID is unique
      -- too (it is derived from the same key), and a concurrent insert may hit either index first.
      on conflict do nothing
      returning 1
    )
    select (select count(*) from claimed)::int as deadlines, (select count(*) from made)::int as reminders`.execute(db);
  return result.rows[0] ?? { deadlines: 0, reminders: 0 };
}

export interface Delivery extends Reminder {
  to: string;
  messageId: string;
  attempts: number;
}

/** Takes the next e-mail that is due, marking it 'sending' (one statement: taken by one process only). */
export async function takeDelivery(db: Kysely<Database>, now: Date): Promise<Delivery | undefined> {
  const row = await db
    .updateTable('notifications')
    .set({ mail_status: 'sending', mail_sending_since: now, mail_attempts: sql`mail_attempts + 1` })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('notifications')
        .select('id')
        .where('mail_status', 'in', ['pending', 'retrying'])
        .where('mail_next_attempt_at', '<=', now)
        .orderBy('mail_next_attempt_at')
        .limit(1)
        .forUpdate()
        .skipLocked(),
    )
    .returning([...REMINDER_COLUMNS, 'mail_to', 'mail_message_id', 'mail_attempts'])
    .executeTakeFirst();
  return row && { ...toReminder(row), to: row.mail_to ?? '', messageId: row.mail_message_id ?? '', attempts: row.mail_attempts };
}

export async function markSent(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ mail_status: 'sent', mail_sent_at: now, mail_last_error: null })
    .where('id', '=', id)
    .where('mail_status', '=', 'sending')
    .execute();
}

/** Records a failed attempt: retried at `retryAt`, or given up ('failed') when that is undefined. */
export async function markFailed(db: Kysely<Database>, id: string, error: string, retryAt: Date | undefined): Promise<void> {
  await db
    .updateTable('notifications')
    .set({
      mail_status: retryAt === undefined ? 'failed' : 'retrying',
      mail_next_attempt_at: retryAt ?? null,
      mail_last_error: error.slice(0, 2000),
    })
    .where('id', '=', id)
    .where('mail_status', '=', 'sending')
    .execute();
}

/**
 * Rows still 'sending' since before `startedBefore` belong to a process that died between taking
 * and marking them; whether the SMTP server got the message is unknown, so they are not resent
 * but shown to the beheerder as 'unconfirmed'. Returns how many.
 */
export async function expireSending(db: Kysely<Database>, startedBefore: Date): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ mail_status: 'unconfirmed', mail_last_error: 'Het proces stopte tijdens het verzenden; onbekend of de e-mail is aangekomen.' })
    .where('mail_status', '=', 'sending')
    .where('mail_sending_since', '<', startedBefore)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface DeliveryStatusRow {
  id: string;
  recipient: string;
  caseId: string;
  deadlineId: string;
  dueDate: string;
  status: MailStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  sentAt: Date | null;
  lastError: string | null;
  createdAt: Date;
}

/** The e-mail deliveries to an organisation's users, the ones needing attention first. */
export async function listDeliveries(
  db: Kysely<Database>,
  organisationId: string,
  statuses: readonly MailStatus[] | undefined,
  limit: number,
  offset: number,
): Promise<{ total: number; deliveries: DeliveryStatusRow[] }> {
  let base = db.selectFrom('notifications').where('organisation_id', '=', organisationId).where('mail_status', 'is not', null);
  if (statuses !== undefined) base = base.where('mail_status', 'in', statuses);
  const [{ total }, rows] = await Promise.all([
    base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
    base
      .select([
        'id',
        'mail_to',
        'case_id',
        'deadline_id',
        'due_date',
        'mail_status',
        'mail_attempts',
        'mail_next_attempt_at',
        'mail_sent_at',
        'mail_last_error',
        'created_at',
      ])
      .orderBy(sql`case mail_status when 'failed' then 0 when 'unconfirmed' then 1 when 'retrying' then 2 else 3 end`)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute(),
  ]);
  return {
    total,
    deliveries: rows.map((r) => ({
      id: r.id,
      recipient: r.mail_to ?? '',
      caseId: r.case_id,
      deadlineId: r.deadline_id,
      dueDate: r.due_date,
      status: r.mail_status as MailStatus,
      attempts: r.mail_attempts,
      nextAttemptAt: r.mail_next_attempt_at,
      sentAt: r.mail_sent_at,
      lastError: r.mail_last_error,
      createdAt: r.created_at,
    })),
  };
}

/**
 * Queues a failed or unconfirmed e-mail of the organisation again (a person decided so: for an
 * unconfirmed one that accepts a possible second copy). Returns whether it was queued.
 */
export async function requeueDelivery(db: Kysely<Database>, organisationId: string, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('notifications')
    .set({ mail_status: 'pending', mail_next_attempt_at: now, mail_sending_since: null })
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .where('mail_status', 'in', ['failed', 'unconfirmed'])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

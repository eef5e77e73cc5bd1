import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, MailStatus, NotificationsTable, ReminderKind } from './schema.ts';

// A user's in-app notification list: every reminder made for them (store/reminders.ts), whether
// or not it was also e-mailed.

/** What a reminder says, for the in-app list and the e-mail alike. */
export interface Reminder {
  id: string;
  caseId: string;
  deadlineId: string;
  startEvent: string;
  dueDate: string;
  kind: ReminderKind;
  rule: string;
  sourceSeed: string;
  sourceQuote: string;
}

export const REMINDER_COLUMNS = [
  'id',
  'case_id',
  'deadline_id',
  'start_event',
  'due_date',
  'kind',
  'rule',
  'source_seed',
  'source_quote',
] as const satisfies readonly (keyof NotificationsTable)[];

export function toReminder(row: Pick<Selectable<NotificationsTable>, (typeof REMINDER_COLUMNS)[number]>): Reminder {
  return {
    id: row.id,
    caseId: row.case_id,
    deadlineId: row.deadline_id,
    startEvent: row.start_event,
    dueDate: row.due_date,
    kind: row.kind,
    rule: row.rule,
    sourceSeed: row.source_seed,
    sourceQuote: row.source_quote,
  };
}

export interface NotificationRow extends Reminder {
  createdAt: Date;
  readAt: Date | null;
  mailStatus: MailStatus | null;
}

export async function listNotifications(
  db: Kysely<Database>,
  userId: string,
  unreadOnly: boolean,
  limit: number,
  offset: number,
): Promise<{ total: number; unread: number; notifications: NotificationRow[] }> {
  const mine = db.selectFrom('notifications').where('user_id', '=', userId);
  const page = unreadOnly ? mine.where('read_at', 'is', null) : mine;
  const [counts, rows] = await Promise.all([
    mine
      .select([sql<number>`count(*)::int`.as('total'), sql<number>`(count(*) filter (where read_at is null))::int`.as('unread')])
      .executeTakeFirstOrThrow(),
    page
      .select([...REMINDER_COLUMNS, 'created_at', 'read_at', 'mail_status'])
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute(),
  ]);
  return {
    total: unreadOnly ? counts.unread : counts.total,
    unread: counts.unread,
    notifications: rows.map((r) => ({
      ...toReminder(r),
      createdAt: r.created_at,
      readAt: r.read_at,
      mailStatus: r.mail_status,
    })),
  };
}

/** Marks one of the user's notifications read; returns whether it exists (and is theirs). */
export async function markNotificationRead(db: Kysely<Database>, userId: string, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: sql`coalesce(read_at, ${now})` })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

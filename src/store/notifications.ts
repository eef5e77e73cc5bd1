import { sql, type Kysely, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import type { ScopeColumns } from './cases.ts';
import { deadlineOfTypes } from './deadline-ids.ts';
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
  /** The case it is about, as the policy sees it, and its client's name (shown only to the case's own organisation). */
  case: { organisationId: string; funderOrganisationId: string | null; teamId: string | null; clientId: string; clientName: string };
}

/** Which notifications the caller may still see: the policy's scope on the deadline each is about. */
export type NotificationScope = (row: ScopeColumns & { deadlineOfTypes: (types: readonly string[]) => RawBuilder<SqlBool> }) => RawBuilder<SqlBool>;

const NOTIFICATION_COLUMNS = {
  organisationId: sql.ref('c.organisation_id'),
  funderOrganisationId: sql.ref('c.funder_organisation_id'),
  teamId: sql.ref('c.team_id'),
  clientId: sql.ref('c.client_id'),
  deadlineOfTypes: deadlineOfTypes('n.deadline_id'),
};

/** A user's notifications, newest first, of deadlines the scope still covers (a case rerouted away drops out). */
export async function listNotifications(
  db: Kysely<Database>,
  userId: string,
  scope: NotificationScope,
  unreadOnly: boolean,
  limit: number,
  offset: number,
): Promise<{ total: number; unread: number; notifications: NotificationRow[] }> {
  const mine = db
    .selectFrom('notifications as n')
    .innerJoin('cases as c', 'c.id', 'n.case_id')
    .where('n.user_id', '=', userId)
    .where(scope(NOTIFICATION_COLUMNS));
  const page = unreadOnly ? mine.where('n.read_at', 'is', null) : mine;
  const [counts, rows] = await Promise.all([
    mine
      .select([sql<number>`count(*)::int`.as('total'), sql<number>`(count(*) filter (where n.read_at is null))::int`.as('unread')])
      .executeTakeFirstOrThrow(),
    page
      .innerJoin('clients as cl', 'cl.id', 'c.client_id')
      .select([
        'cl.name as client_name',
        ...REMINDER_COLUMNS.map((c) => `n.${c}` as const),
        'n.created_at',
        'n.read_at',
        'n.mail_status',
        'c.organisation_id as case_organisation_id',
        'c.funder_organisation_id',
        'c.team_id',
        'c.client_id',
      ])
      .orderBy('n.created_at', 'desc')
      .orderBy('n.id')
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
      case: {
        organisationId: r.case_organisation_id,
        funderOrganisationId: r.funder_organisation_id,
        teamId: r.team_id,
        clientId: r.client_id,
        clientName: r.client_name,
      },
    })),
  };
}

/** The case a notification of the user is about, to decide on; undefined when the user has no such notification. */
export async function notificationCase(db: Kysely<Database>, userId: string, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('notifications').select('case_id').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return row?.case_id;
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

import { sql, type Kysely, type SqlBool } from 'kysely';
import type { CaseScope } from './cases.ts';
import type { Database, TaskState } from './schema.ts';

// Tasks (migrations/0011-care-agreement.ts, decision 0017): the queries behind the shared module
// commands/tasks/tasks.ts and its two commands.

export interface NewTaskRow {
  organisationId: string;
  caseId: string | null;
  clientId: string | null;
  kind: string;
  title: string;
  dueOn: string | null;
  dedupeKey: string | null;
  questionId: string | null;
}

export interface TaskRow {
  id: string;
  organisationId: string;
  caseId: string | null;
  clientId: string | null;
  kind: string;
  title: string;
  dueOn: string | null;
  state: TaskState;
  createdAt: Date;
  doneAt: Date | null;
  doneBy: string | null;
  /** The name of the client it is about (its own, or its case's), for the page; null for neither. */
  clientName: string | null;
  /** The funder's question it is to answer, with its request; null when it is not one or the question is gone. */
  question: { requestId: string; questionId: string } | null;
  /** The case it is about, as the policy sees it; null for a task about no case. */
  case: { organisationId: string; funderOrganisationId: string | null; teamId: string | null; clientId: string } | null;
}

/** Inserts the task unless one with its dedupe key exists; the new id, or undefined when it did. */
export async function insertTask(db: Kysely<Database>, task: NewTaskRow, now: Date): Promise<string | undefined> {
  const row = await db
    .insertInto('tasks')
    .values({
      organisation_id: task.organisationId,
      case_id: task.caseId,
      client_id: task.clientId,
      kind: task.kind,
      title: task.title,
      due_on: task.dueOn,
      dedupe_key: task.dedupeKey,
      question_id: task.questionId,
      created_at: now,
      done_at: null,
      done_by: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

const TASK_SCOPE_COLUMNS = {
  organisationId: sql.ref('t.organisation_id'),
  funderOrganisationId: sql.ref('c.funder_organisation_id'),
  teamId: sql.ref('c.team_id'),
  clientId: sql.ref('t.client_id'),
};

function baseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('tasks as t')
    .leftJoin('cases as c', 'c.id', 't.case_id')
    .leftJoin('clients as cl', (join) => join.on(sql<SqlBool>`cl.id = coalesce(t.client_id, c.client_id)`))
    .leftJoin('funder_request_questions as q', 'q.id', 't.question_id')
    .select([
      'cl.name as client_name',
      't.id',
      't.organisation_id',
      't.case_id',
      't.client_id',
      't.kind',
      't.title',
      't.due_on',
      't.state',
      't.created_at',
      't.done_at',
      't.done_by',
      'c.organisation_id as case_organisation_id',
      'c.funder_organisation_id',
      'c.team_id',
      'c.client_id as case_client_id',
      'q.id as question_id',
      'q.request_id',
    ]);
}

type Selected = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toTask(r: Selected): TaskRow {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    caseId: r.case_id,
    clientId: r.client_id,
    kind: r.kind,
    title: r.title,
    dueOn: r.due_on,
    state: r.state,
    createdAt: r.created_at,
    doneAt: r.done_at,
    doneBy: r.done_by,
    clientName: r.client_name,
    question: r.question_id === null || r.request_id === null ? null : { requestId: r.request_id, questionId: r.question_id },
    case:
      r.case_id === null
        ? null
        : { organisationId: r.case_organisation_id as string, funderOrganisationId: r.funder_organisation_id, teamId: r.team_id, clientId: r.case_client_id as string },
  };
}

export interface TaskQuery {
  state: TaskState;
  /** Only the tasks about this client. */
  clientId?: string;
  limit: number;
  offset: number;
}

/** The tasks the scope covers: open ones by due date (none last), then oldest first; done ones newest first. */
export async function selectTasks(db: Kysely<Database>, scope: CaseScope, query: TaskQuery): Promise<{ total: number; tasks: TaskRow[] }> {
  let filtered = db
    .selectFrom('tasks as t')
    .leftJoin('cases as c', 'c.id', 't.case_id')
    .where(scope(TASK_SCOPE_COLUMNS))
    .where('t.state', '=', query.state);
  if (query.clientId !== undefined) filtered = filtered.where('t.client_id', '=', query.clientId);
  const ids = filtered.select('t.id');
  const ordered =
    query.state === 'open'
      ? baseQuery(db).where('t.id', 'in', ids).orderBy(sql`t.due_on asc nulls last`).orderBy('t.created_at').orderBy('t.id')
      : baseQuery(db).where('t.id', 'in', ids).orderBy('t.done_at', 'desc').orderBy('t.id');
  const [count, rows] = await Promise.all([
    filtered.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
    ordered.limit(query.limit).offset(query.offset).execute(),
  ]);
  return { total: count.total, tasks: rows.map(toTask) };
}

/** One task, locked until the commit when it is to be changed. */
export async function findTask(db: Kysely<Database>, id: string, lock: boolean): Promise<TaskRow | undefined> {
  const query = baseQuery(db).where('t.id', '=', id);
  const row = await (lock ? query.forUpdate('t') : query).executeTakeFirst();
  return row === undefined ? undefined : toTask(row);
}

/** Marks an open task done; a task done already keeps who did it and when. */
export async function markTaskDone(db: Kysely<Database>, id: string, userId: string | null, now: Date): Promise<void> {
  await db.updateTable('tasks').set({ state: 'done', done_at: now, done_by: userId }).where('id', '=', id).where('state', '=', 'open').execute();
}

/** Marks the open task made with this dedupe key done: what caused it was dealt with elsewhere (a funder's question answered in its request). */
export async function markTaskDoneByKey(db: Kysely<Database>, dedupeKey: string, userId: string | null, now: Date): Promise<void> {
  await db.updateTable('tasks').set({ state: 'done', done_at: now, done_by: userId }).where('dedupe_key', '=', dedupeKey).where('state', '=', 'open').execute();
}

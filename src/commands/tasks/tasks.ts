import { InvalidInputError } from '../../domain/errors.ts';
import type { CaseResource, Resource } from '../../policy/resources.ts';
import { findTask, insertTask, markTaskDoneByKey, type TaskRow } from '../../store/tasks.ts';
import { isUuid } from '../../store/ids.ts';
import { nowOf, type CommandContext } from '../pipeline/context.ts';
import type { OtherClient, Tx } from '../pipeline/execute.ts';

// Tasks: what a provider's staff must do, made by the application inside the command that gives
// rise to it (decision 0017). This module is the whole API other areas need:
//
//   await createTask(tx, ctx, {
//     organisationId,            // the provider whose staff must act (the tasks are theirs)
//     caseId, clientId,          // what it is about; either, both or neither may be null
//     kind: 'agreement.contact-municipality',   // a stable name, '<area>.<what>'
//     title: 'Neem contact op met de gemeente', // Dutch, B1: what to do, shown on 'Taken'
//     dueOn: '2026-12-18',       // optional: the date it must be done by (a deadline of the law)
//     dedupeKey: `agreement.no-show-2:${clientId}`, // optional: the same key never makes two tasks
//     questionId,                // optional: the funder's question it is to answer ('Taken' leads to its form)
//   });
//
// It runs in the caller's transaction, so the task exists exactly when what caused it was committed;
// with a dedupe key, two transactions that both cause it (two processes, a retried request) make
// one task: `INSERT … ON CONFLICT (dedupe_key) DO NOTHING` waits for the other's commit and then
// inserts nothing. It returns the new task's id, or undefined when the key existed already.
//
// Who sees and completes a task is the policy's `task.list` and `task.complete` (a provider's care
// staff); the commands list-tasks and complete-task, the page 'Taken' and `GET /api/tasks`,
// `POST /api/tasks/:id/done` show them. The access-log row of the making is the calling command's.

export interface NewTask {
  organisationId: string;
  caseId?: string | null;
  clientId?: string | null;
  kind: string;
  title: string;
  dueOn?: string | null;
  dedupeKey?: string | null;
  questionId?: string | null;
}

export async function createTask(tx: Tx, ctx: CommandContext, task: NewTask): Promise<string | undefined> {
  if (!/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/.test(task.kind)) throw new Error(`tasks: kind ${task.kind} is not '<area>.<what>'`);
  if (task.title.trim() === '') throw new InvalidInputError([{ path: '$.title', message: 'ontbreekt' }]);
  return insertTask(
    tx,
    {
      organisationId: task.organisationId,
      caseId: task.caseId ?? null,
      clientId: task.clientId ?? null,
      kind: task.kind,
      title: task.title,
      dueOn: task.dueOn ?? null,
      dedupeKey: task.dedupeKey ?? null,
      questionId: task.questionId ?? null,
    },
    nowOf(ctx),
  );
}

/** Completes the task made with this dedupe key, in the caller's transaction, when what it asked for was done another way. */
export async function completeTaskByKey(tx: Tx, ctx: CommandContext, dedupeKey: string): Promise<void> {
  await markTaskDoneByKey(tx, dedupeKey, ctx.actor.kind === 'user' ? ctx.actor.userId : null, nowOf(ctx));
}

export type TaskResource = Resource & { task: TaskRow };

/** What a task is decided on: its case, else its client, else its organisation. */
export function taskResource(task: TaskRow): Resource {
  if (task.case !== null) return { kind: 'case', caseId: task.caseId as string, ...task.case };
  if (task.clientId !== null) return { kind: 'client', organisationId: task.organisationId, clientId: task.clientId };
  return { kind: 'organisation', organisationId: task.organisationId };
}

/** The task by id as the resource to decide on (locked to change it); undefined when there is none. */
export async function loadTask(tx: Tx, id: string, lock: boolean): Promise<TaskResource | undefined> {
  const task = isUuid(id) ? await findTask(tx, id, lock) : undefined;
  return task === undefined ? undefined : { ...taskResource(task), task };
}

/** The access-log rows of tasks shown or changed: one per case (decided again), or per client. */
export function taskTouches(tasks: readonly TaskRow[]): (CaseResource | OtherClient)[] {
  return tasks.flatMap((t): (CaseResource | OtherClient)[] => {
    const resource = taskResource(t);
    if (resource.kind === 'case') return [resource];
    if (resource.kind === 'client') return [{ kind: 'client', organisationId: resource.organisationId, clientId: resource.clientId, caseId: null }];
    return [];
  });
}

export const TASK_NOT_FOUND = 'Deze taak bestaat niet.';

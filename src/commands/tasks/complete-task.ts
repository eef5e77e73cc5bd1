import { markTaskDone, type TaskRow } from '../../store/tasks.ts';
import { nowOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { loadTask, TASK_NOT_FOUND, taskTouches } from './tasks.ts';

/** Marks a task done, decided on what it is about; done twice is done once (the first keeps its name and time). */
export const completeTask = command({
  action: 'task.complete',
  event: 'task.complete',
  notFound: TASK_NOT_FOUND,
  load: (tx, id: string) => loadTask(tx, id, true),
  async run(tx, resource, _id, ctx): Promise<TaskRow> {
    const now = nowOf(ctx);
    const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
    await markTaskDone(tx, resource.task.id, userId, now);
    return resource.task.state === 'done' ? resource.task : { ...resource.task, state: 'done', doneAt: now, doneBy: userId };
  },
  touched: (task) => taskTouches([task]),
});

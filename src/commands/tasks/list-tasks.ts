import { scopeOf } from '../../policy/scopes.ts';
import { selectTasks, type TaskQuery, type TaskRow } from '../../store/tasks.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation } from '../pipeline/resources.ts';
import { taskTouches } from './tasks.ts';

/** The tasks of the actor's organisation that the policy lets them see, open or done. */
export const listTasks = command({
  action: 'task.list',
  event: 'task.list',
  load: ownOrganisation,
  run: (tx, _organisation, query: TaskQuery, ctx): Promise<{ total: number; tasks: TaskRow[] }> =>
    selectTasks(tx, (row) => scopeOf(ctx.actor, 'task.list', row), query),
  touched: (result) => taskTouches(result.tasks),
});

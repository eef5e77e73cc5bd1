import type { FastifyInstance } from 'fastify';
import { execute } from '../../commands/pipeline/execute.ts';
import { completeTask } from '../../commands/tasks/complete-task.ts';
import { listTasks } from '../../commands/tasks/list-tasks.ts';
import { contextOf } from '../../requests/context.ts';
import { enumParam, integerParam, single, uuidParam } from '../../requests/query.ts';
import type { TaskRow } from '../../store/tasks.ts';
import { errorResponses, idParams, paging, type IdParams, type Query } from '../schemas.ts';

// Tasks (decision 0017): the provider's to-do list, open or done, and marking one done.

const presentTask = ({ case: _case, question: _question, ...task }: TaskRow) => task;

export function taskRoutes(app: FastifyInstance): void {
  app.get(
    '/api/tasks',
    {
      schema: {
        summary: 'Taken van de organisatie (open of afgerond)',
        tags: ['taken'],
        querystring: {
          type: 'object',
          properties: { state: { type: 'string', enum: ['open', 'done'], default: 'open' }, clientId: { type: 'string', format: 'uuid' }, ...paging },
        },
        response: errorResponses,
      },
      config: { access: { action: 'task.list', event: 'task.list' } },
    },
    async (request) => {
      const query = request.query as Query;
      const clientId = uuidParam(single(query, 'clientId'), '?clientId');
      const { total, tasks } = await execute(contextOf(request), listTasks, {
        state: enumParam(query, 'state', ['open', 'done']) ?? 'open',
        ...(clientId !== undefined ? { clientId } : {}),
        limit: integerParam(query, 'limit', 25, 1, 100),
        offset: integerParam(query, 'offset', 0, 0, 10_000_000),
      });
      return { total, tasks: tasks.map(presentTask) };
    },
  );

  app.post<IdParams>(
    '/api/tasks/:id/done',
    {
      schema: { summary: 'Taak afronden', tags: ['taken'], params: idParams, response: errorResponses },
      config: { access: { action: 'task.complete', event: 'task.complete' } },
    },
    async (request) => presentTask(await execute(contextOf(request), completeTask, uuidParam(request.params.id, 'id') as string)),
  );
}

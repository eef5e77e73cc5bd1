import type { FastifyInstance, FastifyRequest } from 'fastify';
import { todayOf } from '../../commands/pipeline/context.ts';
import { execute } from '../../commands/pipeline/execute.ts';
import { completeTask } from '../../commands/tasks/complete-task.ts';
import { listTasks } from '../../commands/tasks/list-tasks.ts';
import { TASK_NOT_FOUND } from '../../commands/tasks/tasks.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { contextOf } from '../../requests/context.ts';
import { enumParam, integerParam } from '../../requests/query.ts';
import { isUuid } from '../../store/ids.ts';
import type { FormValues } from '../entry-forms.ts';
import { html } from '../errors.ts';
import { tasksPage } from '../pages/tasks.ts';
import { presentTask, type PageUser } from '../presenters.ts';
import { text } from './form-values.ts';

// Taken: the provider's tasks (decision 0017), open or done, and marking one done.

const PAGE_SIZE = 25;

type Query = Record<string, string | string[] | undefined>;

const user = (request: FastifyRequest) => request.pageUser as PageUser;

export function taskPages(app: FastifyInstance): void {
  app.get('/taken', { config: { access: { action: 'task.list', event: 'task.list', area: 'tasks' } } }, async (request, reply) => {
    const query = request.query as Query;
    const done = enumParam(query, 'toon', ['open', 'afgerond']) === 'afgerond';
    const pageNumber = integerParam(query, 'pagina', 1, 1, 1_000_000);
    const ctx = contextOf(request);
    const result = await execute(ctx, listTasks, { state: done ? 'done' : 'open', limit: PAGE_SIZE, offset: (pageNumber - 1) * PAGE_SIZE });
    const today = todayOf(ctx);
    return html(
      reply,
      tasksPage({
        user: user(request),
        csrfToken: reply.generateCsrf(),
        done,
        page: pageNumber,
        pageSize: PAGE_SIZE,
        total: result.total,
        tasks: result.tasks.map((t) => presentTask(t, today)),
      }),
    );
  });

  app.post<{ Params: { id: string }; Body: FormValues }>(
    '/taken/:id/afronden',
    { config: { access: { action: 'task.complete', event: 'task.complete', area: 'tasks' } } },
    async (request, reply) => {
      const { id } = request.params;
      if (!isUuid(id)) throw new NotFoundError(TASK_NOT_FOUND);
      await execute(contextOf(request), completeTask, id);
      const back = text(request.body, 'pagina');
      return reply.redirect(`/taken?pagina=${/^[1-9]\d{0,6}$/.test(back) ? back : '1'}`, 303);
    },
  );
}

import { nextPlanEvaluation } from '../../domain/agreement/support-plan.ts';
import { formatDutchDate } from '../../domain/calendar/dates.ts';
import { agreementsWithPlan, loadPlan } from '../../store/agreement.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { createTask } from '../tasks/tasks.ts';
import { planOf } from './agreement.ts';

/**
 * The reminder job's part of the support plan (004 §2: evaluated at least every half year): for
 * each running agreement whose evaluation is overdue, a task for the provider's staff, once per
 * missed date (its dedupe key names the client and the date; a new evaluation gives a new date).
 */
export const remindPlanEvaluations = command({
  action: 'reminder.run',
  event: 'reminder.run',
  load: async () => ({ kind: 'installation' as const }),
  async run(tx, _installation, _input: undefined, ctx): Promise<number> {
    const today = todayOf(ctx);
    let made = 0;
    for (const agreement of await agreementsWithPlan(tx, today)) {
      const due = nextPlanEvaluation(planOf(await loadPlan(tx, agreement.clientId)), today);
      if (due?.state !== 'overdue') continue;
      const id = await createTask(tx, ctx, {
        organisationId: agreement.organisationId,
        clientId: agreement.clientId,
        kind: 'agreement.plan-evaluation',
        title: `Evalueer het ondersteuningsplan met ${agreement.client.name}: dat moest uiterlijk ${formatDutchDate(due.dueDate)}`,
        dueOn: due.dueDate,
        dedupeKey: `agreement.plan-evaluation:${agreement.clientId}:${due.dueDate}`,
      });
      if (id !== undefined) made++;
    }
    return made;
  },
});

import { compareDates, formatDutchDate } from '../../domain/calendar/dates.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { insertPlanEvaluation, loadPlan } from '../../store/agreement.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { CLIENT_NOT_FOUND, loadClient } from './agreement.ts';
import { Fields } from './inputs.ts';

/** An evaluation of the support plan (004 §2): the day, whether it was with the client, and a note. */
export const recordPlanEvaluation = command({
  action: 'support-plan.manage',
  event: 'support-plan.evaluate',
  notFound: CLIENT_NOT_FOUND,
  load: (tx, input: { clientId: string; body: unknown }) => loadClient(tx, input.clientId, true),
  async run(tx, client, { body }, ctx): Promise<{ id: string }> {
    const fields = new Fields(body);
    const date = fields.date('date');
    const withClient = fields.boolean('withClient');
    const note = fields.optionalText('note', 4000) ?? '';
    fields.done();
    const first = (await loadPlan(tx, client.clientId)).versions[0];
    if (first === undefined) throw new InvalidInputError([{ path: '$.date', message: 'er is nog geen ondersteuningsplan om te evalueren' }]);
    if (compareDates(date!, todayOf(ctx)) > 0) throw new InvalidInputError([{ path: '$.date', message: 'ligt in de toekomst' }]);
    if (compareDates(date!, first.agreedOn) < 0) throw new InvalidInputError([{ path: '$.date', message: `ligt vóór het eerste plan van ${formatDutchDate(first.agreedOn)}` }]);
    const id = await insertPlanEvaluation(tx, { organisationId: client.organisationId, clientId: client.clientId, date: date!, withClient: withClient!, note, by: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    return { id };
  },
});

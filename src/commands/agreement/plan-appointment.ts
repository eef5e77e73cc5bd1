import { appointmentIssues } from '../../domain/agreement/appointments.ts';
import { localDate } from '../../domain/agreement/instants.ts';
import { compareDates, formatDutchDate } from '../../domain/calendar/dates.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { insertAppointment } from '../../store/agreement.ts';
import { command } from '../pipeline/execute.ts';
import { CLIENT_NOT_FOUND, loadClient } from './agreement.ts';
import { Fields } from './inputs.ts';

/**
 * Plans a support moment: when (Dutch time, exact to the minute), how long, what, at which hourly
 * rate and who pays. Not after the agreement has ended.
 */
export const planAppointment = command({
  action: 'appointment.manage',
  event: 'appointment.plan',
  notFound: CLIENT_NOT_FOUND,
  load: (tx, input: { clientId: string; body: unknown }) => loadClient(tx, input.clientId, true),
  async run(tx, client, { body }, ctx): Promise<{ id: string }> {
    const fields = new Fields(body);
    const start = fields.instant('start');
    const durationMinutes = fields.integer('durationMinutes', 1, 1440);
    const what = fields.text('what', 500);
    const rateCentsPerHour = fields.integer('rateCentsPerHour', 0, 100_000_00);
    const funding = fields.choice('funding', ['municipality', 'client'] as const);
    fields.done();
    const appointment = { id: 'new', start: start!, durationMinutes: durationMinutes!, what: what!, rateCentsPerHour: rateCentsPerHour!, funding: funding! };
    const issues = appointmentIssues(appointment);
    const end = client.agreement.end;
    // The end of the indication ends only the support on it: self-paid support may go on.
    const ended = end !== null && (end.effect.scope === 'agreement' || appointment.funding === 'municipality');
    if (ended && compareDates(localDate(appointment.start), end.effect.cancelAppointmentsFrom) >= 0) {
      issues.push({ path: '$.start', message: `de overeenkomst is geëindigd op ${formatDutchDate(end.endedOn)}; daarna kunnen geen afspraken meer komen` });
    }
    if (issues.length > 0) throw new InvalidInputError(issues);
    const id = await insertAppointment(tx, { organisationId: client.organisationId, clientId: client.clientId, ...appointment, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    return { id };
  },
});

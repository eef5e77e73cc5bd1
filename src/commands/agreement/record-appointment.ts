import { appointmentIssues } from '../../domain/agreement/appointments.ts';
import { compareInstants } from '../../domain/agreement/instants.ts';
import { InvalidInputError, type ValidationIssue } from '../../domain/errors.ts';
import { appointmentClient, domainAppointment, listAppointments, updateAppointment, type AppointmentChange } from '../../store/agreement.ts';
import { isUuid } from '../../store/ids.ts';
import { nowOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { afterAgreementChange, loadClient } from './agreement.ts';
import { Fields } from './inputs.ts';

export const APPOINTMENT_NOT_FOUND = 'Deze afspraak bestaat niet.';

/**
 * Records what became of a support moment: a cancellation with the moment it reached the provider
 * (by the client or the provider), or afterwards whether the client came, with force majeure or
 * the first day of sickness when that is why not. Whether that makes a no-show is the pure 48-hour
 * rule's to say (decision 0010); after the second one the task to contact the municipality is made,
 * once, and the client's running termination cases get the no-show as evidence.
 */
export const recordAppointment = command({
  action: 'appointment.manage',
  event: 'appointment.update',
  notFound: APPOINTMENT_NOT_FOUND,
  async load(tx, input: { appointmentId: string; body: unknown }) {
    const clientId = isUuid(input.appointmentId) ? await appointmentClient(tx, input.appointmentId) : undefined;
    return clientId === undefined ? undefined : loadClient(tx, clientId, true);
  },
  async run(tx, client, { appointmentId, body }, ctx): Promise<{ taskId: string | undefined }> {
    const record = (await listAppointments(tx, client.clientId)).find((a) => a.id === appointmentId)!;
    const fields = new Fields(body);
    const kind = fields.choice('kind', ['cancellation', 'attendance'] as const);
    let change: AppointmentChange = {};
    if (kind === 'cancellation') {
      const receivedAt = fields.instant('receivedAt');
      const by = fields.choice('by', ['client', 'provider'] as const);
      change = { cancelledAt: receivedAt ?? null, cancelledBy: by ?? null, attendance: null };
    } else if (kind === 'attendance') {
      const attendance = fields.choice('attendance', ['attended', 'absent'] as const);
      const forceMajeure = fields.optionalText('forceMajeure', 1000);
      const sickSince = fields.optionalDate('sickSince');
      change = { attendance: attendance ?? null, forceMajeure: forceMajeure ?? null, sickSince: sickSince ?? null };
    }
    fields.done();
    const now = nowOf(ctx).toISOString();
    const issues: ValidationIssue[] = [];
    if (record.cancelledBy === 'agreement-end') issues.push({ path: '$', message: 'deze afspraak is zonder kosten vervallen door het einde van de overeenkomst' });
    if (kind === 'cancellation' && compareInstants(change.cancelledAt as string, now) > 0) issues.push({ path: '$.receivedAt', message: 'ligt in de toekomst' });
    if (kind === 'cancellation' && record.attendance === 'attended') issues.push({ path: '$.kind', message: 'de cliënt was bij deze afspraak; die kan niet meer worden afgezegd' });
    if (kind === 'attendance' && compareInstants(record.start, now) > 0) issues.push({ path: '$.attendance', message: 'de afspraak is nog niet begonnen; leg de aanwezigheid achteraf vast' });
    const changed = domainAppointment({
      ...record,
      ...(change.cancelledAt !== undefined ? { cancelledAt: change.cancelledAt } : {}),
      ...(change.cancelledBy !== undefined ? { cancelledBy: change.cancelledBy } : {}),
      ...(change.attendance !== undefined ? { attendance: change.attendance } : {}),
      ...(change.forceMajeure !== undefined ? { forceMajeure: change.forceMajeure } : {}),
      ...(change.sickSince !== undefined ? { sickSince: change.sickSince } : {}),
    });
    issues.push(...appointmentIssues(changed));
    if (issues.length > 0) throw new InvalidInputError(issues);
    await updateAppointment(tx, appointmentId, change);
    return afterAgreementChange(ctx, tx, client.agreement);
  },
});

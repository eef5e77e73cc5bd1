import { addMonths } from '../../domain/calendar/dates.ts';
import { createAgreement } from '../agreement/create-agreement.ts';
import { issueInvoice } from '../agreement/issue-invoice.ts';
import { planAppointment } from '../agreement/plan-appointment.ts';
import { recordAppointment } from '../agreement/record-appointment.ts';
import { savePlanVersion } from '../agreement/save-plan-version.ts';
import { todayOf, type CommandContext } from '../pipeline/context.ts';
import { execute } from '../pipeline/execute.ts';

// One client of the demo provider with a care agreement of seed 004 (Noordoostpolder's rules):
// a support plan whose half-yearly evaluation is overdue, support given and missed in the last
// months (two no-shows, so the task to contact the municipality is there), an invoice past its
// term and one still open, and appointments ahead. Dates count back from today.

const SUPPORT = 'Begeleiding bij de administratie';
const SHOPPING = 'Hulp bij boodschappen plannen';

export async function seedDemoAgreement(operator: CommandContext, organisationId: string): Promise<void> {
  const today = todayOf(operator);
  const month = (offset: number) => addMonths(`${today.slice(0, 7)}-01`, offset).slice(0, 7);
  const { clientId } = await execute(operator, createAgreement, {
    organisationId,
    body: {
      client: { name: 'A. Bakker', birthDate: '1949-06-12', hasRepresentative: false, address: 'Kampweg 4, 8302 AB Emmeloord' },
      startedOn: addMonths(today, -8),
      municipalityCode: '0171',
    },
  });
  await execute(operator, savePlanVersion, {
    clientId,
    body: {
      agreedOn: addMonths(today, -8),
      goals: ['Mevrouw Bakker houdt zelf haar post en rekeningen bij', 'Mevrouw Bakker doet zelf haar boodschappen'],
      agreements: ['Elke week samen de post doornemen', 'Eens per twee weken samen een boodschappenlijst maken'],
      clientDoes: ['Legt de post klaar in de map', 'Betaalt de rekeningen zelf via internetbankieren'],
      informalCarers: [{ who: 'Dochter Karin', role: 'Brengt mevrouw eens per week naar de supermarkt' }],
      support: [
        { what: SUPPORT, amount: '1 uur per week', paidBy: 'municipality' },
        { what: SHOPPING, amount: '1 uur per twee weken', paidBy: 'client', rateCentsPerHour: 4500 },
      ],
      clientSupporterPointedOut: true,
    },
  });
  const plan = async (day: string, what: string, funding: 'municipality' | 'client') =>
    (await execute(operator, planAppointment, { clientId, body: { start: `${day}T10:00`, durationMinutes: 60, what, rateCentsPerHour: funding === 'client' ? 4500 : 6000, funding } })).id;
  const attended = (id: string) => execute(operator, recordAppointment, { appointmentId: id, body: { kind: 'attendance', attendance: 'attended' } });

  await attended(await plan(`${month(-3)}-06`, SHOPPING, 'client'));
  await attended(await plan(`${month(-3)}-20`, SHOPPING, 'client'));
  await execute(operator, issueInvoice, { clientId, body: { month: month(-3), invoiceDate: `${month(-2)}-01` } });

  await attended(await plan(`${month(-1)}-03`, SUPPORT, 'municipality'));
  const missed = await plan(`${month(-1)}-10`, SHOPPING, 'client');
  await execute(operator, recordAppointment, { appointmentId: missed, body: { kind: 'attendance', attendance: 'absent' } });
  const lateCancelled = await plan(`${month(-1)}-17`, SUPPORT, 'municipality');
  await execute(operator, recordAppointment, { appointmentId: lateCancelled, body: { kind: 'cancellation', receivedAt: `${month(-1)}-16T12:00`, by: 'client' } });
  await attended(await plan(`${month(-1)}-24`, SHOPPING, 'client'));
  await execute(operator, issueInvoice, { clientId, body: { month: month(-1), invoiceDate: today } });

  await plan(`${month(1)}-05`, SUPPORT, 'municipality');
  await plan(`${month(1)}-12`, SHOPPING, 'client');
}

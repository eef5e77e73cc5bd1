import { formatDutchDate } from '../domain/calendar/dates.ts';
import type { Delivery } from '../store/reminders.ts';

// The reminder e-mail, in Dutch for the care worker or civil servant who has to act. It names the
// rule, the date, the start event and the clause, like every deadline Zorgvuldig shows, and the
// case by its id only: e-mail leaves the system, client data does not.

export function reminderMessage(d: Delivery): { subject: string; text: string } {
  const date = formatDutchDate(d.dueDate, true);
  const subject = d.kind === 'overdue' ? `Termijn verlopen op ${date}` : `Termijn verloopt op ${date}`;
  const text = [
    d.kind === 'overdue'
      ? `Deze termijn is verlopen op ${date} en staat nog open:`
      : `Deze termijn verloopt op ${date}:`,
    '',
    `  ${d.rule}`,
    '',
    `Casus: ${d.caseId}`,
    `Loopt vanaf: ${d.startEvent}`,
    `Bron: ${d.sourceSeed}: "${d.sourceQuote}"`,
    '',
    'U ontvangt dit bericht één keer per termijn. Alle herinneringen staan ook in Zorgvuldig onder Meldingen.',
  ].join('\n');
  return { subject: `Zorgvuldig: ${subject}`, text };
}

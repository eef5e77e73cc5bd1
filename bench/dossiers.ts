// Long dossiers for the benchmarks: the same round of events again and again, one a day, then the
// request and the decision, so every requirement, phase and deadline of the procedure has work to do.
import { addDays } from '../src/domain/calendar/dates.ts';
import { dossier, entry as e } from '../src/domain/assessment/test-support.ts';
import type { DossierDocument, Entry, Procedure, RegimeId } from '../src/domain/dossier/types.ts';

// A long case: the same round of events again and again, one event a day, then the request and
// the decision, so every requirement, phase and deadline of the procedure has work to do.
const ROUND: ((id: string, date: string) => Entry)[] = [
  (id, date) => e.incident(id, date, 'hygiene'),
  (id, date) => e.warning(id, date, { shared: true }),
  (id, date) => e.consultation(id, date, 'huisarts', 'casemanager'),
  (id, date) => e.alternative(id, date, 'other-team'),
  (id, date) => e.weighing(id, date),
  (id, date) => e.conditionAssessment(id, date, 'no'),
  (id, date) => e.notice(id, date, 'intent', { complaintRoute: true }),
  (id, date) => e.notice(id, date, 'funder-notified'),
  (id, date) => e.gpInformed(id, date),
  (id, date) => e.invoice(id, date, addDays(date, 30)),
  (id, date) => e.noShow(id, date),
];

export function longCase(regime: RegimeId, procedure: Procedure, size: number, start: string): DossierDocument {
  const entries: Entry[] = [];
  for (let i = 0; entries.length < size - 2; i++) {
    const make = ROUND[i % ROUND.length] as (typeof ROUND)[number];
    entries.push(make(`e${i}`, addDays(start, i)));
  }
  const end = addDays(start, size);
  entries.push(e.request('request', end), e.decision('decision', addDays(end, 10), 'accepted'));
  return dossier(regime, procedure, entries, { hasRepresentative: true, careStarted: addDays(start, -200) });
}


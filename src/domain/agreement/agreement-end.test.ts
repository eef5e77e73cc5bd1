import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { issuesOf } from '../../../test/support/issues.ts';
import { endAgreement, type AgreementEnd } from './agreement-end.ts';
import type { Appointment } from './appointments.ts';
import { instantFromLocalTime, parseInstant } from './instants.ts';

function appointment(id: string, start: string, extra: Partial<Appointment> = {}): Appointment {
  return { id, start: instantFromLocalTime(start, '$.start'), durationMinutes: 60, what: 'begeleiding', rateCentsPerHour: 64_50, funding: 'municipality', ...extra };
}

const appointments = [
  appointment('held', '2026-05-04T10:00', { attendance: 'attended' }),
  appointment('may-11', '2026-05-11T10:00'),
  appointment('may-11-late', '2026-05-11T15:00', { attendance: 'absent' }),
  appointment('may-12-self-paid', '2026-05-12T10:00', { funding: 'client' }),
  appointment('may-12', '2026-05-12T14:00'),
  appointment('may-13-on-time', '2026-05-13T10:00', { cancellation: { receivedAt: parseInstant('2026-05-01T10:00+02:00', '$'), by: 'client' } }),
  appointment('june', '2026-06-15T10:00'),
];
const invoices = [{ id: 'inv-2026-04' }];

const effect = (end: AgreementEnd) => endAgreement(end, appointments, invoices);

describe('the ordinary ends of the agreement (004 §1)', () => {
  test('an agreed or dated end runs through its date; later appointments are cancelled without charge', () => {
    for (const end of [
      { kind: 'mutual-consent', agreedEndDate: '2026-05-11' },
      { kind: 'goal-reached', date: '2026-05-11' },
      { kind: 'term-expired', agreedUntil: '2026-05-11' },
    ] as const) {
      const result = effect(end);
      assert.equal(result.endDate, '2026-05-11', end.kind);
      assert.equal(result.timing, 'end-of-day');
      assert.equal(result.cancelAppointmentsFrom, '2026-05-12');
      assert.deepEqual(result.cancelledAppointments, ['may-12-self-paid', 'may-12', 'june'], end.kind);
      assert.deepEqual(result.keptInvoices, ['inv-2026-04']);
      assert.equal(result.scope, 'agreement');
    }
    assert.match(effect({ kind: 'goal-reached', date: '2026-05-11' }).sources[0]?.quote ?? '', /doel is bereikt/);
  });

  test('an event ends the agreement on its day: that day’s appointments are cancelled too, a missed one included', () => {
    for (const end of [
      { kind: 'death', diedOn: '2026-05-11' },
      { kind: 'court', dissolvedOn: '2026-05-11' },
      { kind: 'provider-ceased', cause: 'faillissement', date: '2026-05-11' },
    ] as const) {
      const result = effect(end);
      assert.equal(result.timing, 'on-the-day', end.kind);
      assert.equal(result.cancelAppointmentsFrom, '2026-05-11');
      assert.deepEqual(result.cancelledAppointments, ['may-11', 'may-11-late', 'may-12-self-paid', 'may-12', 'june'], end.kind);
      assert.deepEqual(result.keptInvoices, ['inv-2026-04']);
    }
    assert.equal(effect({ kind: 'provider-ceased', cause: 'surseance', date: '2026-05-11' }).explanation, 'Surseance van betaling van de aanbieder op 11 mei 2026.');
  });

  test('the end of the indication ends only the support on the indication', () => {
    const result = effect({ kind: 'indication-ended', indicationEndDate: '2026-05-11' });
    assert.equal(result.scope, 'indicated-support');
    assert.deepEqual(result.cancelledAppointments, ['may-12', 'june']);
    assert.match(result.explanation, /Ondersteuning die de cliënt zelf betaalt loopt door/);
  });

  test('notice by the client: 30 days on the calendar, ending on its day even on a Sunday', () => {
    // Received Friday 10 April 2026: day 30 is Sunday 10 May, and the agreement ends then.
    const result = effect({ kind: 'notice-by-client', receivedOn: '2026-04-10' });
    assert.equal(result.endDate, '2026-05-10');
    assert.deepEqual(result.cancelledAppointments, ['may-11', 'may-11-late', 'may-12-self-paid', 'may-12', 'june']);
    // A later date the client asks for is kept; an earlier one is not possible by notice.
    assert.equal(effect({ kind: 'notice-by-client', receivedOn: '2026-04-10', requestedEndDate: '2026-05-31' }).endDate, '2026-05-31');
    const early = effect({ kind: 'notice-by-client', receivedOn: '2026-04-10', requestedEndDate: '2026-04-30' });
    assert.equal(early.endDate, '2026-05-10');
    assert.match(early.explanation, /valt binnen de opzegtermijn; eerder stoppen kan alleen met wederzijds goedvinden/);
    assert.ok(early.sources.some((s) => /opzegtermijn van 30 dagen/.test(s.quote)));
  });

  test('notice by the provider: at least a week, extended past a weekend day or holiday', () => {
    assert.equal(effect({ kind: 'notice-by-provider', receivedOn: '2026-05-04' }).endDate, '2026-05-11');
    // Received Thursday 7 May 2026: a week later is Ascension Day, and the Friday after it is
    // equated with a holiday by Royal Decree (Atw art. 3 lid 3); so Monday 18 May.
    assert.equal(effect({ kind: 'notice-by-provider', receivedOn: '2026-05-07' }).endDate, '2026-05-18');
    assert.equal(effect({ kind: 'notice-by-provider', receivedOn: '2026-05-04', requestedEndDate: '2026-06-30' }).endDate, '2026-06-30');
    assert.deepEqual(issuesOf(() => effect({ kind: 'notice-by-provider', receivedOn: '2026-05-04', requestedEndDate: '2026-05-10' })), [
      {
        path: '$.requestedEndDate',
        message: 'de aanbieder neemt ten minste een week opzegtermijn in acht: de overeenkomst kan op zijn vroegst eindigen op 11 mei 2026',
      },
    ]);
  });

  test('held appointments and ones already cancelled without charge are left alone', () => {
    const result = effect({ kind: 'death', diedOn: '2026-05-01' });
    assert.ok(!result.cancelledAppointments.includes('held'));
    assert.ok(!result.cancelledAppointments.includes('may-13-on-time'));
  });

  test('a date that is not a date is refused, naming the field', () => {
    assert.deepEqual(
      issuesOf(() => effect({ kind: 'death', diedOn: '2026-02-30' })).map((i) => i.path),
      ['$.diedOn'],
    );
    assert.deepEqual(
      issuesOf(() => effect({ kind: 'notice-by-client', receivedOn: '2026-04-10', requestedEndDate: 'eind mei' })).map((i) => i.path),
      ['$.requestedEndDate'],
    );
  });
});

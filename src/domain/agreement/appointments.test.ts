import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  appointmentIssues,
  appointmentOutcome,
  appointmentPriceCents,
  cancellationDeadline,
  cancelledOnTime,
  municipalityContactTask,
  type Appointment,
} from './appointments.ts';
import { instantFromLocalTime, parseInstant } from './instants.ts';

const local = (text: string) => instantFromLocalTime(text, '$.start');
const at = (text: string) => parseInstant(text, '$.receivedAt');

function appointment(id: string, start: string, extra: Partial<Appointment> = {}): Appointment {
  return { id, start: local(start), durationMinutes: 60, what: 'begeleiding thuis', rateCentsPerHour: 64_50, funding: 'client', ...extra };
}

const NOORDOOSTPOLDER = { municipalityCode: '0171' };
const ELSEWHERE = { municipalityCode: '0363' };

describe('the 48-hour rule (004 §7), in elapsed hours, to the minute', () => {
  // Each case: the appointment (Dutch wall-clock time), its deadline, and cancellations received
  // a minute before, at and a minute after it; `wallClock` is what a wall-clock reading of
  // '48 uur' would have decided differently, and elapsed time decides the other way.
  const cases = [
    {
      name: 'an ordinary week: the same clock time two days earlier',
      start: '2026-05-13T10:00',
      deadline: '2026-05-11T10:00+02:00',
      justBefore: '2026-05-11T09:59+02:00',
      justAfter: '2026-05-11T10:01+02:00',
      wallClock: null,
    },
    {
      // Monday 30 March 2026 10:00 CEST; the clocks jumped on Sunday 29 March. 48 real hours
      // earlier is Saturday 28 March 09:00 CET (49 hours on the clock face). A wall-clock reading
      // would have accepted 09:30 (47,5 real hours).
      name: 'across the last Sunday of March: 09:00 on the clock, not 10:00',
      start: '2026-03-30T10:00',
      deadline: '2026-03-28T09:00+01:00',
      justBefore: '2026-03-28T08:59+01:00',
      justAfter: '2026-03-28T09:01+01:00',
      wallClock: { at: '2026-03-28T09:30+01:00', onTime: false },
    },
    {
      // Monday 26 October 2026 10:00 CET; the clocks went back on Sunday 25 October. 48 real
      // hours earlier is Saturday 24 October 11:00 CEST (47 hours on the clock face). A
      // wall-clock reading would have refused 10:30 (48,5 real hours).
      name: 'across the last Sunday of October: 11:00 on the clock, not 10:00',
      start: '2026-10-26T10:00',
      deadline: '2026-10-24T11:00+02:00',
      justBefore: '2026-10-24T10:59+02:00',
      justAfter: '2026-10-24T11:01+02:00',
      wallClock: { at: '2026-10-24T10:30+02:00', onTime: true },
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const start = local(c.start);
      assert.equal(cancellationDeadline(start), at(c.deadline));
      assert.equal(cancelledOnTime(start, at(c.justBefore)), true, 'a minute before');
      assert.equal(cancelledOnTime(start, at(c.deadline)), true, 'at the deadline: uiterlijk');
      assert.equal(cancelledOnTime(start, at(c.justAfter)), false, 'a minute after');
      if (c.wallClock) assert.equal(cancelledOnTime(start, at(c.wallClock.at)), c.wallClock.onTime, 'where the clock misleads');
    });
  }

  test('a second past the deadline is late', () => {
    assert.equal(cancelledOnTime(local('2026-05-13T10:00'), at('2026-05-11T10:00:01+02:00')), false);
  });

  test('appointments in the night of the change itself', () => {
    // Sunday 29 March 2026 03:30 CEST (01:30 UTC): 48 hours earlier is Friday 27 March 02:30 CET.
    assert.equal(cancellationDeadline(local('2026-03-29T03:30')), at('2026-03-27T02:30+01:00'));
    // Sunday 25 October 2026 02:30, the second time (CET, 01:30 UTC): Friday 23 October 03:30 CEST.
    const second = instantFromLocalTime('2026-10-25T02:30', '$.start', 'later');
    assert.equal(cancellationDeadline(second), at('2026-10-23T03:30+02:00'));
    const first = instantFromLocalTime('2026-10-25T02:30', '$.start', 'earlier');
    assert.equal(cancellationDeadline(first), at('2026-10-23T02:30+02:00'));
  });

  test('the last Sunday of March and of October 2025 too', () => {
    assert.equal(cancellationDeadline(local('2025-03-31T08:15')), at('2025-03-29T07:15+01:00'));
    assert.equal(cancellationDeadline(local('2025-10-27T08:15')), at('2025-10-25T09:15+02:00'));
  });
});

describe('appointmentOutcome', () => {
  test('nothing recorded: planned; attended: held; cancelled by the provider', () => {
    assert.deepEqual(appointmentOutcome(appointment('a', '2026-05-13T10:00'), ELSEWHERE), { kind: 'planned' });
    assert.deepEqual(appointmentOutcome(appointment('a', '2026-05-13T10:00', { attendance: 'attended' }), ELSEWHERE), { kind: 'held' });
    const byProvider = appointment('a', '2026-05-13T10:00', { cancellation: { receivedAt: at('2026-05-13T09:00+02:00'), by: 'provider' } });
    assert.deepEqual(appointmentOutcome(byProvider, ELSEWHERE), { kind: 'cancelled-by-provider' });
  });

  test('cancelled on time: no no-show, nothing charged', () => {
    const a = appointment('a', '2026-05-13T10:00', { cancellation: { receivedAt: at('2026-05-11T10:00+02:00'), by: 'client' } });
    const outcome = appointmentOutcome(a, ELSEWHERE);
    assert.equal(outcome.kind, 'cancelled-on-time');
    assert.ok(outcome.kind === 'cancelled-on-time' && outcome.declaration === null);
  });

  test('cancelled late: a no-show, charged at the price of the missed support', () => {
    const a = appointment('a', '2026-03-30T10:00', {
      durationMinutes: 90,
      cancellation: { receivedAt: at('2026-03-28T09:01+01:00'), by: 'client' },
    });
    const outcome = appointmentOutcome(a, ELSEWHERE);
    assert.ok(outcome.kind === 'no-show');
    assert.equal(outcome.cancellation, 'late');
    assert.deepEqual(outcome.charge, { kind: 'client', amountCents: 96_75, source: outcome.charge.kind === 'client' ? outcome.charge.source : null });
    assert.equal(
      outcome.explanation,
      'De afmelding kwam binnen op zaterdag 28 maart 2026 om 09:01, na de uiterste afmeldtijd zaterdag 28 maart 2026 om 09:00 (48 uur van tevoren). Het bedrag van de gemiste ondersteuning mag bij de cliënt in rekening worden gebracht.',
    );
  });

  test('not cancelled and absent: a no-show; force majeure: nothing charged', () => {
    const absent = appointment('a', '2026-05-13T10:00', { attendance: 'absent' });
    const outcome = appointmentOutcome(absent, ELSEWHERE);
    assert.ok(outcome.kind === 'no-show' && outcome.cancellation === 'none' && outcome.charge.kind === 'client');
    assert.match(outcome.explanation, /^De cliënt kwam niet en had niet afgemeld \(uiterlijk maandag 11 mei 2026 om 10:00\)\./);
    const forced = appointmentOutcome({ ...absent, forceMajeure: { reason: 'opgenomen in het ziekenhuis' } }, ELSEWHERE);
    assert.ok(forced.kind === 'no-show');
    assert.deepEqual(forced.charge.kind, 'none');
    assert.match(forced.charge.kind === 'none' ? forced.charge.source.quote : '', /door overmacht/);
  });

  test('municipality-funded support is charged to the client too when missed without notice', () => {
    const a = appointment('a', '2026-05-13T10:00', { attendance: 'absent', funding: 'municipality' });
    const outcome = appointmentOutcome(a, ELSEWHERE);
    assert.ok(outcome.kind === 'no-show' && outcome.charge.kind === 'client' && outcome.charge.amountCents === 64_50);
  });

  test('Noordoostpolder: up to three weeks of sickness may be declared to the municipality', () => {
    const sick = (start: string, extra: Partial<Appointment> = {}) =>
      appointment(start, start, { attendance: 'absent', funding: 'municipality', sickSince: '2026-03-01', ...extra });
    const day21 = appointmentOutcome(sick('2026-03-21T10:00'), NOORDOOSTPOLDER);
    assert.ok(day21.kind === 'no-show' && day21.charge.kind === 'municipality');
    assert.equal(day21.charge.declaration.until, '2026-03-21');
    assert.match(day21.charge.declaration.source.quote, /Noordoostpolder/);
    const day22 = appointmentOutcome(sick('2026-03-22T10:00'), NOORDOOSTPOLDER);
    assert.ok(day22.kind === 'no-show' && day22.charge.kind === 'client');
    // The same sickness elsewhere, or self-paid support, is not declared.
    assert.ok(appointmentOutcome(sick('2026-03-10T10:00'), ELSEWHERE).kind === 'no-show');
    const elsewhere = appointmentOutcome(sick('2026-03-10T10:00'), ELSEWHERE);
    assert.ok(elsewhere.kind === 'no-show' && elsewhere.charge.kind === 'client');
    const selfPaid = appointmentOutcome(sick('2026-03-10T10:00', { funding: 'client' }), NOORDOOSTPOLDER);
    assert.ok(selfPaid.kind === 'no-show' && selfPaid.charge.kind === 'client');
    // A sickness cancelled on time may be declared as well.
    const onTime = appointmentOutcome(
      sick('2026-03-10T10:00', { attendance: undefined, cancellation: { receivedAt: at('2026-03-05T12:00+01:00'), by: 'client' } }),
      NOORDOOSTPOLDER,
    );
    assert.ok(onTime.kind === 'cancelled-on-time' && onTime.declaration?.ruleId === 'noordoostpolder-sickness-declaration');
  });

  test('the price is the hourly rate pro rata, rounded down to a cent', () => {
    assert.equal(appointmentPriceCents({ durationMinutes: 60, rateCentsPerHour: 64_50 }), 64_50);
    assert.equal(appointmentPriceCents({ durationMinutes: 45, rateCentsPerHour: 64_50 }), 48_37); // € 48,375
    assert.equal(appointmentPriceCents({ durationMinutes: 1, rateCentsPerHour: 59 }), 0);
  });
});

describe("the task 'neem contact op met de gemeente' after the second no-show (004 §7)", () => {
  const noShow = (id: string, start: string, extra: Partial<Appointment> = {}) => appointment(id, start, { attendance: 'absent', ...extra });

  test('not due after one no-show; due at the second, and only ever the second', () => {
    const first = noShow('n1', '2026-05-04T10:00');
    const second = noShow('n2', '2026-05-11T10:00');
    const third = noShow('n3', '2026-05-18T10:00');
    assert.deepEqual(
      { ...municipalityContactTask([first], ELSEWHERE), source: null },
      { due: false, countedNoShows: ['n1'], raisedBy: null, source: null },
    );
    const task = municipalityContactTask([third, first, second], ELSEWHERE);
    assert.equal(task.due, true);
    assert.equal(task.raisedBy, 'n2');
    assert.deepEqual(task.countedNoShows, ['n1', 'n2', 'n3']);
    assert.match(task.source.quote, /twee keer de gemaakte tijdsafspraken \(no show\) niet nakomt/);
  });

  test('on-time cancellations, held appointments and force majeure do not count; late cancellations do', () => {
    const appointments = [
      noShow('overmacht', '2026-05-04T10:00', { forceMajeure: { reason: 'ambulance' } }),
      appointment('held', '2026-05-05T10:00', { attendance: 'attended' }),
      appointment('on-time', '2026-05-06T10:00', { cancellation: { receivedAt: at('2026-05-01T10:00+02:00'), by: 'client' } }),
      appointment('late', '2026-05-07T10:00', { cancellation: { receivedAt: at('2026-05-06T10:00+02:00'), by: 'client' } }),
      appointment('planned', '2026-05-08T10:00'),
    ];
    assert.deepEqual(municipalityContactTask(appointments, ELSEWHERE).countedNoShows, ['late']);
    const withSecond = [...appointments, noShow('second', '2026-05-09T10:00')];
    assert.equal(municipalityContactTask(withSecond, ELSEWHERE).raisedBy, 'second');
  });
});

test('appointmentIssues names each wrong field in Dutch', () => {
  assert.deepEqual(appointmentIssues(appointment('a', '2026-05-13T10:00')), []);
  const wrong = appointment('a', '2026-05-13T10:00', {
    durationMinutes: 0,
    what: ' ',
    rateCentsPerHour: 12.5,
    forceMajeure: { reason: '' },
    sickSince: '2026-05-14',
  });
  assert.deepEqual(
    appointmentIssues(wrong).map((i) => i.path),
    ['$.durationMinutes', '$.what', '$.rateCentsPerHour', '$.forceMajeure.reason', '$.sickSince'],
  );
  assert.deepEqual(appointmentIssues({ ...appointment('a', '2026-05-13T10:00'), sickSince: '2026-13-01' }).map((i) => i.message), [
    'is geen geldige datum; gebruik JJJJ-MM-DD',
  ]);
});

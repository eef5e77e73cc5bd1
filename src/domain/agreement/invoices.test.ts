import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { issuesOf } from '../../../test/support/issues.ts';
import type { Appointment } from './appointments.ts';
import { instantFromLocalTime, parseInstant } from './instants.ts';
import { invoiceState, monthlyInvoice, type InvoiceFacts } from './invoices.ts';

const ELSEWHERE = { municipalityCode: '0363' };

function appointment(id: string, start: string, extra: Partial<Appointment> = {}): Appointment {
  return {
    id,
    start: instantFromLocalTime(start, '$.start'),
    durationMinutes: 60,
    what: 'begeleiding thuis',
    rateCentsPerHour: 64_50,
    funding: 'client',
    attendance: 'attended',
    ...extra,
  };
}

describe('monthlyInvoice (004 §9: monthly in arrears, per support moment, 30 days)', () => {
  const march = [
    appointment('late-night', '2026-03-31T23:30', { durationMinutes: 30 }),
    appointment('first', '2026-03-02T10:00', { durationMinutes: 90, what: 'administratie ordenen' }),
    appointment('indicated', '2026-03-03T10:00', { funding: 'municipality' }),
    appointment('no-show', '2026-03-04T10:00', { attendance: 'absent', funding: 'municipality' }),
    appointment('overmacht', '2026-03-05T10:00', { attendance: 'absent', forceMajeure: { reason: 'ziekenhuisopname' } }),
    appointment('on-time', '2026-03-06T10:00', {
      attendance: undefined,
      cancellation: { receivedAt: parseInstant('2026-03-01T10:00+01:00', '$'), by: 'client' },
    }),
    appointment('april', '2026-04-01T00:30'), // 31 March 22:30 UTC, but 1 April in the Netherlands
    appointment('planned', '2026-03-30T10:00', { attendance: undefined }),
  ];

  test('lines for self-paid support given and no-shows charged, in order, each with what, how much and the rate', () => {
    const invoice = monthlyInvoice('2026-03', '2026-04-01', march, ELSEWHERE);
    assert.ok(invoice);
    assert.deepEqual(
      invoice.lines.map((l) => [l.appointmentId, l.date, l.kind, l.what, l.minutes, l.rateCentsPerHour, l.amountCents]),
      [
        ['first', '2026-03-02', 'support', 'administratie ordenen', 90, 64_50, 96_75],
        ['no-show', '2026-03-04', 'no-show', 'begeleiding thuis', 60, 64_50, 64_50],
        ['late-night', '2026-03-31', 'support', 'begeleiding thuis', 30, 64_50, 32_25],
      ],
    );
    assert.equal(invoice.totalCents, 96_75 + 64_50 + 32_25);
    assert.equal(invoice.dueDate, '2026-05-01');
    assert.ok(invoice.sources.some((s) => /maandelijks achteraf/.test(s.quote)));
  });

  test('the due date is extended when day 30 is a weekend day or holiday', () => {
    // 1 March 2024 + 30 days is Easter Sunday 31 March; Easter Monday follows: due Tuesday 2 April.
    const invoice = monthlyInvoice('2024-02', '2024-03-01', [appointment('a', '2024-02-12T10:00')], ELSEWHERE);
    assert.equal(invoice?.dueDate, '2024-04-02');
  });

  test('nothing to invoice: null', () => {
    assert.equal(monthlyInvoice('2026-02', '2026-03-01', march, ELSEWHERE), null);
  });

  test('a month is invoiced afterwards, and must be a month', () => {
    const paths = (fn: () => unknown) => issuesOf(fn).map((i) => `${i.path}: ${i.message}`);
    assert.deepEqual(paths(() => monthlyInvoice('2026-03', '2026-03-31', march, ELSEWHERE)), [
      '$.invoiceDate: een maand wordt achteraf gefactureerd: de factuurdatum is op of na 1 april 2026',
    ]);
    assert.deepEqual(paths(() => monthlyInvoice('2026-13', '2026-04-01', march, ELSEWHERE)), ['$.month: is geen maand; gebruik JJJJ-MM']);
    assert.deepEqual(paths(() => monthlyInvoice('2026-03', '1-4-2026', march, ELSEWHERE)), ['$.invoiceDate: is geen geldige datum; gebruik JJJJ-MM-DD']);
  });
});

describe('invoiceState: 30 days, the reminder with 14 days, then interest and collection costs', () => {
  // € 300 invoiced 1 March 2024, due Tuesday 2 April (after Easter); reminded 3 April, received
  // Thursday 4 April: the client may pay without extra until Thursday 18 April.
  const facts: InvoiceFacts = { invoiceDate: '2024-03-01', dueDate: '2024-04-02', totalCents: 300_00 };
  const reminded: InvoiceFacts = { ...facts, reminder: { sentOn: '2024-04-03', receivedOn: '2024-04-04', statesCosts: true } };

  test('open until the due date, then the reminder is due', () => {
    assert.equal(invoiceState(facts, '2024-03-01').status, 'open');
    const lastDay = invoiceState(facts, '2024-04-02');
    assert.equal(lastDay.status, 'open');
    assert.equal(lastDay.totalOwedCents, 300_00);
    const after = invoiceState(facts, '2024-04-03');
    assert.equal(after.status, 'reminder-due');
    assert.match(after.explanation, /stuur de cliënt een betalingsherinnering/);
    assert.deepEqual(after.interest, { kind: 'none' });
  });

  test('reminded: nothing more owed until the fourteenth day after receipt', () => {
    const state = invoiceState(reminded, '2024-04-18');
    assert.equal(state.status, 'reminded');
    assert.equal(state.reminderTermEnds, '2024-04-18');
    assert.equal(state.totalOwedCents, 300_00);
    // A reminder sent but dated after asOf has not happened yet.
    assert.equal(invoiceState(reminded, '2024-04-02').status, 'open');
  });

  test('unpaid after the term: interest from the day after the due date, and collection costs', () => {
    const state = invoiceState(reminded, '2024-04-19');
    assert.equal(state.status, 'in-default');
    // 17 days (3 to 19 April) at 7 % on € 300: € 0,978; costs: 15 % of € 300 = € 45.
    assert.deepEqual(
      state.interest.kind === 'computed' ? [state.interest.from, state.interest.to, state.interest.cents] : state.interest,
      ['2024-04-03', '2024-04-19', 97],
    );
    assert.deepEqual(state.costs, { kind: 'chargeable', cents: 45_00, from: '2024-04-19' });
    assert.equal(state.principalCents, 300_00);
    assert.equal(state.totalOwedCents, 300_00 + 97 + 45_00);
    assert.equal(
      state.explanation,
      'Niet betaald na de termijn van de herinnering (tot en met 18 april 2024); verschuldigd: € 300,00 hoofdsom, wettelijke rente € 0,97 over 3 april 2024 t/m 19 april 2024, incassokosten € 45,00.',
    );
  });

  test('paid within the reminder term: nothing more owed', () => {
    const state = invoiceState({ ...reminded, paidOn: '2024-04-18' }, '2024-06-01');
    assert.equal(state.status, 'paid');
    assert.equal(state.totalOwedCents, 0);
    assert.deepEqual(state.interest, { kind: 'none' });
  });

  test('paid after the reminder term: interest up to the payment and the costs remain owed', () => {
    const state = invoiceState({ ...reminded, paidOn: '2024-04-25' }, '2024-06-01');
    assert.equal(state.status, 'paid-late');
    assert.equal(state.principalCents, 0);
    assert.ok(state.interest.kind === 'computed' && state.interest.to === '2024-04-25' && state.interest.cents === 1_32); // 23 days
    assert.equal(state.totalOwedCents, 1_32 + 45_00);
  });

  test('paid late but never reminded: no interest, no costs', () => {
    const state = invoiceState({ ...facts, paidOn: '2024-05-15' }, '2024-06-01');
    assert.equal(state.status, 'paid');
    assert.equal(state.totalOwedCents, 0);
  });

  test('a reminder that did not name the costs: interest, but no collection costs', () => {
    const state = invoiceState({ ...facts, reminder: { sentOn: '2024-04-03', receivedOn: '2024-04-04', statesCosts: false } }, '2024-04-19');
    assert.equal(state.status, 'in-default');
    assert.equal(state.costs.kind, 'none');
    assert.equal(state.totalOwedCents, 300_00 + 97);
  });

  test('interest over a period without a confirmed rate is not guessed', () => {
    const state = invoiceState(reminded, '2025-01-10');
    assert.equal(state.status, 'in-default');
    assert.ok(state.interest.kind === 'refused' && /1 januari 2025 t\/m 30 juni 2025 is niet bevestigd/.test(state.interest.message));
    assert.equal(state.totalOwedCents, null);
    assert.match(state.explanation, /de wettelijke rente kan niet worden berekend/);
  });

  test('facts that cannot be are refused, naming the field', () => {
    const paths = (f: InvoiceFacts, asOf: string) => issuesOf(() => invoiceState(f, asOf)).map((i) => i.path);
    assert.deepEqual(paths({ ...facts, reminder: { sentOn: '2024-04-02', receivedOn: '2024-04-01', statesCosts: true } }, '2024-05-01'), [
      '$.reminder.sentOn',
      '$.reminder.receivedOn',
    ]);
    assert.deepEqual(paths({ ...facts, totalCents: 0, paidOn: '2024-02-01' }, '2024-02-01'), ['$.totalCents', '$.paidOn', '$.asOf']);
    assert.deepEqual(paths({ ...facts, paidOn: '2024-02-30' }, '2024-05-01'), ['$.paidOn']);
  });
});

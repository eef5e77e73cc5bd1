// The care agreement's rules take every date and instant they need, so the same facts give the
// same answer on any day, in any process, in any time zone.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endAgreement } from './agreement-end.ts';
import { appointmentOutcome, municipalityContactTask, type Appointment } from './appointments.ts';
import { collectionCosts, collectionCostsChargeable } from './collection-costs.ts';
import { instantFromLocalTime, parseInstant } from './instants.ts';
import { invoiceState, monthlyInvoice } from './invoices.ts';
import { statutoryInterest } from './statutory-interest.ts';
import { nextPlanEvaluation } from './support-plan.ts';

function everything(): unknown[] {
  const appointment: Appointment = {
    id: 'a',
    start: instantFromLocalTime('2026-03-30T10:00', '$.start'),
    durationMinutes: 60,
    what: 'begeleiding',
    rateCentsPerHour: 64_50,
    funding: 'client',
    cancellation: { receivedAt: parseInstant('2026-03-28T09:01+01:00', '$'), by: 'client' },
  };
  const context = { municipalityCode: '0171' };
  const invoice = monthlyInvoice('2026-03', '2026-04-01', [appointment], context);
  return [
    appointmentOutcome(appointment, context),
    municipalityContactTask([appointment], context),
    collectionCosts(2500_00),
    collectionCostsChargeable({ receivedOn: '2026-03-03', statesCosts: true }, '2026-03-20'),
    statutoryInterest(1000_00, '2023-03-15', '2024-06-30'),
    invoice,
    invoiceState({ invoiceDate: '2024-03-01', dueDate: '2024-04-02', totalCents: 300_00, reminder: { sentOn: '2024-04-03', receivedOn: '2024-04-04', statesCosts: true } }, '2024-04-19'),
    nextPlanEvaluation({ versions: [{ version: 1, agreedOn: '2026-01-15', goals: [], agreements: [], clientDoes: [], informalCarers: [], informalCarersDeclined: false, support: [], clientSupporterPointedOut: true }], evaluations: [] }, '2026-08-01'),
    endAgreement({ kind: 'notice-by-client', receivedOn: '2026-03-02' }, [appointment], [{ id: 'i' }]),
  ];
}

// luxon (instants.ts) reads Date.now() to default the fields a date-time leaves out; ours leave
// none out, so the test moves the clock instead of forbidding it and asks for the same answer.
function withClockAt(epochMs: number, run: () => void): void {
  const RealDate = globalThis.Date;
  class FixedClock extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(epochMs);
      else super(...(args as [number]));
    }
    static override now(): number {
      return epochMs;
    }
  }
  globalThis.Date = FixedClock as DateConstructor;
  try {
    run();
  } finally {
    globalThis.Date = RealDate;
  }
}

test('no answer depends on the clock or on the host time zone', () => {
  const expected = JSON.stringify(everything());
  const realTz = process.env.TZ;
  try {
    for (const [epochMs, tz] of [
      [Date.UTC(1999, 11, 31, 23, 59), 'Pacific/Kiritimati'],
      [Date.UTC(2026, 9, 25, 1, 30), 'America/Adak'],
      [Date.UTC(2090, 5, 1), 'Europe/Amsterdam'],
    ] as const) {
      process.env.TZ = tz;
      withClockAt(epochMs, () => assert.equal(JSON.stringify(everything()), expected, `${tz} at ${epochMs}`));
    }
  } finally {
    if (realTz === undefined) delete process.env.TZ;
    else process.env.TZ = realTz;
  }
});

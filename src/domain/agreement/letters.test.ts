import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatDutchDate } from '../calendar/dates.ts';
import { InvalidInputError } from '../errors.ts';
import { invoiceState } from './invoices.ts';
import { invoiceLetter, planCopyLetter } from './letters.ts';
import { nextPlanEvaluation } from './support-plan.ts';

// The care agreement's letters say what the records and the part-1 computations say, and refuse
// what they do not support: a reminder before the term, interest over a period whose rate no
// Staatsblad confirms.

const client = { name: 'A. Bakker', birthDate: '1949-06-12', hasRepresentative: false, address: 'Kampweg 4, 8302 AB Emmeloord' };
const sender = { name: 'Zorggroep ONL', address: 'Postbus 1, 8300 AA Emmeloord' };
const invoice = {
  month: '2024-03',
  invoiceDate: '2024-04-02',
  dueDate: '2024-05-02',
  totalCents: 26_667,
  lines: [{ appointmentId: 'a', date: '2024-03-05', what: 'Hulp bij boodschappen', minutes: 60, rateCentsPerHour: 26_667, amountCents: 26_667, kind: 'support' as const }],
  reminderSentOn: '2024-05-06',
};
const text = (letter: { body: { kind: string; text?: string; items?: string[] }[] }) => letter.body.map((b) => b.text ?? (b.items ?? []).join('\n')).join('\n');
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError) return error.issues.map((i) => i.message).join('; ');
    throw error;
  }
  assert.fail('not refused');
};

describe('the care agreement’s letters', () => {
  test('the invoice lists each support moment with its rate; the reminder names the collection costs and the 14 days', () => {
    const open = invoiceState({ invoiceDate: invoice.invoiceDate, dueDate: invoice.dueDate, totalCents: invoice.totalCents }, '2024-04-10');
    assert.match(text(invoiceLetter('invoice', client, sender, invoice, open, '2024-04-10')), /5 maart 2024: Hulp bij boodschappen, 60 minuten tegen € 266,67 per uur = € 266,67/);
    assert.match(refusal(() => invoiceLetter('reminder', client, sender, invoice, open, '2024-04-10')), /na de betalingstermijn/);
    const due = invoiceState({ invoiceDate: invoice.invoiceDate, dueDate: invoice.dueDate, totalCents: invoice.totalCents }, '2024-05-06');
    const reminder = text(invoiceLetter('reminder', client, sender, invoice, due, '2024-05-06'));
    // 15 % of € 266,67 is € 40,0005: rounded down, € 40,00 (decision 0010).
    assert.match(reminder, /incassokosten van € 40,00/);
    assert.match(reminder, /binnen 14 dagen na de dag waarop u deze brief ontvangt/);
  });

  test('the notice of interest and costs: with the amounts once in default; refused where the rate is not confirmed', () => {
    const facts = { invoiceDate: invoice.invoiceDate, dueDate: invoice.dueDate, totalCents: invoice.totalCents, reminder: { sentOn: '2024-05-06', receivedOn: '2024-05-07', statesCosts: true } };
    const inDefault = invoiceState(facts, '2024-06-30');
    assert.equal(inDefault.status, 'in-default');
    const notice = text(invoiceLetter('default-notice', client, sender, invoice, inDefault, '2024-06-30'));
    assert.match(notice, /Incassokosten: € 40,00/);
    assert.match(notice, /Wettelijke rente tot en met 30 juni 2024: € \d+,\d\d/);
    const unconfirmed = invoiceState(facts, '2025-02-01');
    assert.match(refusal(() => invoiceLetter('default-notice', client, sender, invoice, unconfirmed, '2025-02-01')), /niet bevestigd uit het Staatsblad/);
  });

  test('the client’s copy of the plan holds its goals, who pays what, and the next evaluation', () => {
    const version = {
      version: 1,
      agreedOn: '2026-01-05',
      goals: [{ id: 'doel-1', description: 'Zelf de post bijhouden' }],
      agreements: ['Elke week samen de post doornemen'],
      clientDoes: ['Legt de post klaar'],
      informalCarers: [],
      informalCarersDeclined: true,
      support: [{ what: 'Hulp bij boodschappen', amount: '1 uur per week', paidBy: 'client' as const, rateCentsPerHour: 4500 }],
      clientSupporterPointedOut: true,
    };
    const next = nextPlanEvaluation({ versions: [version], evaluations: [] }, '2026-02-01');
    const letter = planCopyLetter(client, sender, version, next, '2026-02-01');
    const body = text(letter);
    assert.match(body, /Zelf de post bijhouden/);
    assert.match(body, /u betaalt zelf, € 45,00 per uur/);
    assert.match(body, /U wilt geen mantelzorgers betrekken/);
    assert.ok(body.includes(`De volgende keer is uiterlijk ${formatDutchDate(next!.dueDate)}.`), body);
    assert.equal(letter.recipient.address, client.address);
  });
});

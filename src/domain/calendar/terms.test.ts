import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeTerm, describeTerm, type Counting, type TermSpec, type TermUnit } from './terms.ts';

const after = (amount: number, unit: TermUnit): TermSpec => ({ amount, unit, direction: 'after' });
const before = (amount: number, unit: TermUnit): TermSpec => ({ amount, unit, direction: 'before' });

interface Case {
  name: string;
  event: string;
  term: TermSpec;
  counting: Counting;
  nominal: string;
  date: string;
  applied: 'atw' | 'plain' | 'working-days';
}

// Every expected date below was worked out by hand on a calendar.
const CASES: Case[] = [
  // Awb 6:8: the term starts the day after the event.
  { name: '1 week', event: '2026-03-02', term: after(1, 'weeks'), counting: 'atw', nominal: '2026-03-09', date: '2026-03-09', applied: 'atw' },
  { name: '6 weeks = 42 days', event: '2026-03-02', term: after(6, 'weeks'), counting: 'atw', nominal: '2026-04-13', date: '2026-04-13', applied: 'atw' },
  { name: 'ends on Saturday', event: '2026-02-28', term: after(1, 'weeks'), counting: 'atw', nominal: '2026-03-07', date: '2026-03-09', applied: 'atw' },
  { name: 'ends on Sunday', event: '2026-03-01', term: after(1, 'weeks'), counting: 'atw', nominal: '2026-03-08', date: '2026-03-09', applied: 'atw' },
  { name: 'Christmas into a weekend', event: '2026-12-18', term: after(1, 'weeks'), counting: 'atw', nominal: '2026-12-25', date: '2026-12-28', applied: 'atw' },
  { name: 'Nieuwjaarsdag over the year end', event: '2026-12-18', term: after(2, 'weeks'), counting: 'atw', nominal: '2027-01-01', date: '2027-01-04', applied: 'atw' },
  { name: 'decreed 2 January 2026', event: '2025-12-26', term: after(1, 'weeks'), counting: 'atw', nominal: '2026-01-02', date: '2026-01-05', applied: 'atw' },
  { name: 'Koningsdag on Saturday 26 April 2025', event: '2025-04-19', term: after(1, 'weeks'), counting: 'atw', nominal: '2025-04-26', date: '2025-04-28', applied: 'atw' },
  { name: 'Koningsdag on Saturday 26 April 2031', event: '2031-04-12', term: after(2, 'weeks'), counting: 'atw', nominal: '2031-04-26', date: '2031-04-28', applied: 'atw' },
  { name: 'Hemelvaartsdag plus decreed Friday 2026', event: '2026-05-07', term: after(1, 'weeks'), counting: 'atw', nominal: '2026-05-14', date: '2026-05-18', applied: 'atw' },
  { name: 'Hemelvaartsdag plus decreed Friday 2027', event: '2027-04-29', term: after(1, 'weeks'), counting: 'atw', nominal: '2027-05-06', date: '2027-05-10', applied: 'atw' },
  { name: 'Hemelvaartsdag 2029, no decree known', event: '2029-05-03', term: after(1, 'weeks'), counting: 'atw', nominal: '2029-05-10', date: '2029-05-11', applied: 'atw' },
  { name: 'decreed Friday after Koningsdag 2028', event: '2028-04-14', term: after(2, 'weeks'), counting: 'atw', nominal: '2028-04-28', date: '2028-05-01', applied: 'atw' },
  { name: 'decreed Friday after Hemelvaartsdag 2028', event: '2028-05-19', term: after(1, 'weeks'), counting: 'atw', nominal: '2028-05-26', date: '2028-05-29', applied: 'atw' },
  { name: 'Goede Vrijdag through Tweede Paasdag', event: '2026-03-20', term: after(2, 'weeks'), counting: 'atw', nominal: '2026-04-03', date: '2026-04-07', applied: 'atw' },
  { name: 'Bevrijdingsdag on a Tuesday', event: '2026-04-28', term: after(1, 'weeks'), counting: 'atw', nominal: '2026-05-05', date: '2026-05-06', applied: 'atw' },
  { name: 'Tweede Pinksterdag', event: '2026-05-18', term: after(1, 'weeks'), counting: 'atw', nominal: '2026-05-25', date: '2026-05-26', applied: 'atw' },
  // Art. 2: a term of three days or more contains two working days.
  { name: 'art. 2 over Easter', event: '2026-04-02', term: after(3, 'days'), counting: 'atw', nominal: '2026-04-05', date: '2026-04-08', applied: 'atw' },
  { name: 'art. 2 from a Friday', event: '2026-03-06', term: after(3, 'days'), counting: 'atw', nominal: '2026-03-09', date: '2026-03-10', applied: 'atw' },
  { name: 'art. 1 and 2 over Koningsdag', event: '2026-04-24', term: after(3, 'days'), counting: 'atw', nominal: '2026-04-27', date: '2026-04-29', applied: 'atw' },
  { name: 'art. 2 satisfied after art. 1', event: '2026-03-04', term: after(3, 'days'), counting: 'atw', nominal: '2026-03-07', date: '2026-03-09', applied: 'atw' },
  { name: 'art. 2 not for 2 days', event: '2026-03-06', term: after(2, 'days'), counting: 'atw', nominal: '2026-03-08', date: '2026-03-09', applied: 'atw' },
  // Months land on the same day number, clamped.
  { name: '1 month clamped to 28 February, a Saturday', event: '2026-01-31', term: after(1, 'months'), counting: 'atw', nominal: '2026-02-28', date: '2026-03-02', applied: 'atw' },
  { name: '3 months is still extended', event: '2026-09-26', term: after(3, 'months'), counting: 'atw', nominal: '2026-12-26', date: '2026-12-28', applied: 'atw' },
  { name: '12 weeks is still extended', event: '2026-10-02', term: after(12, 'weeks'), counting: 'atw', nominal: '2026-12-25', date: '2026-12-28', applied: 'atw' },
  { name: '90 days is still extended', event: '2026-09-26', term: after(90, 'days'), counting: 'atw', nominal: '2026-12-25', date: '2026-12-28', applied: 'atw' },
  // Art. 4: longer terms and terms in years are not extended.
  { name: '4 months not extended', event: '2026-08-26', term: after(4, 'months'), counting: 'atw', nominal: '2026-12-26', date: '2026-12-26', applied: 'plain' },
  { name: '13 weeks not extended', event: '2026-09-25', term: after(13, 'weeks'), counting: 'atw', nominal: '2026-12-25', date: '2026-12-25', applied: 'plain' },
  { name: '91 days not extended', event: '2026-09-25', term: after(91, 'days'), counting: 'atw', nominal: '2026-12-25', date: '2026-12-25', applied: 'plain' },
  { name: '1 year not extended', event: '2025-03-08', term: after(1, 'years'), counting: 'atw', nominal: '2026-03-08', date: '2026-03-08', applied: 'plain' },
  { name: '15 years retention', event: '2026-03-02', term: after(15, 'years'), counting: 'atw', nominal: '2041-03-02', date: '2041-03-02', applied: 'plain' },
  { name: '6 months evaluation', event: '2026-06-27', term: after(6, 'months'), counting: 'atw', nominal: '2026-12-27', date: '2026-12-27', applied: 'plain' },
  // Art. 1 lid 2: backward terms are not extended.
  { name: '1 week before, a Saturday', event: '2026-03-14', term: before(1, 'weeks'), counting: 'atw', nominal: '2026-03-07', date: '2026-03-07', applied: 'plain' },
  { name: '1 week before, Eerste Kerstdag', event: '2027-01-01', term: before(1, 'weeks'), counting: 'atw', nominal: '2026-12-25', date: '2026-12-25', applied: 'plain' },
  { name: '1 month before, clamped', event: '2026-03-31', term: before(1, 'months'), counting: 'atw', nominal: '2026-02-28', date: '2026-02-28', applied: 'plain' },
  // Plain counting never extends.
  { name: 'plain on Eerste Kerstdag', event: '2026-12-18', term: after(1, 'weeks'), counting: 'plain', nominal: '2026-12-25', date: '2026-12-25', applied: 'plain' },
  { name: 'plain 3 days over Easter', event: '2026-04-02', term: after(3, 'days'), counting: 'plain', nominal: '2026-04-05', date: '2026-04-05', applied: 'plain' },
  // Working days count only working days, whatever counting is asked.
  { name: '7 working days', event: '2026-03-02', term: after(7, 'working-days'), counting: 'atw', nominal: '2026-03-11', date: '2026-03-11', applied: 'working-days' },
  { name: '7 working days over Christmas', event: '2026-12-21', term: after(7, 'working-days'), counting: 'plain', nominal: '2026-12-31', date: '2026-12-31', applied: 'working-days' },
  { name: '5 working days over Bevrijdingsdag', event: '2026-04-29', term: after(5, 'working-days'), counting: 'atw', nominal: '2026-05-07', date: '2026-05-07', applied: 'working-days' },
  { name: '2 working days before Tweede Paasdag', event: '2026-04-07', term: before(2, 'working-days'), counting: 'atw', nominal: '2026-04-01', date: '2026-04-01', applied: 'working-days' },
];

for (const c of CASES) {
  test(`computeTerm: ${c.name}`, () => {
    const result = computeTerm(c.event, c.term, c.counting);
    assert.deepEqual(
      { date: result.date, nominalDate: result.nominalDate, counting: result.counting },
      { date: c.date, nominalDate: c.nominal, counting: c.applied },
    );
  });
}

test('explanation: Christmas names both holidays and the rule', () => {
  assert.equal(
    computeTerm('2026-12-18', after(1, 'weeks'), 'atw').explanation,
    '1 week na 18 december 2026 valt op vrijdag 25 december 2026. 25 december 2026 is Eerste Kerstdag, ' +
      '26 december 2026 is Tweede Kerstdag; verlengd tot maandag 28 december 2026 (Atw art. 1).',
  );
});

test('explanation: a Saturday', () => {
  assert.equal(
    computeTerm('2026-02-28', after(1, 'weeks'), 'atw').explanation,
    '1 week na 28 februari 2026 valt op zaterdag 7 maart 2026. 7 maart 2026 is een zaterdag; ' +
      'verlengd tot maandag 9 maart 2026 (Atw art. 1).',
  );
});

test('explanation: art. 1 followed by art. 2', () => {
  assert.equal(
    computeTerm('2026-04-02', after(3, 'days'), 'atw').explanation,
    '3 dagen na 2 april 2026 valt op zondag 5 april 2026. 5 april 2026 is een zondag, 6 april 2026 is Tweede Paasdag; ' +
      'verlengd tot dinsdag 7 april 2026 (Atw art. 1). De termijn bevat dan maar één dag die geen zaterdag, zondag of ' +
      'feestdag is; verlengd tot woensdag 8 april 2026 zodat hij er twee bevat (Atw art. 2).',
  );
});

test('explanation: art. 2 alone', () => {
  assert.equal(
    computeTerm('2026-03-06', after(3, 'days'), 'atw').explanation,
    '3 dagen na 6 maart 2026 valt op maandag 9 maart 2026. De termijn bevat dan maar één dag die geen zaterdag, ' +
      'zondag of feestdag is; verlengd tot dinsdag 10 maart 2026 zodat hij er twee bevat (Atw art. 2).',
  );
});

test('explanation: not moved under the Atw', () => {
  assert.equal(
    computeTerm('2026-03-02', after(1, 'weeks'), 'atw').explanation,
    '1 week na 2 maart 2026 valt op maandag 9 maart 2026, een werkdag; geteld volgens de Algemene termijnenwet, ' +
      'geen verlenging nodig.',
  );
});

test('explanation: why the Atw does not apply', () => {
  const cases: [string, TermSpec, string][] = [
    ['2026-03-14', before(1, 'weeks'), 'Atw niet van toepassing: terugwaarts berekende termijn (art. 1 lid 2).'],
    ['2025-03-08', after(1, 'years'), 'Atw niet van toepassing: termijn in jaren (art. 4).'],
    ['2026-08-26', after(4, 'months'), 'Atw niet van toepassing: termijn langer dan drie maanden (art. 4).'],
    ['2026-09-25', after(13, 'weeks'), 'Atw niet van toepassing: termijn langer dan twaalf weken (art. 4).'],
    ['2026-09-25', after(91, 'days'), 'Atw niet van toepassing: termijn langer dan 90 dagen (art. 4).'],
  ];
  for (const [event, term, reason] of cases) {
    const { explanation } = computeTerm(event, term, 'atw');
    assert.ok(explanation.endsWith(` ${reason}`), explanation);
  }
  assert.equal(
    computeTerm('2026-03-14', before(1, 'weeks'), 'atw').explanation,
    '1 week voor 14 maart 2026 valt op zaterdag 7 maart 2026. ' +
      'Atw niet van toepassing: terugwaarts berekende termijn (art. 1 lid 2).',
  );
});

test('explanation: plain and working-day counting', () => {
  assert.equal(
    computeTerm('2026-12-18', after(1, 'weeks'), 'plain').explanation,
    '1 week na 18 december 2026 valt op vrijdag 25 december 2026. ' +
      'Gewone kalendertelling: niet verlengd voor zaterdag, zondag of feestdag.',
  );
  assert.equal(
    computeTerm('2026-03-02', after(7, 'working-days'), 'atw').explanation,
    '7 werkdagen na 2 maart 2026 valt op woensdag 11 maart 2026. ' +
      'Alleen werkdagen geteld: zaterdag, zondag en algemeen erkende feestdagen tellen niet mee.',
  );
});

test('describeTerm', () => {
  const cases: [TermSpec, string][] = [
    [after(3, 'weeks'), '3 weken na'],
    [after(7, 'working-days'), '7 werkdagen na'],
    [before(1, 'weeks'), '1 week voor'],
    [before(1, 'working-days'), '1 werkdag voor'],
    [after(1, 'days'), '1 dag na'],
    [after(14, 'days'), '14 dagen na'],
    [after(1, 'months'), '1 maand na'],
    [after(3, 'months'), '3 maanden na'],
    [after(1, 'years'), '1 jaar na'],
    [after(15, 'years'), '15 jaar na'],
  ];
  for (const [term, expected] of cases) assert.equal(describeTerm(term), expected);
});

test('computeTerm rejects invalid input', () => {
  assert.throws(() => computeTerm('2026-02-30', after(1, 'weeks'), 'atw'), RangeError);
  assert.throws(() => computeTerm('2025-02-29', after(1, 'weeks'), 'plain'), RangeError);
  assert.throws(() => computeTerm('2026-03-02', after(0, 'weeks'), 'atw'), RangeError);
  assert.throws(() => computeTerm('2026-03-02', after(-1, 'weeks'), 'atw'), RangeError);
  assert.throws(() => computeTerm('2026-03-02', after(1.5, 'weeks'), 'atw'), RangeError);
  assert.throws(() => computeTerm('2026-03-02', after(1, 'hours' as TermUnit), 'atw'), RangeError);
  assert.throws(() => computeTerm('2026-03-02', after(1, 'toString' as TermUnit), 'atw'), RangeError);
  assert.throws(
    () => computeTerm('2026-03-02', { amount: 1, unit: 'weeks', direction: 'later' as 'after' }, 'atw'),
    RangeError,
  );
  assert.throws(() => computeTerm('2026-03-02', after(1, 'weeks'), 'lenient' as Counting), RangeError);
});

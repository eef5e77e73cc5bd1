import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dashboardFigures, figureRows, median, type RequestSummary } from './figures.ts';

// The dashboard's figures from request summaries: counted per regime, days and months in Dutch time.

function request(overrides: Partial<RequestSummary>): RequestSummary {
  return {
    regime: 'vgz-wijkverpleging',
    procedure: 'beeindiging',
    state: 'submitted',
    submittedAt: new Date('2026-03-02T09:00:00Z'),
    decisionDeadline: '2026-03-23',
    decidedAt: null,
    decision: null,
    ...overrides,
  };
}

const decided = (submitted: string, decidedAt: string, deadline: string, decision: RequestSummary['decision'] = 'accepted'): RequestSummary =>
  request({ state: 'decided', submittedAt: new Date(submitted), decidedAt: new Date(decidedAt), decisionDeadline: deadline, decision });

describe('the funder dashboard’s figures', () => {
  test('median: the middle one for an odd count, the mean of the middle two for an even count, none for none', () => {
    assert.equal(median([9, 1, 5]), 5);
    assert.equal(median([4, 1, 10, 2]), 3);
    assert.equal(median([1, 2]), 1.5);
    assert.equal(median([7]), 7);
    assert.equal(median([]), null);
  });

  test('no requests: no regimes; a regime with only open requests has no median and no share', () => {
    assert.deepEqual(dashboardFigures([], '2026-03-10'), { asOf: '2026-03-10', regimes: [] });
    const [figures] = dashboardFigures([request({})], '2026-03-10').regimes;
    assert.deepEqual(figures, {
      regime: 'vgz-wijkverpleging',
      open: { overdue: 0, withinAWeek: 0, later: 1, objection: 0 },
      decisionsPerMonth: [],
      decided: 0,
      medianDecisionDays: null,
      decidedWithinNorm: 0,
      shareWithinNorm: null,
    });
    assert.deepEqual(figureRows(dashboardFigures([request({})], '2026-03-10')).filter((r) => r.value === null).map((r) => r.measure), [
      'median-decision-days',
      'share-within-norm',
    ]);
  });

  test('open requests by deadline: overdue before today, due within a week (today up to 7 days on), later; withdrawn and closed ones wait for nothing', () => {
    const asOf = '2026-03-10';
    const { open } = dashboardFigures(
      [
        request({ decisionDeadline: '2026-03-09' }),
        request({ decisionDeadline: '2026-03-10', state: 'information-requested' }),
        request({ decisionDeadline: '2026-03-17' }),
        request({ decisionDeadline: '2026-03-18' }),
        request({ decisionDeadline: '2026-03-01', state: 'withdrawn' }),
        request({ decisionDeadline: '2026-03-01', state: 'closed' }),
        // An objection waits for the funder's decision on it, whatever the first decision's deadline was.
        request({ decisionDeadline: '2026-03-01', state: 'objection' }),
      ],
      asOf,
    ).regimes[0]!;
    assert.deepEqual(open, { overdue: 1, withinAWeek: 2, later: 1, objection: 1 });
  });

  test('decisions per month by the Dutch date: 31 March 23:30 (summer time) is March, 00:30 on 1 April is April, and 31 Dec 23:30 UTC is January', () => {
    const figures = dashboardFigures(
      [
        decided('2026-03-20T10:00:00Z', '2026-03-31T21:30:00Z', '2026-04-10'), // 23:30 CEST on 31 March
        decided('2026-03-20T10:00:00Z', '2026-03-31T22:30:00Z', '2026-04-10', 'rejected'), // 00:30 CEST on 1 April
        decided('2026-12-20T10:00:00Z', '2026-12-31T23:30:00Z', '2027-01-10', 'accepted-with-conditions'), // 00:30 CET on 1 January
      ],
      '2027-01-15',
    ).regimes[0]!;
    assert.deepEqual(
      figures.decisionsPerMonth.map((m) => [m.month, m.counts.accepted, m.counts['accepted-with-conditions'], m.counts.rejected, m.total]),
      [
        ['2026-03', 1, 0, 0, 1],
        ['2026-04', 0, 0, 1, 1],
        ['2027-01', 0, 1, 0, 1],
      ],
    );
  });

  test('decision time in Dutch calendar days, and the share decided on or before the deadline (a decision at 00:30 the day after is late)', () => {
    const figures = dashboardFigures(
      [
        decided('2026-03-02T09:00:00Z', '2026-03-05T09:00:00Z', '2026-03-23'), // 3 days
        decided('2026-03-02T23:30:00Z', '2026-03-23T22:30:00Z', '2026-03-23'), // submitted 00:30 on 3 March, decided 23:30 on 23 March: 20 days, on time
        decided('2026-03-02T09:00:00Z', '2026-03-23T23:30:00Z', '2026-03-23'), // decided 24 March 00:30: late, 22 days
        decided('2026-03-02T09:00:00Z', '2026-03-12T09:00:00Z', '2026-03-09'), // 10 days, late
        request({ decisionDeadline: '2026-03-01' }), // open: not in the median or the share
      ],
      '2026-03-25',
    ).regimes[0]!;
    assert.equal(figures.decided, 4);
    assert.equal(figures.medianDecisionDays, 15); // 3, 10, 20, 22
    assert.equal(figures.decidedWithinNorm, 2);
    assert.equal(figures.shareWithinNorm, 0.5);
    assert.deepEqual(figures.open, { overdue: 1, withinAWeek: 0, later: 0, objection: 0 });
  });

  test('per regime, in regime order, each on its own requests; as rows for the CSV', () => {
    const figures = dashboardFigures(
      [
        decided('2026-03-02T09:00:00Z', '2026-03-04T09:00:00Z', '2026-03-09'),
        { ...decided('2026-03-02T09:00:00Z', '2026-03-10T09:00:00Z', '2026-03-09', 'rejected'), regime: 'groningen-wmo' },
      ],
      '2026-03-25',
    );
    assert.deepEqual(
      figures.regimes.map((r) => [r.regime, r.medianDecisionDays, r.shareWithinNorm]),
      [
        ['groningen-wmo', 8, 0],
        ['vgz-wijkverpleging', 2, 1],
      ],
    );
    const rows = figureRows(figures).filter((r) => r.regime === 'groningen-wmo');
    assert.deepEqual(rows, [
      { regime: 'groningen-wmo', measure: 'open', key: 'overdue', value: 0 },
      { regime: 'groningen-wmo', measure: 'open', key: 'withinAWeek', value: 0 },
      { regime: 'groningen-wmo', measure: 'open', key: 'later', value: 0 },
      { regime: 'groningen-wmo', measure: 'open', key: 'objection', value: 0 },
      { regime: 'groningen-wmo', measure: 'decisions', key: '2026-03 accepted', value: 0 },
      { regime: 'groningen-wmo', measure: 'decisions', key: '2026-03 accepted-with-conditions', value: 0 },
      { regime: 'groningen-wmo', measure: 'decisions', key: '2026-03 rejected', value: 1 },
      { regime: 'groningen-wmo', measure: 'median-decision-days', key: '', value: 8 },
      { regime: 'groningen-wmo', measure: 'decided-within-norm', key: '1', value: 0 },
      { regime: 'groningen-wmo', measure: 'share-within-norm', key: '', value: 0 },
    ]);
  });
});

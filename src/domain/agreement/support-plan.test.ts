import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nextPlanEvaluation, planVersionIssues, planVersionOn, type SupportPlan, type SupportPlanVersion } from './support-plan.ts';

const first: SupportPlanVersion = {
  version: 1,
  agreedOn: '2026-01-15',
  goals: [{ id: 'g1', description: 'De cliënt houdt zijn administratie zelf bij.' }],
  agreements: ['Wekelijks samen de post doornemen.'],
  clientDoes: ['Opent de post dezelfde dag.'],
  informalCarers: [{ who: 'dochter', role: 'helpt bij de jaarlijkse belastingaangifte' }],
  informalCarersDeclined: false,
  support: [
    { what: 'begeleiding bij de administratie', amount: '2 uur per week', paidBy: 'municipality' },
    { what: 'extra begeleiding bij verhuizing', amount: '4 uur eenmalig', paidBy: 'client', rateCentsPerHour: 64_50 },
  ],
  clientSupporterPointedOut: true,
};
const second: SupportPlanVersion = { ...first, version: 2, agreedOn: '2026-04-01', agreements: [...first.agreements, 'Maandelijks het budget bespreken.'] };

describe('support plan content (004 §2)', () => {
  test('a complete plan has no issues; each version follows the previous one', () => {
    assert.deepEqual(planVersionIssues(first), []);
    assert.deepEqual(planVersionIssues(second, first), []);
    assert.deepEqual(planVersionIssues({ ...second, informalCarers: [], informalCarersDeclined: true }, first), []);
  });

  test('what is missing is named, field by field', () => {
    const empty: SupportPlanVersion = {
      version: 1,
      agreedOn: '2026-02-30',
      goals: [],
      agreements: [],
      clientDoes: [],
      informalCarers: [{ who: '', role: ' ' }],
      informalCarersDeclined: false,
      support: [{ what: 'begeleiding', amount: '', paidBy: 'client' }],
      clientSupporterPointedOut: false,
    };
    assert.deepEqual(
      planVersionIssues(empty).map((i) => i.path),
      [
        '$.agreedOn',
        '$.goals',
        '$.agreements',
        '$.clientDoes',
        '$.informalCarers[0].who',
        '$.informalCarers[0].role',
        '$.support[0].amount',
        '$.support[0].rateCentsPerHour',
        '$.clientSupporterPointedOut',
      ],
    );
    const blanks = { ...first, goals: [{ id: 'g1', description: ' ' }, { id: 'g1', description: 'x' }], agreements: [''], clientDoes: [''], support: [] };
    assert.deepEqual(
      planVersionIssues(blanks).map((i) => `${i.path}: ${i.message}`),
      [
        '$.goals[0].description: beschrijf het doel',
        '$.goals: twee doelen hebben hetzelfde id',
        '$.agreements[0]: is leeg',
        '$.clientDoes[0]: is leeg',
        '$.support: beschrijf de ondersteuning die de aanbieder geeft',
      ],
    );
  });

  test('versions are numbered in order and dated no earlier than the one they replace', () => {
    assert.deepEqual(
      planVersionIssues({ ...second, version: 3, agreedOn: '2026-01-01' }, first).map((i) => `${i.path}: ${i.message}`),
      ['$.version: moet 2 zijn: elke aanpassing is de volgende versie', '$.agreedOn: ligt vóór versie 1 (15 januari 2026)'],
    );
  });

  test('the version in force on a day', () => {
    const plan: SupportPlan = { versions: [second, first], evaluations: [] };
    assert.equal(planVersionOn(plan, '2026-01-14'), undefined);
    assert.equal(planVersionOn(plan, '2026-03-31')?.version, 1);
    assert.equal(planVersionOn(plan, '2026-04-01')?.version, 2);
  });
});

describe('half-yearly evaluation with the client (004 §2)', () => {
  test('half a year after the first plan, then after each evaluation with the client', () => {
    const plan: SupportPlan = { versions: [first], evaluations: [] };
    const due = nextPlanEvaluation(plan, '2026-02-01');
    assert.deepEqual(due && [due.dueDate, due.state, due.countedFrom], ['2026-07-15', 'upcoming', { kind: 'plan', date: '2026-01-15' }]);
    assert.match(due?.source.quote ?? '', /minimaal eens per half jaar/);
    const evaluated: SupportPlan = { versions: [first], evaluations: [{ date: '2026-06-20', withClient: true }] };
    assert.equal(nextPlanEvaluation(evaluated, '2026-07-01')?.dueDate, '2026-12-20');
  });

  test('a missed evaluation stays overdue on its own date; the next date does not move on', () => {
    const plan: SupportPlan = { versions: [first, second], evaluations: [] };
    assert.equal(nextPlanEvaluation(plan, '2026-07-15')?.state, 'upcoming');
    const late = nextPlanEvaluation(plan, '2026-07-16');
    assert.deepEqual(late && [late.dueDate, late.state], ['2026-07-15', 'overdue']);
    const muchLater = nextPlanEvaluation(plan, '2027-03-01');
    assert.deepEqual(muchLater && [muchLater.dueDate, muchLater.state], ['2026-07-15', 'overdue']);
    assert.match(muchLater?.explanation ?? '', /^De evaluatie met de cliënt had uiterlijk 15 juli 2026 moeten plaatsvinden/);
    // A new version is not an evaluation; an evaluation without the client is not one either.
    const notEvaluations: SupportPlan = { versions: [first, second], evaluations: [{ date: '2026-07-01', withClient: false }] };
    assert.equal(nextPlanEvaluation(notEvaluations, '2026-08-01')?.dueDate, '2026-07-15');
    // The late evaluation, once recorded, starts the next half year.
    const recorded: SupportPlan = { versions: [first, second], evaluations: [{ date: '2026-09-10', withClient: true }] };
    const next = nextPlanEvaluation(recorded, '2026-09-11');
    assert.deepEqual(next && [next.dueDate, next.state, next.countedFrom.kind], ['2027-03-10', 'upcoming', 'evaluation']);
    // Before it happened, it does not count.
    assert.equal(nextPlanEvaluation(recorded, '2026-09-01')?.state, 'overdue');
  });

  test('half a year is counted in calendar months, not extended for a weekend (Atw art. 4)', () => {
    // 31 August + 6 months: 28 February 2027, a Sunday, stays.
    const plan: SupportPlan = { versions: [{ ...first, agreedOn: '2026-08-31' }], evaluations: [] };
    assert.equal(nextPlanEvaluation(plan, '2026-09-01')?.dueDate, '2027-02-28');
  });

  test('no plan yet: nothing due', () => {
    assert.equal(nextPlanEvaluation({ versions: [first], evaluations: [] }, '2026-01-01'), undefined);
  });
});

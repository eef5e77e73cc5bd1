import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { addDays, compareDates } from '../calendar/dates.ts';
import { ConflictError } from '../errors.ts';
import { findRegime } from '../protocols/registry.ts';
import type { Regime } from '../protocols/types.ts';
import { checkDecision, evaluateDuties, type DecisionDraft, type RequestFacts } from './checklist.ts';
import { namedDossier } from '../assessment/test-support.ts';
import type { Entry, Procedure, RegimeId } from '../dossier/types.ts';
import { submitRefusal } from './submission.ts';
import { next, REQUEST_STATES, type RequestEvent, type RequestState } from './states.ts';
import { decisionStandstill, decisionTerm, heldBeforeDue, objectionRule, standstillText, type QuestionSpan } from './term.ts';

const regime = (id: string): Regime => findRegime(id) as Regime;
const [gro, b6, vgz, onl] = ['groningen-wmo', 'gemeente-bijlage6', 'vgz-wijkverpleging', 'onl-wmo'].map(regime) as [Regime, Regime, Regime, Regime];

describe('the request’s states: what may follow what', () => {
  // Written out by hand: state, event → next state; everything not listed is refused.
  const ALLOWED = `
submitted ask information-requested
under-review ask information-requested
information-requested ask information-requested
information-requested answer-last under-review
information-requested answer-more information-requested
submitted hear under-review
under-review hear under-review
information-requested hear information-requested
submitted advise under-review
under-review advise under-review
information-requested advise information-requested
submitted decide decided
under-review decide decided
objection decide closed
decided object objection
decided close closed
submitted withdraw withdrawn
under-review withdraw withdrawn
information-requested withdraw withdrawn`;
  const allowed = new Map(ALLOWED.trim().split('\n').map((l) => { const [s, e, t] = l.split(' '); return [`${s} ${e}`, t]; }));
  const EVENTS: Record<string, RequestEvent> = {
    ask: { kind: 'ask' },
    'answer-last': { kind: 'answer', stillOpen: false },
    'answer-more': { kind: 'answer', stillOpen: true },
    hear: { kind: 'hear' },
    advise: { kind: 'advise' },
    decide: { kind: 'decide' },
    object: { kind: 'object' },
    close: { kind: 'close' },
    withdraw: { kind: 'withdraw' },
  };
  for (const state of REQUEST_STATES) {
    test(state, () => {
      for (const [name, event] of Object.entries(EVENTS)) {
        const expected = allowed.get(`${state} ${name}`);
        if (expected === undefined) assert.throws(() => next(state, event), ConflictError, `${state} ${name}`);
        else assert.equal(next(state, event), expected as RequestState, `${state} ${name}`);
      }
    });
  }
  test('the refusals say why in Dutch: a second decision, a decision with a question open', () => {
    assert.throws(() => next('closed', { kind: 'decide' }, '$.outcome'), (e: ConflictError) => e.issues[0]!.path === '$.outcome' && /al besloten/.test(e.message) && /afgesloten/.test(e.message));
    assert.throws(() => next('information-requested', { kind: 'decide' }), /vraag aan de aanbieder open/);
  });
});

describe('the decision term per regime, on the Dutch calendar', () => {
  const CASES: [Regime, 'weigering' | 'beeindiging', string, string][] = [
    // 000: 7 working days; Monday 2 March 2026 → Wednesday 11 March.
    [gro, 'beeindiging', '2026-03-02', '2026-03-11'],
    // Over Easter 2026 (Goede Vrijdag 3 April and Tweede Paasdag 6 April do not count): 1 April → 14 April.
    [gro, 'beeindiging', '2026-04-01', '2026-04-14'],
    // 001 §6.4: 1 week on a refusal, 3 weeks on a termination.
    [b6, 'weigering', '2026-03-02', '2026-03-09'],
    [b6, 'beeindiging', '2026-03-02', '2026-03-23'],
    // Ends on Eerste Kerstdag 2026 → Monday 28 December (Atw).
    [b6, 'weigering', '2026-12-18', '2026-12-28'],
    [vgz, 'beeindiging', '2026-12-04', '2026-12-28'],
    // 002: 3 weeks.
    [vgz, 'beeindiging', '2026-03-02', '2026-03-23'],
  ];
  for (const [r, procedure, received, due] of CASES) {
    test(`${r.id} ${procedure} received ${received}: due ${due}`, () => {
      assert.equal(decisionTerm(r, procedure, received, [], received)?.deadline, due);
    });
  }
  test('a regime or procedure without a funder’s decision has no term; the objection term is the regime’s', () => {
    assert.equal(decisionTerm(onl, 'beeindiging', '2026-03-02', [], '2026-03-02'), undefined);
    assert.equal(decisionTerm(vgz, 'opschorting', '2026-03-02', [], '2026-03-02'), undefined);
    assert.equal(objectionRule(b6, 'beeindiging')?.term.amount, 6);
    assert.equal(objectionRule(gro, 'beeindiging'), undefined);
  });
  test('the issue’s example: a question stops the clock, and the sentence says how', () => {
    const term = decisionTerm(vgz, 'beeindiging', '2026-03-02', [{ asked: '2026-03-10', answered: '2026-03-17' }], '2026-03-18')!;
    assert.equal(term.deadline, '2026-03-30');
    assert.equal(term.suspendedDays, 7);
    assert.equal(term.explanation, '3 weken na 2 maart = 23 maart; vraag op 10 maart, antwoord op 17 maart, 7 dagen opgeschort: nieuwe termijn 30 maart');
  });
  test('an open question: the deadline moves on each day until the answer', () => {
    const open = (asOf: string) => decisionTerm(vgz, 'beeindiging', '2026-03-02', [{ asked: '2026-03-10', answered: null }], asOf)!;
    assert.equal(open('2026-03-12').deadline, '2026-03-25');
    assert.equal(open('2026-03-12').suspended, true);
    assert.equal(open('2026-03-12').explanation, '3 weken na 2 maart = 23 maart; vraag op 10 maart, nog niet beantwoord: de termijn staat stil sinds 11 maart (vraag open)');
  });
  test('a term the Atw extends says so, in the words of the case’s deadline overview', () => {
    const term = decisionTerm(vgz, 'beeindiging', '2026-12-04', [], '2026-12-04')!;
    assert.equal(term.explanation, term.base.explanation);
    assert.match(term.explanation, /Eerste Kerstdag.*verlengd tot maandag 28 december 2026/);
  });
  test('working days move by the working days of the suspension', () => {
    // 7 working days from Monday 2 March = 11 March; a question Thursday 5 → Tuesday 10 stops Fri 6, Mon 9, Tue 10 (3 working days).
    const term = decisionTerm(gro, 'beeindiging', '2026-03-02', [{ asked: '2026-03-05', answered: '2026-03-10' }], '2026-03-11')!;
    assert.equal(term.deadline, '2026-03-16');
  });
  test('overlapping questions suspend each day once', () => {
    const qs: QuestionSpan[] = [{ asked: '2026-03-10', answered: '2026-03-17' }, { asked: '2026-03-12', answered: '2026-03-19' }];
    const term = decisionTerm(vgz, 'beeindiging', '2026-03-02', qs, '2026-03-20')!;
    assert.equal(term.suspendedDays, 9);
    assert.equal(term.deadline, '2026-04-01');
    assert.match(term.explanation, /samen 9 dagen opgeschort, nieuwe termijn 1 april$/);
  });
  test('a regime that switches suspension off keeps its term', () => {
    const off: Regime = { ...vgz, funder: { ...vgz.funder!, suspension: { onQuestion: false, basis: 'uit' } } };
    assert.equal(decisionTerm(off, 'beeindiging', '2026-03-02', [{ asked: '2026-03-10', answered: '2026-03-17' }], '2026-03-18')!.deadline, '2026-03-23');
  });
  test('the standstill the overview shows: only while the request waits for an answer, by its oldest open question, and only where the regime suspends', () => {
    const waiting = { state: 'information-requested', funderName: 'Coöperatie VGZ' } as const;
    const questions = [{ askedOn: '2026-03-12' }, { askedOn: '2026-03-10' }];
    const standstill = decisionStandstill(vgz, waiting, questions);
    assert.deepEqual(standstill, { funderName: 'Coöperatie VGZ', askedOn: '2026-03-10' });
    assert.equal(standstillText(standstill!), 'Staat stil: vraag van Coöperatie VGZ op 10 maart 2026, wacht op antwoord.');
    assert.equal(decisionStandstill(vgz, { ...waiting, state: 'withdrawn' }, questions), undefined);
    assert.equal(decisionStandstill(vgz, waiting, []), undefined);
    const off: Regime = { ...vgz, funder: { ...vgz.funder!, suspension: { onQuestion: false, basis: 'uit' } } };
    assert.equal(decisionStandstill(off, waiting, questions), undefined);
    // Asked on or before the last day, the term cannot lapse while it stands still; asked after, it had.
    assert.deepEqual([heldBeforeDue('2026-03-10', '2026-03-23'), heldBeforeDue('2026-03-23', '2026-03-23'), heldBeforeDue('2026-03-24', '2026-03-23')], [true, true, false]);
  });
  test('properties: a suspension never shortens the term, and a longer one never ends earlier', () => {
    const day = fc.integer({ min: 0, max: 700 }).map((n) => addDays('2026-01-01', n));
    fc.assert(
      fc.property(fc.constantFrom(gro, b6, vgz), day, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 10 }), (r, received, after, length, more) => {
        const asked = addDays(received, after);
        const without = decisionTerm(r, 'beeindiging', received, [], received)!;
        const short = decisionTerm(r, 'beeindiging', received, [{ asked, answered: addDays(asked, length) }], addDays(asked, 90))!;
        const long = decisionTerm(r, 'beeindiging', received, [{ asked, answered: addDays(asked, length + more) }], addDays(asked, 90))!;
        assert.ok(compareDates(short.deadline, without.deadline) >= 0);
        assert.ok(compareDates(long.deadline, short.deadline) >= 0);
        assert.equal(short.suspendedDays, length);
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe('the funder’s checklist', () => {
  const facts = (over: Partial<RequestFacts> = {}): RequestFacts => ({ procedure: 'beeindiging', hearings: [], medicalAdvice: null, noOtherProvider: false, deadline: '2026-03-23', asOf: '2026-03-05', ...over });
  const draft = (over: Partial<DecisionDraft> = {}): DecisionDraft => ({
    outcome: 'accepted',
    decidedOn: '2026-03-20',
    reasons: 'Gegrond.',
    conditions: null,
    continuity: 'Thuiszorg Oost neemt over.',
    igjPointed: true,
    pgbOffered: false,
    referredToAccess: false,
    ...over,
  });
  const statuses = (r: Regime, f: RequestFacts, d?: DecisionDraft) => Object.fromEntries(evaluateDuties(r, f, d).map((x) => [x.id, x.status]));

  test('VGZ: wederhoor, medical advice, IGJ pointer, PGB offer, term, reasons and continuity', () => {
    assert.deepEqual(statuses(vgz, facts({ noOtherProvider: true })), {
      'vgz-funder-hearing': 'missing',
      'vgz-funder-medical-advice': 'missing',
      'vgz-funder-igj': 'at-decision',
      'vgz-funder-pgb': 'at-decision',
      'vgz-funder-term': 'at-decision',
      'vgz-funder-reasons': 'at-decision',
      'vgz-funder-continuity': 'at-decision',
    });
    const done = facts({ hearings: [{ with: 'client', heldOn: '2026-03-10' }], medicalAdvice: { wellFounded: true, reasoning: 'Onveilig voor personeel.' }, noOtherProvider: true });
    assert.equal(statuses(vgz, done, draft())['vgz-funder-pgb'], 'missing');
    assert.ok(Object.values(statuses(vgz, done, draft({ pgbOffered: true }))).every((s) => s === 'met'));
    assert.equal(statuses(vgz, done, draft({ decidedOn: '2026-03-24', pgbOffered: true }))['vgz-funder-term'], 'missing');
  });
  test('before the deadline the term is still to keep; after it, missing; the decision judges the rest', () => {
    const term = (f: RequestFacts, d?: DecisionDraft) => evaluateDuties(vgz, f, d).find((x) => x.id === 'vgz-funder-term')!;
    assert.equal(term(facts()).status, 'at-decision');
    assert.doesNotMatch(term(facts()).text, /voorbij/);
    assert.match(term(facts()).text, /^Bij het besluit/);
    assert.equal(term(facts({ asOf: '2026-03-24' })).status, 'missing');
    assert.equal(term(facts({ asOf: '2026-03-30' }), draft()).status, 'met');
  });
  test('the PGB offer applies only when the provider showed that no other provider can be found (002)', () => {
    assert.equal(statuses(vgz, facts(), draft())['vgz-funder-pgb'], 'not-applicable');
    assert.equal(statuses(vgz, facts())['vgz-funder-pgb'], 'not-applicable');
    assert.equal(statuses(vgz, facts({ noOtherProvider: true }), draft())['vgz-funder-pgb'], 'missing');
  });
  test('VGZ: an acceptance against the medical adviser’s "niet gegrond" needs a recorded reason (002)', () => {
    const judged = facts({ hearings: [{ with: 'client', heldOn: '2026-03-10' }], medicalAdvice: { wellFounded: false, reasoning: 'Geen medische grond.' } });
    const advice = evaluateDuties(vgz, judged).find((x) => x.id === 'vgz-funder-medical-advice')!;
    assert.match(advice.text, /niet gegrond/);
    assert.throws(() => checkDecision(vgz, judged, draft(), null), (e: ConflictError) => e.issues.some((i) => /niet gegrond/.test(i.message)));
    assert.deepEqual(checkDecision(vgz, judged, draft(), 'Veiligheid personeel weegt zwaarder.').map((d) => d.id), ['vgz-funder-medical-advice']);
    assert.deepEqual(checkDecision(vgz, judged, draft({ outcome: 'rejected', continuity: null }), null), []);
  });
  test('Groningen: a rejection refers to the toegangsmedewerker (5A), an acceptance for the final end date (5B)', () => {
    const s = statuses(gro, facts(), draft({ outcome: 'rejected', referredToAccess: true, continuity: null }));
    assert.deepEqual([s['gro-funder-referral-rejected'], s['gro-funder-referral-accepted'], s['gro-funder-continuity']], ['met', 'not-applicable', 'not-applicable']);
    assert.equal(statuses(gro, facts(), draft({ outcome: 'accepted-with-conditions', conditions: null, referredToAccess: true }))['gro-funder-toetsen'], 'missing');
  });
  test('Bijlage 6: wederhoor on both procedures; the term duty of the procedure only', () => {
    assert.deepEqual(Object.keys(statuses(b6, facts({ procedure: 'weigering' }))), ['b6-funder-hearing', 'b6-funder-refusal-term', 'b6-funder-reasons', 'b6-funder-continuity']);
  });
  test('a decision is recorded only when every duty is met, or with a reason', () => {
    assert.throws(() => checkDecision(vgz, facts(), draft(), null), (e: ConflictError) => e.issues.length === 2 && e.issues.every((i) => i.path === '$.overrideReason') && /Wederhoor/.test(e.message));
    assert.throws(() => checkDecision(vgz, facts(), draft(), '   '), ConflictError);
    assert.deepEqual(checkDecision(vgz, facts(), draft(), 'Cliënt onbereikbaar na drie pogingen.').map((d) => d.id), ['vgz-funder-hearing', 'vgz-funder-medical-advice']);
    assert.deepEqual(checkDecision(b6, facts({ hearings: [{ with: 'representative', heldOn: '2026-03-05' }] }), draft(), null), []);
  });
});

describe('whether a request may be submitted', () => {
  const doc = (regimeId: RegimeId, entries: Entry[] = [], procedure: Procedure = 'beeindiging') => namedDossier(regimeId, procedure, entries);
  const decision = (outcome: 'accepted' | 'rejected', id = 'e9'): Entry => ({ id, type: 'funder-decision', date: '2026-03-20', outcome, reasons: 'x' });
  test('no funder decides (ONL): refused with a proper sentence', () => {
    assert.match(submitRefusal(doc('onl-wmo'), []) ?? '', /^Voor deze procedure vraagt het protocol geen besluit van een financier/);
  });
  test('a closed case, a pending request, an objection, an acceptance: refused', () => {
    assert.match(submitRefusal(doc('groningen-wmo', [{ id: 'e1', type: 'stop-message', date: '2026-04-01' }]), []) ?? '', /afgerond/);
    assert.match(submitRefusal(doc('vgz-wijkverpleging'), [{ state: 'information-requested', decision: null }]) ?? '', /nog niet is besloten/);
    assert.match(submitRefusal(doc('gemeente-bijlage6', [decision('rejected')]), [{ state: 'objection', decision: 'rejected' }]) ?? '', /bezwaar/);
    assert.match(submitRefusal(doc('vgz-wijkverpleging', [decision('accepted')]), [{ state: 'decided', decision: 'accepted' }]) ?? '', /al akkoord/);
    // An imported dossier with the funder's acceptance and no request in Zorgvuldig.
    assert.match(submitRefusal(doc('gemeente-bijlage6', [decision('accepted')]), []) ?? '', /al akkoord/);
  });
  test('after a rejection or a withdrawal a new request may go', () => {
    assert.equal(submitRefusal(doc('gemeente-bijlage6', [decision('rejected')]), [{ state: 'decided', decision: 'rejected' }]), undefined);
    assert.equal(submitRefusal(doc('gemeente-bijlage6'), [{ state: 'withdrawn', decision: null }]), undefined);
    // An objection decided in favour of the provider (the last decision) is an acceptance.
    assert.match(submitRefusal(doc('gemeente-bijlage6', [decision('rejected', 'e8'), decision('accepted')]), [{ state: 'closed', decision: 'rejected' }]) ?? '', /al akkoord/);
  });
});

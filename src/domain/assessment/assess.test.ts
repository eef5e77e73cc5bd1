// The engine's contract: unsupported procedures rejected with a typed error, corrected entries
// counted in their corrected form, deterministic answers without the clock, deadlines computed
// per the regime's counting, and a protocol the engine has never seen run from data alone.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DossierDocument } from '../dossier/types.ts';
import { InvalidInputError } from '../errors.ts';
import { findRegime } from '../protocols/registry.ts';
import type { Regime } from '../protocols/types.ts';
import { assess, assessAgainst, UnsupportedProcedureError } from './assess.ts';
import { dossier, entry as e } from './test-support.ts';

function regime(id: string): Regime {
  const found = findRegime(id);
  assert.ok(found);
  return found;
}

const vgzTermination = dossier('vgz-wijkverpleging', 'beeindiging', [
  e.incident('i1', '2025-01-06', 'broken-trust'),
  e.consultation('c1', '2025-01-10', 'huisarts'),
  e.alternative('a1', '2025-01-22', 'other-provider'),
  e.weighing('wg', '2025-01-27'),
  e.conditionAssessment('ca', '2025-01-27', 'no'),
  e.warning('w1', '2025-01-20', { written: false }),
  e.notice('n1', '2025-01-28', 'intent', { complaintRoute: true }),
  e.notice('n2', '2025-01-28', 'funder-notified'),
  e.gpInformed('g0', '2025-01-29'),
]);

describe('unsupported procedures', () => {
  test('a procedure the regime does not offer is rejected, naming the field procedure', () => {
    for (const [regimeId, procedure] of [
      ['groningen-wmo', 'weigering'],
      ['groningen-wmo', 'opschorting'],
      ['gemeente-bijlage6', 'beeindiging-onmiddellijk'],
      ['vgz-wijkverpleging', 'weigering'],
      ['onl-wmo', 'opschorting'],
    ] as const) {
      assert.throws(
        () => assess(dossier(regimeId, procedure, []), '2025-01-01'),
        (error: unknown) => {
          assert.ok(error instanceof UnsupportedProcedureError);
          assert.ok(error instanceof InvalidInputError, 'the CLI and HTTP layers map it to exit 2 / HTTP 400');
          assert.equal(error.field, 'procedure');
          assert.deepEqual(error.issues.map((i) => i.path), ['$.procedure']);
          assert.match(error.message, new RegExp(`"${procedure}" niet aan`));
          return true;
        },
      );
    }
  });

  test('an unknown regime is rejected, naming the field regime', () => {
    const doc = { ...dossier('onl-wmo', 'beeindiging', []), regime: 'zilveren-kruis' } as unknown as DossierDocument;
    assert.throws(
      () => assess(doc, '2025-01-01'),
      (error: unknown) => error instanceof UnsupportedProcedureError && error.field === 'regime' && /zilveren-kruis/.test(error.message),
    );
  });

  test('an impossible asOf is invalid input', () => {
    assert.throws(() => assess(vgzTermination, '2025-02-30'), InvalidInputError);
  });
});

describe('corrections', () => {
  test('a spoken warning corrected into a written one counts, in its corrected form', () => {
    const before = assess(vgzTermination, '2025-01-30');
    assert.equal(before.requirements.find((r) => r.id === 'vgz-termination-warning')?.status, 'missing');

    const corrected = {
      ...vgzTermination,
      entries: [...vgzTermination.entries, { ...e.warning('w1-fix', '2025-01-20'), corrects: 'w1' }],
    };
    const after = assess(corrected, '2025-01-30');
    const warning = after.requirements.find((r) => r.id === 'vgz-termination-warning');
    assert.deepEqual({ status: warning?.status, evidence: warning?.evidence }, { status: 'met', evidence: ['w1-fix'] });
    assert.equal(after.canSubmit, true);
  });

  test('a written warning corrected into a spoken one no longer counts', () => {
    const written = { ...vgzTermination, entries: vgzTermination.entries.map((x) => (x.id === 'w1' ? { ...x, written: true } : x)) };
    assert.equal(assess(written, '2025-01-30').canSubmit, true);
    const retracted = {
      ...written,
      entries: [...written.entries, { ...e.warning('w1-fix', '2025-01-20', { written: false }), corrects: 'w1' }],
    };
    const result = assess(retracted, '2025-01-30');
    // Without a written warning the announcement of the termination has no warnings to follow.
    assert.deepEqual(result.blockers, ['vgz-termination-warning', 'vgz-intent-notice']);
  });
});

describe('purity', () => {
  const cases = [
    vgzTermination,
    dossier('onl-wmo', 'beeindiging', [
      e.invoice('inv1', '2025-03-31', '2025-04-30'),
      e.incident('i1', '2025-05-06', 'non-payment'),
      e.notice('fn', '2025-05-07', 'final-notice'),
    ]),
    dossier('gemeente-bijlage6', 'weigering', [e.request('r1', '2025-04-04'), e.decision('d1', '2025-04-10', 'rejected')], {
      careStarted: null,
    }),
  ];

  test('the same document and date give the same, JSON-serialisable answer, and the input is left alone', () => {
    for (const doc of cases) {
      const snapshot = structuredClone(doc);
      const first = assess(doc, '2025-05-20');
      const second = assess(doc, '2025-05-20');
      assert.deepEqual(second, first);
      assert.deepEqual(JSON.parse(JSON.stringify(first)), first);
      assert.deepEqual(doc, snapshot);
    }
  });

  test('the clock is never read', () => {
    const RealDate = globalThis.Date;
    class NoClock extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) throw new Error('assess read the clock (new Date())');
        super(...(args as [number]));
      }
      static override now(): number {
        throw new Error('assess read the clock (Date.now())');
      }
    }
    const expected = cases.map((doc) => assess(doc, '2025-05-20'));
    globalThis.Date = NoClock as DateConstructor;
    try {
      assert.deepEqual(
        cases.map((doc) => assess(doc, '2025-05-20')),
        expected,
      );
    } finally {
      globalThis.Date = RealDate;
    }
  });

  test('the answer moves with asOf only', () => {
    const [doc] = cases;
    assert.ok(doc);
    const early = assess(doc, '2025-01-30');
    const late = assess(doc, '2026-01-30');
    assert.equal(early.asOf, '2025-01-30');
    assert.deepEqual({ ...late, asOf: early.asOf }, early);
  });
});

describe('deadlines', () => {
  test('a term ending on a holiday weekend runs to the next working day (Atw)', () => {
    // Three weeks after Saturday 5 April 2025 is Saturday 26 April, Koningsdag: on to Monday 28 April.
    const doc = dossier('gemeente-bijlage6', 'beeindiging', [e.request('r1', '2025-04-05')]);
    const [decision] = assess(doc, '2025-04-10').deadlines;
    assert.equal(decision?.id, 'b6-deadline-termination-decision');
    assert.equal(decision?.date, '2025-04-28');
    assert.equal(decision?.counting, 'atw');
    assert.match(decision?.explanation ?? '', /Koningsdag/);
    assert.equal(decision?.rule, 'Besluit gemeente over de zorgbeëindiging: 3 weken na ontvangst van het verzoek');
    assert.equal(decision?.state, 'open');
  });

  test('a term counted plainly keeps the nominal date; the objection term still moves under the Atw', () => {
    const base = regime('gemeente-bijlage6');
    const plain: Regime = {
      ...base,
      deadlines: base.deadlines.map((d) =>
        d.id === 'b6-deadline-termination-decision' ? { ...d, counting: { counting: 'plain', reason: 'Gewone kalendertelling.' } } : d,
      ),
    };
    const doc = dossier('gemeente-bijlage6', 'beeindiging', [
      e.request('r1', '2025-04-05'),
      // Six weeks after 5 April 2025 is Saturday 17 May: the objection term still moves to Monday.
      e.decision('d1', '2025-04-05', 'accepted'),
    ]);
    const [decision, objection] = assessAgainst(plain, doc, '2025-04-10').deadlines;
    assert.deepEqual([decision?.date, decision?.counting, decision?.countingReason], ['2025-04-26', 'plain', 'Gewone kalendertelling.']);
    assert.deepEqual([objection?.date, objection?.counting], ['2025-05-19', 'atw']);
  });

  test('a decision after the term does not meet it; an objection in time does', () => {
    const doc = dossier('gemeente-bijlage6', 'beeindiging', [
      e.request('r1', '2025-02-03'),
      e.decision('d1', '2025-03-03', 'rejected'),
      e.objection('o1', '2025-03-20'),
    ]);
    const states = Object.fromEntries(assess(doc, '2025-03-21').deadlines.map((d) => [d.id, d.state]));
    assert.deepEqual(states, { 'b6-deadline-termination-decision': 'overdue', 'b6-deadline-objection': 'met' });
  });

  test('each invoice has its own payment term, and each reminder its own term from its receipt', () => {
    const doc = dossier('onl-wmo', 'beeindiging', [
      e.invoice('a', '2025-01-31', '2025-03-02', '2025-02-20'),
      e.invoice('b', '2025-02-28', '2025-03-30'),
      e.paymentReminder('rb', '2025-04-01', 'b', '2025-04-02'),
      e.incident('i1', '2025-04-10', 'non-payment'),
    ]);
    const result = assess(doc, '2025-04-15');
    assert.deepEqual(
      result.deadlines.map((d) => [d.id, d.date, d.state, d.startEvent]),
      [
        // 30 days after 31 January is Sunday 2 March: on to Monday 3 March.
        ['onl-deadline-invoice-payment-a', '2025-03-03', 'met', 'a'],
        ['onl-deadline-invoice-payment-b', '2025-03-31', 'overdue', 'b'],
        // 14 days after the client received the reminder on 2 April.
        ['onl-deadline-payment-reminder-b', '2025-04-16', 'open', 'rb'],
        ['onl-deadline-plan-evaluation', '2024-09-01', 'overdue', 'careStarted'],
      ],
    );
  });

  test('no start event, no deadline', () => {
    assert.deepEqual(assess(dossier('onl-wmo', 'beeindiging', [], { careStarted: null }), '2025-01-01').deadlines, []);
  });
});

describe('a protocol the engine has never seen', () => {
  // A made-up insurer: one ground, a written warning at least two weeks before the request, a
  // decision within ten working days. Only data; the engine is not told anything about it.
  const seed = '002_6f6ad639bdc26f3d.txt';
  const fictional: Regime = {
    id: 'vgz-wijkverpleging',
    name: 'Fictieve zorgverzekeraar',
    funderKind: 'health-insurer',
    funderName: 'de zorgverzekeraar',
    procedures: ['beeindiging'],
    phases: [
      { id: 'preparation', blocking: true },
      { id: 'request', blocking: false, startsWith: { condition: { kind: 'entries', match: { type: 'funder-request' } }, pending: 'Later' } },
    ],
    grounds: [
      {
        id: 'fz-trust',
        label: 'verstoorde vertrouwensrelatie',
        codes: ['broken-trust'],
        procedures: ['beeindiging'],
        source: { seed, quote: 'Een onherstelbaar verstoorde vertrouwensrelatie' },
      },
    ],
    requirements: [
      {
        id: 'fz-ground',
        procedures: ['beeindiging'],
        phase: 'preparation',
        title: 'reden',
        check: { kind: 'ground' },
        texts: { met: 'Reden: {grounds}.', missing: 'Geen reden.' },
        source: { seed, quote: 'Een onherstelbaar verstoorde vertrouwensrelatie' },
      },
      {
        id: 'fz-warning',
        procedures: ['beeindiging'],
        phase: 'preparation',
        title: 'waarschuwing',
        check: { kind: 'entries', match: { type: 'warning', where: { written: { is: true } } }, before: { match: { type: 'funder-request' } } },
        texts: { met: 'Gewaarschuwd.', missing: 'Niet gewaarschuwd.', outOfOrder: 'Te laat gewaarschuwd.' },
        source: { seed, quote: 'tenminste eenmaal schriftelijk heeft gewaarschuwd dat de zorgverlening zal worden beëindigd' },
      },
      {
        id: 'fz-wederhoor',
        procedures: ['beeindiging'],
        phase: 'request',
        title: 'wederhoor',
        check: { kind: 'entries', match: { type: 'wederhoor' } },
        texts: { met: 'Gehoord.', missing: 'Nog niet gehoord.' },
        source: { seed, quote: 'Neemt contact op met de cliënt of diens wettelijk vertegenwoordiger voor wederhoor' },
      },
    ],
    deadlines: [
      {
        id: 'fz-deadline-decision',
        procedures: ['beeindiging'],
        label: 'Besluit',
        from: 'het verzoek',
        anchor: { kind: 'entry', match: { type: 'funder-request' }, occurrence: 'first' },
        term: { amount: 10, unit: 'working-days', direction: 'after' },
        counting: { counting: 'plain', reason: 'Werkdagen.' },
        satisfiedBy: { kind: 'entry', match: { type: 'funder-decision' } },
        source: { seed, quote: 'binnen 3 weken na ontvangst van het verzoek tot zorgbeëindiging' },
      },
    ],
    advice: [],
  };

  test('is assessed from its data alone', () => {
    const doc = dossier('vgz-wijkverpleging', 'beeindiging', [
      e.incident('i1', '2025-03-03', 'broken-trust'),
      e.request('r1', '2025-03-10'),
      e.warning('w1', '2025-03-11'),
    ]);
    const result = assessAgainst(fictional, doc, '2025-03-12');
    assert.deepEqual(
      result.requirements.map((r) => [r.id, r.status, r.evidence, r.text]),
      [
        ['fz-ground', 'met', ['i1'], 'Reden: verstoorde vertrouwensrelatie.'],
        ['fz-warning', 'missing', ['w1'], 'Te laat gewaarschuwd.'],
        ['fz-wederhoor', 'missing', [], 'Nog niet gehoord.'],
      ],
    );
    assert.deepEqual(result.blockers, ['fz-warning']);
    assert.deepEqual(
      result.deadlines.map((d) => [d.id, d.date, d.state, d.rule]),
      [['fz-deadline-decision', '2025-03-24', 'open', 'Besluit: 10 werkdagen na het verzoek']],
    );
  });
});

describe('warnings and notices dated before care started', () => {
  const termination = (careStarted: string) =>
    dossier('vgz-wijkverpleging', 'beeindiging', [e.incident('i1', '2025-01-06', 'broken-trust'), e.warning('w1', '2025-01-20')], { careStarted });

  test('do not count towards ending that care, and the checklist says why with its clause', () => {
    const warning = assess(termination('2025-01-25'), '2025-02-01').requirements.find((r) => r.id === 'vgz-termination-warning');
    assert.equal(warning?.status, 'missing');
    assert.deepEqual(warning?.notCounted?.entries, ['w1']);
    // The regime's own clause on the warning, not Bijlage 6 on every regime; the date in words (review finding 16).
    assert.equal(warning?.notCounted?.source.seed, '002_6f6ad639bdc26f3d.txt');
    assert.match(warning?.notCounted?.source.place ?? '', /^VGZ/);
    assert.match(warning?.text ?? '', /Item w1 ligt vóór de start van de zorg \(25 januari 2025\) en telt daarom niet mee/);
    const municipal = dossier('gemeente-bijlage6', 'beeindiging', [e.incident('i1', '2025-01-06', 'broken-trust'), e.warning('w1', '2025-01-20')], { careStarted: '2025-01-25' });
    const sources = assess(municipal, '2025-02-01').requirements.flatMap((r) => (r.notCounted === undefined ? [] : [r.notCounted.source.place]));
    assert.ok(sources.length > 0 && sources.every((place) => place?.startsWith('Bijlage 6')), String(sources));
  });

  test('count as before once care had started, and in a refusal, whose care has not started', () => {
    const warning = assess(termination('2025-01-20'), '2025-02-01').requirements.find((r) => r.id === 'vgz-termination-warning');
    assert.deepEqual([warning?.status, warning?.notCounted], ['met', undefined]);
    const refusal = dossier('gemeente-bijlage6', 'weigering', [e.notice('n1', '2025-01-10', 'decision')], { careStarted: '2025-03-01' });
    assert.ok(assess(refusal, '2025-02-01').requirements.every((r) => r.notCounted === undefined));
  });
});

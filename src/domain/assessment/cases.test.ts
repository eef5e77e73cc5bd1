// Whole cases per regime, told after the situations the seeds themselves describe: some reach the
// point where they may go to the funder, some do not, and the blockers say exactly why.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DossierDocument, Entry } from '../dossier/types.ts';
import { assess } from './assess.ts';
import { dossier, entry as e } from './test-support.ts';
import type { Assessment, DeadlineResult } from './types.ts';

function statusOf(result: Assessment, id: string) {
  return result.requirements.find((r) => r.id === id)?.status;
}

function deadline(result: Assessment, id: string): Pick<DeadlineResult, 'date' | 'state' | 'startEvent' | 'counting'> {
  const found = result.deadlines.find((d) => d.id === id);
  assert.ok(found, `no deadline ${id}`);
  return { date: found.date, state: found.state, startEvent: found.startEvent, counting: found.counting };
}

function withEntries(doc: DossierDocument, ...entries: Entry[]): DossierDocument {
  return { ...doc, entries: [...doc.entries, ...entries] };
}

describe('Gemeente Groningen (000)', () => {
  // 'Een client die structureel agressie of overlast gevend gedrag vertoond al dan niet veroorzaakt
  // door middelengebruik': warned twice, time-out and experttafel tried, toegang involved.
  const aggressionUnderInfluence = dossier('groningen-wmo', 'beeindiging', [
    e.incident('i1', '2025-01-13', 'aggression'),
    e.incident('i2', '2025-01-20', 'substance-use'),
    e.warning('w1', '2025-01-21'),
    e.consultation('t1', '2025-01-22', 'toegangsmedewerker', 'regioadviseur'),
    e.alternative('a1', '2025-02-03', 'time-out'),
    e.warning('w2', '2025-02-17'),
    e.alternative('a2', '2025-02-24', 'other-provider', { withClient: true }),
    e.conditionAssessment('c1', '2025-02-25', 'no'),
    e.weighing('g1', '2025-02-26'),
    e.notice('n1', '2025-03-03', 'funder-notified'),
  ]);

  test('structural aggression under influence, all steps taken: ready for the formulier zorg beëindiging', () => {
    const result = assess(aggressionUnderInfluence, '2025-03-04');
    assert.equal(result.canSubmit, true);
    assert.deepEqual(result.blockers, []);
    assert.equal(statusOf(result, 'gro-warnings-multiple'), 'met');
    assert.equal(statusOf(result, 'gro-warnings-shared'), 'not-applicable');
    assert.equal(statusOf(result, 'gro-stop-message'), 'not-applicable');
    assert.equal(
      result.requirements.find((r) => r.id === 'gro-request-form')?.text,
      'Pas bij het verzoek aan de gemeente: het formulier zorg beëindiging met motivatie en procedure.',
    );
    assert.deepEqual(result.nextSteps, [
      {
        text: 'Dien het verzoek zorg beëindiging nu in bij de gemeente met het ‘formulier zorg beëindiging’, met de motivatie en uw eigen procedure.',
        requirement: null,
      },
    ]);
    assert.deepEqual(result.deadlines, []);
  });

  test('after acceptance: the 307, the letter and the feedback to toegang are next; the 7 working days were kept', () => {
    const accepted = withEntries(aggressionUnderInfluence, e.request('r1', '2025-03-04'), e.decision('d1', '2025-03-12', 'accepted'));
    const result = assess(accepted, '2025-03-14');
    assert.equal(result.canSubmit, true);
    assert.deepEqual(
      result.nextSteps.map((s) => s.requirement),
      ['gro-decision-notice', 'gro-stop-message', 'gro-end-date-reported', 'gro-reasonable-notice'],
    );
    assert.deepEqual(deadline(result, 'gro-deadline-funder-decision'), {
      date: '2025-03-13',
      state: 'met',
      startEvent: 'r1',
      counting: 'working-days',
    });
    assert.equal(
      result.deadlines[0]?.rule,
      'Reactie gemeente (streeftermijn contractmanager): 7 werkdagen na ontvangst van het verzoek',
    );
  });

  test('one warning, and the client told only after the municipality: not submittable', () => {
    const hurried = dossier('groningen-wmo', 'beeindiging', [
      e.incident('i1', '2025-05-05', 'threat-intimidation'),
      e.warning('w1', '2025-05-06'),
      e.consultation('t1', '2025-05-07', 'toegangsmedewerker'),
      e.alternative('a1', '2025-05-12', 'experttafel'),
      e.alternative('a2', '2025-05-12', 'other-provider', { withClient: true }),
      e.conditionAssessment('c1', '2025-05-13', 'no'),
      e.weighing('g1', '2025-05-13'),
      e.request('r1', '2025-05-14'),
      e.notice('n1', '2025-05-15', 'funder-notified'),
    ]);
    const result = assess(hurried, '2025-05-20');
    assert.equal(result.canSubmit, false);
    assert.deepEqual(result.blockers, ['gro-warnings-multiple', 'gro-client-informed-before-request']);
    const order = result.requirements.find((r) => r.id === 'gro-client-informed-before-request');
    assert.deepEqual(order?.evidence, ['n1']);
    assert.match(order?.text ?? '', /vóórdat de gemeente het verzoek krijgt/);
    assert.deepEqual(deadline(result, 'gro-deadline-funder-decision'), {
      date: '2025-05-23',
      state: 'open',
      startEvent: 'r1',
      counting: 'working-days',
    });
  });

  test('immediate termination after a client is found with a prohibited weapon: submittable', () => {
    const weapon = dossier('groningen-wmo', 'beeindiging-onmiddellijk', [
      e.incident('i1', '2025-06-02', 'weapons', 'client', ['staff', 'residents']),
      e.consultation('t1', '2025-06-02', 'toegangsmedewerker'),
      e.conditionAssessment('c1', '2025-06-02', 'no'),
      e.weighing('g1', '2025-06-02'),
      e.notice('n1', '2025-06-03', 'funder-notified'),
    ]);
    const result = assess(weapon, '2025-06-03');
    assert.equal(result.canSubmit, true);
    assert.deepEqual(result.blockers, []);
    assert.equal(statusOf(result, 'gro-immediate-urgent-danger'), 'met');
  });

  test('immediate termination over a broken relationship of trust: not urgent, propose a time-out elsewhere', () => {
    const brokenTrust = dossier('groningen-wmo', 'beeindiging-onmiddellijk', [
      e.incident('i1', '2025-06-02', 'broken-trust'),
      e.consultation('t1', '2025-06-02', 'toegangsmedewerker'),
      e.conditionAssessment('c1', '2025-06-02', 'no'),
      e.weighing('g1', '2025-06-02'),
      e.notice('n1', '2025-06-03', 'funder-notified'),
    ]);
    const result = assess(brokenTrust, '2025-06-03');
    assert.equal(result.canSubmit, false);
    assert.deepEqual(result.blockers, ['gro-immediate-urgent-danger']);
    assert.equal(statusOf(result, 'gro-ground'), 'met');
    assert.deepEqual(
      result.nextSteps.map((s) => s.requirement),
      ['gro-immediate-urgent-danger', 'gro-immediate-urgent-danger'],
    );
    assert.match(result.nextSteps[1]?.text ?? '', /eerst een time-out elders/);
  });
});

describe('Gemeentelijk contract, Bijlage 6 (001)', () => {
  // §6.2: 'een instellingsvreemd ZZP toegewezen gekregen', refused before care starts.
  const unfamiliarZzp = dossier(
    'gemeente-bijlage6',
    'weigering',
    [
      e.incident('i1', '2025-06-02', 'unfamiliar-zzp', 'other'),
      e.consultation('s1', '2025-06-03', 'sociaal-team'),
      e.alternative('a1', '2025-06-04', 'other-provider'),
      e.notice('n1', '2025-06-05', 'intent'),
      { id: 'cp', type: 'continuity-proposal', date: '2025-06-05', text: 'Tot het besluit levert de huidige aanbieder.' },
    ],
    { careStarted: null },
  );

  test('refusing an instellingsvreemd ZZP before care starts: submittable', () => {
    const result = assess(unfamiliarZzp, '2025-06-05');
    assert.equal(result.canSubmit, true);
    assert.deepEqual(result.blockers, []);
    assert.match(result.requirements.find((r) => r.id === 'b6-refusal-ground')?.text ?? '', /instellingsvreemd ZZP/);
    assert.deepEqual(
      result.nextSteps.map((s) => s.requirement),
      [null],
    );
  });

  test('the municipality lets the one-week refusal term pass and has not heard the client', () => {
    const submitted = withEntries(unfamiliarZzp, e.request('r1', '2025-06-06', { continuityProposal: 'Tot het besluit levert de huidige aanbieder.' }));
    const result = assess(submitted, '2025-06-16');
    assert.deepEqual(deadline(result, 'b6-deadline-refusal-decision'), {
      date: '2025-06-13',
      state: 'overdue',
      startEvent: 'r1',
      counting: 'atw',
    });
    assert.deepEqual(
      result.nextSteps.map((s) => s.requirement),
      ['b6-wederhoor'],
    );
  });

  test('refusing care that has already started: not possible', () => {
    const started = withEntries({ ...unfamiliarZzp, careStarted: '2025-05-01' }, e.request('r1', '2025-06-06'));
    const result = assess(started, '2025-06-06');
    assert.equal(result.canSubmit, false);
    assert.deepEqual(result.blockers, ['b6-refusal-before-care']);
  });

  // §6.3: 'Hygiënische omstandigheden die ernstige gezondheidsrisico’s opleveren'.
  const hygiene = dossier(
    'gemeente-bijlage6',
    'beeindiging',
    [
      e.incident('i1', '2025-02-03', 'hygiene'),
      e.warning('w1', '2025-02-05', { shared: true }),
      e.consultation('s1', '2025-02-10', 'sociaal-team', 'huisarts'),
      e.alternative('a1', '2025-02-12', 'sociaal-wijkteam'),
      e.weighing('g1', '2025-02-17'),
      e.conditionAssessment('c1', '2025-02-17', 'no'),
      e.notice('n1', '2025-02-18', 'intent'),
      e.request('r1', '2025-02-19', { continuityProposal: 'Het eigen team blijft met beschermende middelen.' }),
      e.wederhoor('h1', '2025-02-26'),
      e.decision('d1', '2025-03-12', 'rejected'),
    ],
    { hasRepresentative: true },
  );

  test('hygiene endangering staff, rejected on the last day of the term: inform the client, objection open', () => {
    const result = assess(hygiene, '2025-03-20');
    assert.equal(result.canSubmit, true);
    assert.equal(statusOf(result, 'b6-repeated-warnings'), 'not-applicable');
    assert.deepEqual(
      result.nextSteps.map((s) => s.requirement),
      ['b6-client-informed-decision'],
    );
    assert.deepEqual(deadline(result, 'b6-deadline-termination-decision'), {
      date: '2025-03-12',
      state: 'met',
      startEvent: 'r1',
      counting: 'atw',
    });
    assert.deepEqual(deadline(result, 'b6-deadline-objection'), {
      date: '2025-04-23',
      state: 'open',
      startEvent: 'd1',
      counting: 'atw',
    });
  });

  test('missed appointments after one warning and without the sociaal team: not submittable', () => {
    const noShows = dossier('gemeente-bijlage6', 'beeindiging', [
      e.incident('i1', '2025-02-03', 'no-show'),
      e.warning('w1', '2025-02-05'),
      e.alternative('a1', '2025-02-12', 'other-team'),
      e.weighing('g1', '2025-02-17'),
      e.conditionAssessment('c1', '2025-02-17', 'no'),
      e.notice('n1', '2025-02-18', 'intent'),
      { id: 'cp', type: 'continuity-proposal', date: '2025-02-18', text: 'Het eigen team blijft tot het besluit.' },
    ]);
    const result = assess(noShows, '2025-02-20');
    assert.equal(result.canSubmit, false);
    assert.deepEqual(result.blockers, ['b6-repeated-warnings', 'b6-sociaal-team-consulted']);
  });
});

describe('VGZ wijkverpleging (002, 003)', () => {
  // 'Cliënten reageren bijvoorbeeld agressief en intimiderend naar de zorgverleners': help with
  // showering suspended for four weeks, agreed with the GP.
  const intimidation = dossier('vgz-wijkverpleging', 'opschorting', [
    e.incident('i1', '2025-03-03', 'threat-intimidation'),
    e.consultation('c1', '2025-03-04', 'huisarts'),
    e.gpInformed('g0', '2025-03-04'),
    e.warning('w1', '2025-03-05', { consequence: 'suspension' }),
    e.alternative('a1', '2025-03-06', 'coaching'),
    e.weighing('wg', '2025-03-07'),
    e.conditionAssessment('ca', '2025-03-07', 'no'),
    e.notice('n1', '2025-03-10', 'warning-of-suspension', { complaintRoute: true }),
    e.suspension('p1', '2025-03-11', '2025-03-17', '2025-04-14'),
  ]);

  test('intimidation of a nurse: non-necessary care may be suspended; contact the client a week before the end', () => {
    const result = assess(intimidation, '2025-03-12');
    assert.equal(result.canSubmit, true);
    assert.deepEqual(result.blockers, []);
    assert.equal(statusOf(result, 'vgz-repeated-warnings'), 'not-applicable');
    // Reporting to Zorgadvies is advice (002: not obliged); the suspension itself may start.
    assert.deepEqual(
      result.nextSteps.map((s) => s.requirement),
      ['vgz-suspension-melding', null],
    );
    assert.match(result.nextSteps[0]?.text ?? '', /^Aanbevolen: .*Zorgadvies en Bemiddeling/);
    assert.deepEqual(deadline(result, 'vgz-deadline-suspension-contact'), {
      date: '2025-04-07',
      state: 'open',
      startEvent: 'p1',
      counting: 'plain',
    });
  });

  test('the conversation about resuming care: met when held in time, overdue when not', () => {
    const held = withEntries(intimidation, e.notice('n2', '2025-04-07', 'decision', { written: false }));
    assert.equal(deadline(assess(held, '2025-04-08'), 'vgz-deadline-suspension-contact').state, 'met');
    assert.equal(deadline(assess(intimidation, '2025-04-08'), 'vgz-deadline-suspension-contact').state, 'overdue');
  });

  test('a period not agreed with the GP blocks the suspension; a missing complaint route is advice (002)', () => {
    const careless = {
      ...intimidation,
      entries: intimidation.entries.map((x) => {
        if (x.id === 'p1') return { ...x, agreedWithGp: false };
        if (x.id === 'n1') return { ...x, complaintRouteMentioned: false };
        return x;
      }),
    } as DossierDocument;
    const result = assess(careless, '2025-03-12');
    assert.equal(result.canSubmit, false);
    assert.deepEqual(result.blockers, ['vgz-suspension-period']);
    assert.equal(statusOf(result, 'vgz-suspension-complaint-route'), 'missing');
  });

  // 'zeer slechte hygiënische omstandigheden', rules not kept after written urging.
  const hygiene = (warnings: Entry[]) =>
    dossier('vgz-wijkverpleging', 'beeindiging', [
      e.incident('i1', '2025-01-06', 'hygiene'),
      ...warnings,
      e.consultation('c1', '2025-01-10', 'huisarts', 'casemanager'),
      e.alternative('a1', '2025-01-22', 'oggz'),
      e.weighing('wg', '2025-01-27'),
      e.conditionAssessment('ca', '2025-01-27', 'no'),
      e.notice('n1', '2025-01-28', 'intent', { complaintRoute: true }),
      e.notice('n2', '2025-01-28', 'funder-notified'),
      e.gpInformed('g0', '2025-01-29'),
    ]);
  const w1 = e.warning('w1', '2025-01-08');
  const w2 = e.warning('w2', '2025-01-20');

  test('hygiene after two written warnings: repeated enough for VGZ, submittable', () => {
    const result = assess(hygiene([w1, w2]), '2025-01-30');
    assert.equal(result.canSubmit, true);
    assert.deepEqual(result.blockers, []);
    const repeated = result.requirements.find((r) => r.id === 'vgz-repeated-warnings');
    assert.deepEqual(repeated?.evidence, ['w1', 'w2']);
    assert.match(repeated?.text ?? '', /niet meer dan 2 keer/);
    assert.deepEqual(
      result.nextSteps.map((s) => s.text),
      [
        'Meld de voorgenomen beëindiging nu bij VGZ met het formulier ‘Zorgopschorting en zorgbeëindiging’ en voeg het dossier toe; u blijft verantwoordelijk tot er een oplossing is.',
      ],
    );
  });

  test('a third warning is not required, and does no harm', () => {
    const result = assess(hygiene([w1, w2, e.warning('w3', '2025-01-24')]), '2025-01-30');
    assert.equal(result.canSubmit, true);
    assert.equal(statusOf(result, 'vgz-repeated-warnings'), 'met');
  });

  test('hygiene after a single warning: not yet repeated', () => {
    const result = assess(hygiene([w1]), '2025-01-30');
    assert.equal(result.canSubmit, false);
    assert.deepEqual(result.blockers, ['vgz-repeated-warnings']);
  });

  test('submitted, heard and decided: the final notice is next, objection term from the decision', () => {
    const decided = withEntries(
      hygiene([w1, w2]),
      e.request('r1', '2025-01-30'),
      e.wederhoor('h1', '2025-02-06'),
      e.decision('d1', '2025-02-24', 'accepted-with-conditions'),
    );
    const result = assess(decided, '2025-02-25');
    assert.deepEqual(
      result.nextSteps.map((s) => s.requirement),
      ['vgz-client-informed-decision', 'vgz-final-notice'],
    );
    assert.equal(statusOf(result, 'vgz-consent-before-transfer'), 'not-applicable');
    assert.deepEqual(deadline(result, 'vgz-deadline-decision'), {
      date: '2025-02-20',
      state: 'overdue',
      startEvent: 'r1',
      counting: 'atw',
    });
    assert.deepEqual(deadline(result, 'vgz-deadline-objection'), {
      date: '2025-04-07',
      state: 'open',
      startEvent: 'd1',
      counting: 'atw',
    });
  });
});

describe('Zorggroep ONL (004)', () => {
  // §7: two appointments missed without cancelling 48 hours ahead, then aggressive behaviour (§6).
  const noShowsThenAggression = dossier(
    'onl-wmo',
    'beeindiging',
    [
      e.invoice('inv1', '2025-03-31', '2025-04-30', '2025-04-20'),
      e.noShow('ns1', '2025-04-01'),
      e.noShow('ns2', '2025-04-08', 12),
      e.consultation('m1', '2025-04-09', 'toegangsmedewerker'),
      e.incident('i1', '2025-04-22', 'aggression'),
    ],
    { careStarted: '2024-10-01' },
  );

  test('aggression after two no-shows and contact with the municipality: the provider may give notice', () => {
    const result = assess(noShowsThenAggression, '2025-05-01');
    assert.equal(result.canSubmit, true);
    assert.deepEqual(result.blockers, []);
    assert.deepEqual(
      result.nextSteps.map((s) => s.text),
      ['U kunt de overeenkomst opzeggen; neem daarbij een opzegtermijn van ten minste een week in acht.'],
    );
    // No evaluation recorded since care started on 1 October: the first one was due on 1 April.
    assert.deepEqual(deadline(result, 'onl-deadline-plan-evaluation'), {
      date: '2025-04-01',
      state: 'overdue',
      startEvent: 'careStarted',
      counting: 'plain',
    });
    assert.deepEqual(deadline(result, 'onl-deadline-invoice-payment-inv1'), {
      date: '2025-04-30',
      state: 'met',
      startEvent: 'inv1',
      counting: 'atw',
    });
    // Paid within its term: no reminder, so no reminder term.
    assert.equal(result.deadlines.some((d) => d.id.startsWith('onl-deadline-payment-reminder')), false);
  });

  test('after the notice: at least a week before care ends, and the dossier is kept 15 years after', () => {
    const noticeGiven = withEntries(noShowsThenAggression, e.notice('fn', '2025-05-02', 'final-notice'));
    const result = assess(noticeGiven, '2025-05-05');
    assert.deepEqual(result.nextSteps, []);
    assert.deepEqual(deadline(result, 'onl-deadline-provider-notice'), {
      date: '2025-05-09',
      state: 'open',
      startEvent: 'fn',
      counting: 'atw',
    });
    assert.deepEqual(deadline(result, 'onl-deadline-retention'), {
      date: '2040-05-09',
      state: 'open',
      startEvent: 'fn',
      counting: 'plain',
    });
    assert.equal(deadline(assess(noticeGiven, '2025-05-09'), 'onl-deadline-provider-notice').state, 'met');
  });

  test("the client's own notice: the agreement ends 30 days later at the earliest, and the dossier is kept 15 years after", () => {
    // 2025-06-14 is a Saturday, 30 days after 15 May: the client's own notice ends on that calendar day.
    const clientNotice = withEntries(noShowsThenAggression, { id: 'cn', type: 'notice-by-client', date: '2025-05-15' });
    const result = assess(clientNotice, '2025-05-20');
    assert.deepEqual(deadline(result, 'onl-deadline-client-notice'), { date: '2025-06-14', state: 'open', startEvent: 'cn', counting: 'plain' });
    assert.deepEqual(deadline(result, 'onl-deadline-client-end-retention'), {
      date: '2040-06-14',
      state: 'open',
      startEvent: 'cn',
      counting: 'plain',
    });
    assert.equal(deadline(assess(clientNotice, '2025-06-14'), 'onl-deadline-client-notice').state, 'met');
  });

  test('each appointment: cancel at least 48 hours ahead; a later or no cancellation misses the term', () => {
    const withCancelledInTime = withEntries(noShowsThenAggression, e.noShow('ns3', '2025-04-15', 72));
    const result = assess(withCancelledInTime, '2025-05-05');
    assert.deepEqual(deadline(result, 'onl-deadline-cancellation-ns1'), {
      date: '2025-03-30',
      state: 'overdue',
      startEvent: 'ns1',
      counting: 'plain',
    });
    assert.equal(deadline(result, 'onl-deadline-cancellation-ns2').state, 'overdue');
    assert.deepEqual(deadline(result, 'onl-deadline-cancellation-ns3'), {
      date: '2025-04-13',
      state: 'met',
      startEvent: 'ns3',
      counting: 'plain',
    });
  });

  test('a request to destroy the dossier: within three months, overdue after', () => {
    const request = withEntries(noShowsThenAggression, { id: 'dr', type: 'destruction-request', date: '2025-05-15' });
    assert.deepEqual(deadline(assess(request, '2025-06-01'), 'onl-deadline-destruction'), {
      date: '2025-08-15',
      state: 'open',
      startEvent: 'dr',
      counting: 'plain',
    });
    assert.equal(deadline(assess(request, '2025-08-18'), 'onl-deadline-destruction').state, 'overdue');
  });

  test('two no-shows without contacting the municipality, and an unpaid invoice still within its reminder term', () => {
    const result = assess(
      dossier('onl-wmo', 'beeindiging', [
        e.invoice('inv1', '2025-03-31', '2025-04-30'),
        e.noShow('ns1', '2025-04-01'),
        e.noShow('ns2', '2025-04-08'),
        e.paymentReminder('pr1', '2025-05-01', 'inv1', '2025-05-02'),
        e.incident('i1', '2025-05-06', 'non-payment'),
      ]),
      '2025-05-06',
    );
    assert.equal(result.canSubmit, false);
    assert.deepEqual(result.blockers, ['onl-no-show-municipality', 'onl-non-payment-reminder-expired']);
    assert.equal(deadline(result, 'onl-deadline-invoice-payment-inv1').state, 'overdue');
    assert.equal(deadline(result, 'onl-deadline-payment-reminder-inv1').state, 'open');
  });
});

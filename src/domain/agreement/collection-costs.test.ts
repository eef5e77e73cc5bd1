import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { collectionCosts, collectionCostsChargeable } from './collection-costs.ts';

const costs = (principalCents: number) => collectionCosts(principalCents).costsCents;

describe('collectionCosts: the staffel of art. 2 Besluit vergoeding voor buitengerechtelijke incassokosten', () => {
  test('the minimum of € 40 up to where 15 % reaches it', () => {
    assert.equal(costs(1), 40_00);
    assert.equal(costs(100_00), 40_00);
    assert.equal(costs(266_66), 40_00); // 15 % is € 39,999
    assert.equal(costs(266_67), 40_00); // 15 % is € 40,0005: rounded down to € 40,00
    assert.equal(costs(266_74), 40_01); // 15 % is € 40,011
    assert.equal(collectionCosts(266_66).limitedBy, 'minimum');
    assert.equal(collectionCosts(266_67).limitedBy, null);
  });

  test('every band edge, and a cent on either side', () => {
    const expected: [number, number][] = [
      [2_499_99, 374_99], // 15 % of € 2499,99 = € 374,9985
      [2_500_00, 375_00], // end of band 1: 15 % of € 2500
      [2_500_01, 375_00], // + 10 % of € 0,01 = € 0,001
      [2_500_10, 375_01],
      [4_999_99, 624_99], // € 375 + 10 % of € 2499,99 = € 624,999
      [5_000_00, 625_00], // end of band 2: € 375 + € 250
      [5_000_01, 625_00],
      [5_000_20, 625_01], // + 5 % of € 0,20
      [9_999_99, 874_99],
      [10_000_00, 875_00], // end of band 3: € 625 + € 250
      [10_000_01, 875_00],
      [10_001_00, 875_01], // + 1 % of € 1
      [199_999_99, 2_774_99],
      [200_000_00, 2_775_00], // end of band 4: € 875 + € 1900
      [200_000_01, 2_775_00],
      [200_002_00, 2_775_01], // + 0,5 % of € 2
    ];
    for (const [principal, expectedCosts] of expected) assert.equal(costs(principal), expectedCosts, `principal ${principal}`);
  });

  test('the maximum of € 6775, reached at a principal of € 1.000.000', () => {
    assert.equal(costs(999_999_99), 6_774_99); // € 2775 + 0,5 % of € 799.999,99 = € 6774,99995
    assert.equal(costs(1_000_000_00), 6_775_00);
    assert.equal(collectionCosts(1_000_000_00).limitedBy, null);
    assert.equal(costs(1_000_000_01), 6_775_00); // € 6775,00005, rounded down: the staffel itself
    assert.equal(collectionCosts(1_000_000_01).limitedBy, null);
    assert.equal(costs(1_000_002_00), 6_775_00); // the staffel gives € 6775,01: capped
    assert.equal(collectionCosts(1_000_002_00).limitedBy, 'maximum');
    assert.equal(costs(99_999_999_999), 6_775_00);
  });

  test('the answer names its principal, statutes and clause', () => {
    const result = collectionCosts(2_500_00);
    assert.deepEqual(
      { principalCents: result.principalCents, costsCents: result.costsCents },
      { principalCents: 2_500_00, costsCents: 375_00 },
    );
    assert.ok(result.statutes.some((s) => s.startsWith('art. 2 lid 1 Besluit vergoeding voor buitengerechtelijke incassokosten')));
    assert.ok(result.statutes.includes('art. 6:96 lid 5 BW'));
    assert.match(result.source.quote, /Besluit vergoeding voor buitengerechtelijke incassokosten/);
  });

  test('no principal, or not a whole number of cents, is a programming error', () => {
    assert.throws(() => collectionCosts(0), RangeError);
    assert.throws(() => collectionCosts(-100), RangeError);
    assert.throws(() => collectionCosts(10.5), RangeError);
  });
});

describe('collectionCostsChargeable: the fourteen-day letter of art. 6:96 lid 6 BW', () => {
  test('fourteen days from the day after receipt; chargeable from the day after that', () => {
    // Received Tuesday 3 March 2026: the term runs 4 to 17 March (a Tuesday).
    const letter = { receivedOn: '2026-03-03', statesCosts: true };
    assert.equal(collectionCostsChargeable(letter, '2026-03-17').chargeable, false);
    const day = collectionCostsChargeable(letter, '2026-03-18');
    assert.equal(day.chargeable, true);
    assert.equal(day.paymentTermEnds, '2026-03-17');
    assert.equal(day.chargeableFrom, '2026-03-18');
    assert.equal(collectionCostsChargeable(letter, '2026-03-03').chargeable, false);
    assert.ok(day.statutes.includes('art. 6:96 lid 6 BW'));
  });

  test('a term ending on a weekend day or holiday runs to the next working day (Atw art. 1)', () => {
    // Received Saturday 21 March 2026: day 14 is Saturday 4 April; Easter follows (5 and 6 April),
    // so the client may pay until Tuesday 7 April.
    const letter = { receivedOn: '2026-03-21', statesCosts: true };
    const result = collectionCostsChargeable(letter, '2026-04-07');
    assert.equal(result.paymentTermEnds, '2026-04-07');
    assert.equal(result.chargeable, false);
    assert.equal(collectionCostsChargeable(letter, '2026-04-08').chargeable, true);
    assert.match(result.explanation, /Tweede Paasdag/);
  });

  test('a letter that does not name the costs never makes them chargeable', () => {
    const result = collectionCostsChargeable({ receivedOn: '2026-03-03', statesCosts: false }, '2027-01-01');
    assert.equal(result.chargeable, false);
    assert.equal(result.chargeableFrom, null);
    assert.match(result.explanation, /noemt de incassokosten niet/);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addDays, compareDates } from '../calendar/dates.ts';
import { issuesOf } from '../../../test/support/issues.ts';
import { STATUTORY_INTEREST_RATES, STATUTORY_INTEREST_TABLE_END } from './statutory-interest-rates.ts';
import { statutoryInterest, UnconfirmedRateError } from './statutory-interest.ts';

describe('the rate table', () => {
  test('rows are in date order, start on 1 January or 1 July, and each either has a Staatsblad source or says why not', () => {
    for (const [i, row] of STATUTORY_INTEREST_RATES.entries()) {
      assert.match(row.from, /^\d{4}-(01|07)-01$/);
      const next = STATUTORY_INTEREST_RATES[i + 1];
      if (next) assert.ok(compareDates(row.from, next.from) < 0, `${row.from} before ${next.from}`);
      if ('basisPoints' in row) {
        assert.ok(Number.isSafeInteger(row.basisPoints) && row.basisPoints > 0);
        assert.match(row.source, /^Stb\. \d{4}, \d+ \(Besluit van /);
      } else {
        assert.match(row.unconfirmed, /geen Staatsbladpublicatie gevonden/);
      }
    }
    assert.ok(compareDates(STATUTORY_INTEREST_RATES.at(-1)?.from ?? '', STATUTORY_INTEREST_TABLE_END) < 0);
  });

  test('the rates confirmed from the Staatsblad', () => {
    const confirmed = STATUTORY_INTEREST_RATES.flatMap((row) => ('basisPoints' in row ? [[row.from, row.basisPoints]] : []));
    assert.deepEqual(confirmed, [
      ['2015-01-01', 200],
      ['2023-01-01', 400],
      ['2023-07-01', 600],
      ['2024-01-01', 700],
    ]);
  });
});

describe('statutoryInterest', () => {
  test('a period across a rate change: each part at its own rate (art. 6:120 lid 1 BW)', () => {
    // € 1000 over 2023: 181 days at 4 % and 184 days at 6 %, of a 365-day interest year.
    const result = statutoryInterest(1000_00, '2023-01-01', '2023-12-31');
    assert.equal(result.interestCents, 50_08); // € 19,836 + € 30,247 = € 50,0821
    assert.deepEqual(
      result.periods.map((p) => [p.from, p.to, p.days, p.basisPoints, p.baseCents]),
      [
        ['2023-01-01', '2023-06-30', 181, 400, 1000_00],
        ['2023-07-01', '2023-12-31', 184, 600, 1000_00],
      ],
    );
    assert.match(result.periods[0]?.source ?? '', /^Stb\. 2022, 520/);
    assert.match(result.periods[1]?.source ?? '', /^Stb\. 2023, 235/);
    assert.deepEqual(result.years, [{ from: '2023-01-01', to: '2023-12-31', yearDays: 365, interestCents: 50_08, capitalised: true }]);
  });

  test('after each interest year the interest is added to the amount (art. 6:119 lid 2 BW)', () => {
    // Year 1 (2023) gives € 50,08; year 2 runs on € 1050,08 at 7 %: € 73,5056.
    const result = statutoryInterest(1000_00, '2023-01-01', '2024-12-31');
    assert.equal(result.interestCents, 50_08 + 73_50);
    assert.deepEqual(
      result.years.map((y) => [y.from, y.to, y.yearDays, y.interestCents, y.capitalised]),
      [
        ['2023-01-01', '2023-12-31', 365, 50_08, true],
        ['2024-01-01', '2024-12-31', 366, 73_50, true],
      ],
    );
    assert.equal(result.periods.at(-1)?.baseCents, 1050_08);
    // Simple interest would have given € 50,08 + € 70,00.
    assert.notEqual(result.interestCents, 50_08 + 70_00);
  });

  test('interest years run from the first day of default, not from 1 January, across rate changes and a leap day', () => {
    // € 2500 from 15 March 2023: the first interest year ends 14 March 2024 and holds 29 February
    // (366 days), with three rates in it; the second starts on € 2500 + € 140,30.
    const result = statutoryInterest(2500_00, '2023-03-15', '2024-06-30');
    assert.deepEqual(
      result.periods.map((p) => [p.from, p.to, p.days, p.basisPoints, p.baseCents]),
      [
        ['2023-03-15', '2023-06-30', 108, 400, 2500_00],
        ['2023-07-01', '2023-12-31', 184, 600, 2500_00],
        ['2024-01-01', '2024-03-14', 74, 700, 2500_00],
        ['2024-03-15', '2024-06-30', 108, 700, 2640_30],
      ],
    );
    assert.deepEqual(
      result.years.map((y) => [y.from, y.to, y.yearDays, y.interestCents, y.capitalised]),
      [
        ['2023-03-15', '2024-03-14', 366, 140_30, true], // 250000 × (400×108 + 600×184 + 700×74) / (10000 × 366) = 14030,05
        ['2024-03-15', '2024-06-30', 365, 54_68, false], // 264030 × 700 × 108 / (10000 × 365) = 5468,68
      ],
    );
    assert.equal(result.interestCents, 194_98);
  });

  test('a whole interest year gives exactly the yearly rate, leap year or not', () => {
    // Eight years at 2 %, two of them with 29 February: every year is exactly 2 % of its amount.
    const result = statutoryInterest(1000_00, '2015-01-01', '2022-12-31');
    assert.deepEqual(
      result.years.map((y) => [y.yearDays, y.interestCents]),
      [
        [365, 20_00],
        [366, 20_40],
        [365, 20_80], // 2 % of € 1040,40 = € 20,808
        [365, 21_22], // 2 % of € 1061,20 = € 21,224
        [365, 21_64], // 2 % of € 1082,42
        [366, 22_08], // 2 % of € 1104,06
        [365, 22_52], // 2 % of € 1126,14
        [365, 22_97], // 2 % of € 1148,66
      ],
    );
    assert.equal(result.interestCents, 171_63);
    assert.equal(result.periods.length, 8);
  });

  test('one day is 1/365 of the year, or 1/366 in an interest year with 29 February', () => {
    assert.equal(statutoryInterest(3650_00, '2023-01-01', '2023-01-01').interestCents, 40); // 4 % / 365
    assert.equal(statutoryInterest(3660_00, '2024-01-01', '2024-01-01').interestCents, 70); // 7 % / 366
    assert.equal(statutoryInterest(3650_00, '2023-01-01', '2023-01-02').interestCents, 80);
  });

  test('an interest year starting on 29 February ends on 28 February', () => {
    const result = statutoryInterest(1000_00, '2024-02-29', '2024-12-31');
    assert.deepEqual(result.years, [{ from: '2024-02-29', to: '2024-12-31', yearDays: 365, interestCents: 58_87, capitalised: false }]);
  });

  test('fractions of a cent are dropped once per interest year, never per day', () => {
    // € 0,01 for a year at 4 %/6 %: 0,05 cent, so nothing; € 1 for 30 days at 7 %: 0,575 cent.
    assert.equal(statutoryInterest(1, '2023-01-01', '2023-12-31').interestCents, 0);
    assert.equal(statutoryInterest(1_00, '2024-01-01', '2024-01-30').interestCents, 0);
    assert.equal(statutoryInterest(1000_00, '2024-01-01', '2024-01-30').interestCents, 5_73); // € 5,7377
  });

  test('refuses a period with an unconfirmed rate, naming that period', () => {
    assert.throws(
      () => statutoryInterest(1000_00, '2024-12-01', '2025-01-15'),
      (error: unknown) =>
        error instanceof UnconfirmedRateError &&
        error.message ===
          'De wettelijke rente voor 1 januari 2025 t/m 30 juni 2025 is niet bevestigd uit het Staatsblad (geen Staatsbladpublicatie gevonden (secundaire bronnen noemen 6 %)); er wordt niet met een onbevestigd percentage gerekend.' &&
          error.period.from === '2025-01-01' &&
          error.period.to === '2025-06-30',
    );
    assert.throws(
      () => statutoryInterest(1000_00, '2025-08-01', '2025-08-31'),
      (error: unknown) => error instanceof UnconfirmedRateError && /1 juli 2025 t\/m 31 december 2025/.test(error.message),
    );
    assert.throws(
      () => statutoryInterest(1000_00, '2026-07-01', '2026-12-31'),
      (error: unknown) => error instanceof UnconfirmedRateError && /1 juli 2026 t\/m 31 december 2026/.test(error.message),
    );
  });

  test('refuses days outside the table', () => {
    assert.throws(
      () => statutoryInterest(1000_00, '2014-12-31', '2015-01-10'),
      (error: unknown) => error instanceof UnconfirmedRateError && /vóór 1 januari 2015/.test(error.message),
    );
    assert.throws(
      () => statutoryInterest(1000_00, '2027-02-01', '2027-03-01'),
      (error: unknown) => error instanceof UnconfirmedRateError && /vanaf 1 januari 2027/.test(error.message) && error.period.to === null,
    );
    // The last confirmed day is fine.
    assert.ok(statutoryInterest(1000_00, '2024-12-31', '2024-12-31'));
    assert.throws(() => statutoryInterest(1000_00, '2024-12-31', addDays('2024-12-31', 1)), UnconfirmedRateError);
  });

  test('bad input names its field', () => {
    const issues = (fn: () => unknown) => issuesOf(fn).map((i) => `${i.path}: ${i.message}`);
    assert.deepEqual(
      issues(() => statutoryInterest(1000_00, '2024-02-10', '2024-02-09')),
      ['$.to: ligt vóór $.from; de rente loopt van de eerste tot en met de laatste dag'],
    );
    assert.deepEqual(
      issues(() => statutoryInterest(0, '2024-02-30', 'gisteren', { principal: 'BEDRAG', from: '--from', to: '--to' })),
      [
        'BEDRAG: moet een bedrag groter dan nul zijn',
        '--from: is geen geldige datum; gebruik JJJJ-MM-DD',
        '--to: is geen geldige datum; gebruik JJJJ-MM-DD',
      ],
    );
  });

  test('cites the statutes and the seed', () => {
    const result = statutoryInterest(1000_00, '2024-01-01', '2024-01-31');
    assert.deepEqual(result.statutes, ['art. 6:119 lid 1 BW', 'art. 6:119 lid 2 BW', 'art. 6:120 lid 1 BW']);
    assert.equal(result.source.quote, 'De rente is gelijk aan de wettelijke rente');
  });
});

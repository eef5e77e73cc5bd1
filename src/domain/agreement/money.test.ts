import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { issuesOf } from '../../../test/support/issues.ts';
import { formatEuro, parseEuroAmount, roundDownToCent } from './money.ts';

function refusal(text: string): string {
  const issues = issuesOf(() => parseEuroAmount(text, 'BEDRAG'));
  assert.deepEqual(
    issues.map((i) => i.path),
    ['BEDRAG'],
  );
  return issues[0]?.message ?? '';
}

describe('parseEuroAmount', () => {
  test('reads euros and cents exactly, without floating point', () => {
    assert.equal(parseEuroAmount('2500.00', 'x'), 250_000);
    assert.equal(parseEuroAmount('2500', 'x'), 250_000);
    assert.equal(parseEuroAmount('2500.5', 'x'), 250_050);
    assert.equal(parseEuroAmount('0.01', 'x'), 1);
    assert.equal(parseEuroAmount('0.29', 'x'), 29); // 0.29 * 100 is 28.999999999999996 in floating point
    assert.equal(parseEuroAmount('1.15', 'x'), 115); // and 1.15 * 100 is 114.99999999999999
    assert.equal(parseEuroAmount('999999999.99', 'x'), 99_999_999_999);
    assert.equal(parseEuroAmount('0.00', 'x'), 0);
  });

  test('refuses what is not an amount, saying why in Dutch', () => {
    assert.match(refusal(''), /^ontbreekt; schrijf het bedrag in euro met een punt voor de centen, zoals 2500\.00$/);
    assert.match(refusal('2500,00'), /gebruik een punt als decimaalteken/);
    assert.match(refusal('2.500,00'), /gebruik een punt als decimaalteken/);
    assert.match(refusal('2.500'), /meer dan twee cijfers achter de punt/);
    assert.match(refusal('12.345'), /meer dan twee cijfers achter de punt/);
    assert.match(refusal('-5.00'), /kan niet negatief zijn/);
    assert.match(refusal(' 5.00'), /bevat spaties/);
    assert.match(refusal('1000000000.00'), /is te groot/);
    for (const text of ['€ 5', '5.', '.50', '+5', '1e3', '5.0.0', 'abc', '0x10', '٣.٠٠']) {
      assert.match(refusal(text), /^(is geen bedrag|bevat spaties)/, text);
    }
  });
});

test('roundDownToCent drops any fraction of a cent', () => {
  assert.equal(roundDownToCent(39_999n, 1000n), 39);
  assert.equal(roundDownToCent(40_000n, 1000n), 40);
  assert.throws(() => roundDownToCent(-1n, 10n), RangeError);
  assert.throws(() => roundDownToCent(1n, 0n), RangeError);
});

test('formatEuro writes amounts the Dutch way', () => {
  assert.equal(formatEuro(0), '€ 0,00');
  assert.equal(formatEuro(5), '€ 0,05');
  assert.equal(formatEuro(4000), '€ 40,00');
  assert.equal(formatEuro(677_500), '€ 6.775,00');
  assert.equal(formatEuro(123_456_789), '€ 1.234.567,89');
  assert.throws(() => formatEuro(1.5), RangeError);
});

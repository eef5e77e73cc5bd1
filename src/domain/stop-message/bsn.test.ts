import assert from 'node:assert/strict';
import { test } from 'node:test';
import { passesElevenTest } from './bsn.ts';

test('the eleven-test accepts valid BSNs', () => {
  for (const bsn of ['999900006', '999993653', '111222333', '123456782']) assert.equal(passesElevenTest(bsn), true, bsn);
});

test('the eleven-test rejects a wrong check digit, a wrong length, letters and zeros', () => {
  for (const bsn of ['999900007', '123456789', '12345678', '1234567820', '12345678a', '000000000', '']) {
    assert.equal(passesElevenTest(bsn), false, bsn);
  }
});

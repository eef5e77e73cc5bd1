import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ACCOUNT_RULE, ADDRESS_RULE, blockAfter } from './throttle.ts';

test('free failures, then a wait that doubles with each failure, never longer than the cap', () => {
  const waits = Array.from({ length: 12 }, (_, i) => blockAfter(i + 1, ACCOUNT_RULE) / 60_000);
  assert.deepEqual(waits, [0, 0, 0, 0, 1, 2, 4, 8, 15, 15, 15, 15]);
  assert.equal(blockAfter(29, ADDRESS_RULE), 0);
  assert.equal(blockAfter(30, ADDRESS_RULE), 60_000);
});

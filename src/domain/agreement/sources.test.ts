// Every seed quote of the care agreement is found verbatim in seed 004, so a reader of a clause
// can find the code that applies it by searching for the quote.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseSeedText, seedHolds, seedsAbsent } from '../../../test/support/seeds.ts';
import { MUNICIPAL_RULES } from './municipal-rules.ts';
import { SEED_004 } from './sources.ts';

test('every seed 004 quote of the care agreement is found verbatim in its seed', { skip: seedsAbsent }, () => {
  const sources = [...Object.entries(SEED_004), ...MUNICIPAL_RULES.map((rule) => [rule.id, rule.source] as const)];
  assert.ok(sources.length > 30);
  for (const [id, source] of sources) {
    assert.equal(source.seed, '004_d9920a75818a7854.txt', `${id}: seed file`);
    const quote = normaliseSeedText(source.quote);
    assert.ok(quote.length >= 20, `${id}: quote too short to mean anything`);
    assert.ok(seedHolds(source.seed, quote), `${id}: quote not in ${source.seed}: "${source.quote}"`);
  }
});

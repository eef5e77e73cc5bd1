import assert from 'node:assert/strict';
import { test } from 'node:test';
import { careLawOf, parseCareLaw, retentionOf } from './rights.ts';

// Decision 0031: under Bijlage 6 the law of the care sets the retention term.

test('a Bijlage 6 file is kept 15 years under the Wmo, 20 under the Jeugdwet, 20 when the law is not known', () => {
  assert.equal(retentionOf('gemeente-bijlage6', 'wmo').years, 15);
  assert.equal(retentionOf('gemeente-bijlage6', 'jeugdwet').years, 20);
  assert.match(retentionOf('gemeente-bijlage6', 'jeugdwet').source, /Jeugdwet, artikel 7\.3\.8/);
  assert.equal(retentionOf('gemeente-bijlage6', null).years, 20);
  assert.equal(retentionOf('onl-wmo', null).years, 15);
  assert.equal(retentionOf('vgz-wijkverpleging', null).years, 20);
});

test('the law of a case: what was stated, else its allocation, else unknown', () => {
  assert.equal(careLawOf({ careLaw: 'wmo', allocation: { law: 'wmo' } }), 'wmo');
  assert.equal(careLawOf({ careLaw: null, allocation: { law: 'jeugdwet' } }), 'jeugdwet');
  assert.equal(careLawOf({ careLaw: null }), null);
});

test('the stated law is asked under Bijlage 6 only, and must agree with the allocation', () => {
  assert.equal(parseCareLaw('jeugdwet', { regime: 'gemeente-bijlage6' }), 'jeugdwet');
  assert.equal(parseCareLaw(undefined, { regime: 'gemeente-bijlage6' }), null);
  assert.deepEqual(parseCareLaw('zvw', { regime: 'gemeente-bijlage6' }), { path: '$.careLaw', message: 'kies "wmo" of "jeugdwet"' });
  assert.equal((parseCareLaw('wmo', { regime: 'onl-wmo' }) as { path: string }).path, '$.careLaw');
  assert.equal((parseCareLaw('wmo', { regime: 'gemeente-bijlage6', allocation: { law: 'jeugdwet' } }) as { path: string }).path, '$.careLaw');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../../test/support/processes.ts';

test('collection-costs prints the principal and the costs in cents and exits 0', async () => {
  // The staffel itself is tested at every band edge in src/domain/agreement/collection-costs.test.ts.
  const edge = await runCli(['collection-costs', '2500.00'], {});
  assert.deepEqual(edge, { code: 0, stdout: '{\n  "principalCents": 250000,\n  "costsCents": 37500\n}\n', stderr: '' });
});

test('collection-costs exits 2 naming BEDRAG and why, in Dutch, for an amount that is not one', async () => {
  const [comma, negative] = await Promise.all([runCli(['collection-costs', '2.500,00'], {}), runCli(['collection-costs', '-5.00'], {})]);
  assert.equal(comma.code, 2);
  assert.equal(comma.stdout, '');
  assert.equal(
    comma.stderr,
    'Ongeldige invoer; er is niets gewijzigd.\n  BEDRAG: gebruik een punt als decimaalteken en geen scheidingsteken voor duizendtallen; schrijf het bedrag in euro met een punt voor de centen, zoals 2500.00\n',
  );
  assert.equal(negative.code, 2);
  assert.match(negative.stderr, /BEDRAG: een bedrag kan niet negatief zijn/);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../../test/support/processes.ts';

test('statutory-interest prints the interest in cents and its periods with rate and Staatsblad source, and exits 0', async () => {
  const { code, stdout, stderr } = await runCli(['statutory-interest', '1000.00', '--from', '2023-01-01', '--to', '2024-12-31'], {});
  assert.equal(stderr, '');
  assert.equal(code, 0);
  assert.deepEqual(JSON.parse(stdout), {
    interestCents: 12358, // € 50,08 in 2023, added to the principal; then 7 % of € 1050,08 in 2024
    periods: [
      { from: '2023-01-01', to: '2023-06-30', rate: 4, source: 'Stb. 2022, 520 (Besluit van 15 december 2022, Besluit vaststelling wettelijke rente)' },
      { from: '2023-07-01', to: '2023-12-31', rate: 6, source: 'Stb. 2023, 235 (Besluit van 29 juni 2023, aanpassing wettelijke rente)' },
      { from: '2024-01-01', to: '2024-12-31', rate: 7, source: 'Stb. 2023, 484 (Besluit van 20 december 2023, aanpassing wettelijke rente)' },
    ],
  });
});

test('statutory-interest refuses a period without a confirmed rate with exit 1, naming the period', async () => {
  const { code, stdout, stderr } = await runCli(['statutory-interest', '1000.00', '--from', '2024-12-01', '--to', '2025-01-15'], {});
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /^De wettelijke rente voor 1 januari 2025 t\/m 30 juni 2025 is niet bevestigd uit het Staatsblad/);
});

test('statutory-interest exits 2 naming the argument and why, in Dutch', async () => {
  const [order, missing] = await Promise.all([
    runCli(['statutory-interest', '1000.00', '--from', '2024-02-10', '--to', '2024-02-09'], {}),
    runCli(['statutory-interest', '1000,00', '--from', '10-02-2024'], {}),
  ]);
  assert.deepEqual(order, {
    code: 2,
    stdout: '',
    stderr: 'Ongeldige invoer; er is niets gewijzigd.\n  --to: ligt vóór --from; de rente loopt van de eerste tot en met de laatste dag\n',
  });
  assert.deepEqual(missing, {
    code: 2,
    stdout: '',
    stderr:
      'Ongeldige invoer; er is niets gewijzigd.\n  BEDRAG: gebruik een punt als decimaalteken en geen scheidingsteken voor duizendtallen; schrijf het bedrag in euro met een punt voor de centen, zoals 2500.00\n  --to: ontbreekt; geef een datum als JJJJ-MM-DD\n',
  });
});

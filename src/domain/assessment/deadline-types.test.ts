import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEADLINE_TYPES, deadlineTypeOf, FUNDER_DECISION_TYPES, WAITING_TERM_TYPES } from './deadline-types.ts';

test('a stored deadline id names exactly one rule: no rule id is another rule id plus a suffix', () => {
  const ids = DEADLINE_TYPES.map((t) => t.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const a of ids) for (const b of ids) assert.ok(a === b || !b.startsWith(`${a}-`), `${b} extends ${a}`);
  assert.equal(deadlineTypeOf('onl-deadline-invoice-payment-f7')?.id, 'onl-deadline-invoice-payment');
  assert.equal(deadlineTypeOf('onl-deadline-payment-reminder-invoice-payment')?.id, 'onl-deadline-payment-reminder');
  assert.equal(deadlineTypeOf('vgz-deadline-decision')?.id, 'vgz-deadline-decision');
  assert.equal(deadlineTypeOf('vgz-deadline'), undefined);
});

test('the funder owes the decisions; notice and retention are waiting terms', () => {
  assert.deepEqual([...FUNDER_DECISION_TYPES].sort(), [
    'b6-deadline-refusal-decision',
    'b6-deadline-termination-decision',
    'gro-deadline-funder-decision',
    'vgz-deadline-decision',
  ]);
  assert.deepEqual([...WAITING_TERM_TYPES].sort(), [
    'onl-deadline-cancellation',
    'onl-deadline-client-end-retention',
    'onl-deadline-client-notice',
    'onl-deadline-provider-notice',
    'onl-deadline-retention',
  ]);
});

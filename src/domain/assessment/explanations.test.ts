// A deadline's explanation is its date's explanation followed by why it is counted so (decision
// 0003). The two are written apart, so they can say the same thing twice; a reader then stumbles.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { computeTerm } from '../calendar/terms.ts';
import type { DossierDocument } from '../dossier/types.ts';
import { regimes } from '../protocols/registry.ts';
import { assess } from './assess.ts';
import { deadlineExplanation } from './deadlines.ts';

const EXAMPLES = new URL('../../../examples/', import.meta.url);

/** A sentence without its label ('Werkdagen: …'), so the same statement under two labels counts as one. */
function statements(text: string): string[] {
  return text
    .split(/(?<=[.;])\s+/)
    .map((s) => s.replace(/^[^:]{1,40}:\s*/, '').replace(/[.;]$/, '').trim().toLowerCase())
    .filter((s) => s !== '');
}

function assertNoRepetition(text: string): void {
  const seen = new Set<string>();
  for (const s of statements(text)) {
    assert.ok(!seen.has(s), `repeated: "${s}" in: ${text}`);
    seen.add(s);
  }
}

test('the explanation of every deadline of the examples says nothing twice', () => {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 4);
  let count = 0;
  for (const file of files) {
    const doc = JSON.parse(readFileSync(new URL(file, EXAMPLES), 'utf8')) as DossierDocument;
    for (const deadline of assess(doc, '2026-12-04').deadlines) {
      assertNoRepetition(deadlineExplanation(deadline));
      count += 1;
    }
  }
  assert.ok(count > 0);
});

test("the explanation of every regime's deadline rule says nothing twice, also when the Atw extends it", () => {
  // 18 December 2026 is a Friday before Christmas: weeks and days land on holidays and weekends.
  for (const regime of regimes) {
    for (const rule of regime.deadlines) {
      for (const event of ['2026-12-18', '2026-03-02', '2026-12-24'] as const) {
        const term = computeTerm(event, rule.term, rule.counting.counting);
        assertNoRepetition(deadlineExplanation({ explanation: term.explanation, countingReason: rule.counting.reason }));
      }
    }
  }
});

test('the check finds a repetition under another label', () => {
  assert.throws(() => assertNoRepetition('Alleen werkdagen geteld: dit telt niet. Werkdagen: dit telt niet.'));
});

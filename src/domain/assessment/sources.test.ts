// Every rule of every regime cites its clause verbatim, and the regime data is well formed: the
// engine trusts both, so they are checked here rather than at run time.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normaliseSeedText, seedHolds, seedsAbsent, SOURCE_NAMES } from '../../../test/support/seeds.ts';
import { PROCEDURES } from '../dossier/types.ts';
import { findRegime, regimes } from '../protocols/registry.ts';
import type { Condition, Regime, SourceRef } from '../protocols/types.ts';

function sourcesOf(regime: Regime): { id: string; source: SourceRef }[] {
  return [...regime.grounds, ...regime.requirements, ...regime.deadlines, ...regime.advice, ...(regime.funder?.duties ?? [])];
}

/** Every clause a regime cites: each rule's own, and the related clauses shown beside a requirement. */
function quotesOf(regime: Regime): { id: string; source: SourceRef }[] {
  const related = regime.requirements.flatMap((r) => (r.related?.sources ?? []).map((source) => ({ id: `${r.id} (related)`, source })));
  return [...sourcesOf(regime), ...related];
}

function groundRefs(condition: Condition): string[] {
  if (condition.kind === 'ground') return [...condition.grounds];
  if (condition.kind === 'not') return groundRefs(condition.condition);
  if (condition.kind === 'all' || condition.kind === 'any') return condition.conditions.flatMap(groundRefs);
  return [];
}

describe('regime sources', { skip: seedsAbsent }, () => {
  for (const regime of regimes) {
    test(`${regime.id}: every quote is found verbatim in its seed`, () => {
      for (const { id, source } of quotesOf(regime)) {
        assert.match(source.seed, /^\d{3}_[0-9a-f]{16}\.txt$/, `${id}: seed file name`);
        assert.ok(normaliseSeedText(source.quote).length >= 20, `${id}: quote too short to mean anything`);
        assert.ok(seedHolds(source.seed, source.quote), `${id}: quote not in ${source.seed}: "${source.quote}"`);
      }
    });
  }
});

describe('places of the clauses', () => {
  for (const regime of regimes) {
    test(`${regime.id}: every clause names its place in its source`, () => {
      for (const { id, source } of quotesOf(regime)) {
        const name = SOURCE_NAMES[source.seed];
        assert.ok(name !== undefined && source.place?.startsWith(name), `${id}: place "${source.place}" is not in ${source.seed}`);
        assert.ok((source.place?.length ?? 0) > name.length, `${id}: the place names only the source`);
      }
    });
  }
});

describe('regime data', () => {
  test('regimes are found by id and nothing else', () => {
    for (const regime of regimes) assert.equal(findRegime(regime.id), regime);
    assert.equal(findRegime('onbekend'), undefined);
  });

  test('the offered procedures', () => {
    const offered = Object.fromEntries(regimes.map((r) => [r.id, [...r.procedures]]));
    assert.deepEqual(offered, {
      'groningen-wmo': ['beeindiging', 'beeindiging-onmiddellijk'],
      'gemeente-bijlage6': ['weigering', 'beeindiging'],
      'vgz-wijkverpleging': ['opschorting', 'beeindiging'],
      'onl-wmo': ['beeindiging'],
    });
  });

  const prefixes = new Set<string>();
  for (const regime of regimes) {
    test(`${regime.id}: ids are unique, kebab-case and share one prefix of their own`, () => {
      const ids = sourcesOf(regime).map((r) => r.id);
      assert.equal(new Set(ids).size, ids.length, 'duplicate id');
      const prefix = ids[0]?.split('-')[0] ?? '';
      assert.ok(!prefixes.has(prefix), `prefix ${prefix} used by another regime`);
      prefixes.add(prefix);
      for (const id of ids) {
        assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)+$/, `${id} is not kebab-case`);
        assert.ok(id.startsWith(`${prefix}-`), `${id} does not start with ${prefix}-`);
      }
      for (const d of regime.deadlines) assert.ok(d.id.startsWith(`${prefix}-deadline-`), `${d.id}: deadline ids say so`);
    });

    test(`${regime.id}: every reference points at something that exists`, () => {
      const phases = new Set(regime.phases.map((p) => p.id));
      const grounds = new Set(regime.grounds.map((g) => g.id));
      const requirements = new Set(regime.requirements.map((r) => r.id));
      const [first, ...later] = regime.phases;
      assert.ok(first !== undefined && first.startsWith === undefined && first.blocking, 'the first phase runs from the start and blocks');
      for (const phase of later) assert.ok(phase.startsWith !== undefined && !phase.blocking, `${phase.id}: later phases start on an entry`);
      const conditions: Condition[] = [
        ...regime.phases.flatMap((p) => (p.startsWith ? [p.startsWith.condition] : [])),
        ...regime.requirements.flatMap((r) => (r.when ? [r.when.condition] : [])),
        ...regime.advice.flatMap((a) => (a.trigger.kind === 'condition' ? [a.trigger.condition] : [])),
      ];
      for (const ref of conditions.flatMap(groundRefs)) assert.ok(grounds.has(ref), `unknown ground ${ref}`);
      for (const rule of regime.requirements) {
        assert.ok(phases.has(rule.phase), `${rule.id}: unknown phase ${rule.phase}`);
        if (rule.check.kind === 'deadline') {
          const target = rule.check.deadline;
          assert.ok(regime.deadlines.some((d) => d.id === target), `${rule.id}: unknown deadline ${target}`);
        }
        if (rule.check.kind === 'entries' && (rule.check.before || rule.check.after || rule.check.withinDays !== undefined)) {
          assert.ok(rule.texts.outOfOrder, `${rule.id}: an ordered check explains a wrong order`);
        }
        if (rule.texts.incomplete !== undefined) {
          assert.ok(rule.check.kind === 'entries' && !Array.isArray(rule.check.match), `${rule.id}: an incomplete text needs one entry match`);
        }
        if (rule.related !== undefined) assert.ok(rule.related.sources.length > 0 && rule.related.note.length > 0, `${rule.id}: related clauses say how`);
      }
      regime.deadlines.forEach((d, i) => {
        if (d.anchor.kind !== 'deadline') return;
        const target = d.anchor.deadline;
        assert.ok(regime.deadlines.slice(0, i).some((e) => e.id === target), `${d.id}: chains onto an earlier deadline`);
      });
      for (const a of regime.advice) {
        if (a.trigger.kind === 'requirement-missing') assert.ok(requirements.has(a.trigger.requirement), `${a.id}: unknown requirement`);
      }
    });

    test(`${regime.id}: rules name only procedures the regime offers, and each procedure has a ground`, () => {
      for (const rule of [...regime.grounds, ...regime.requirements, ...regime.deadlines, ...regime.advice]) {
        assert.ok(rule.procedures.length > 0, `${rule.id}: no procedure`);
        for (const p of rule.procedures) assert.ok(regime.procedures.includes(p), `${rule.id}: ${p} not offered`);
      }
      for (const p of regime.procedures) {
        assert.ok(PROCEDURES.includes(p));
        assert.ok(regime.grounds.some((g) => g.procedures.includes(p)), `${p}: no grounds`);
        assert.ok(regime.requirements.some((r) => r.procedures.includes(p) && r.check.kind === 'ground'), `${p}: ground not required`);
      }
    });
  }
});

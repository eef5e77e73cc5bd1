import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findRegime, regimes } from '../protocols/registry.ts';
import type { EntryMatch, Regime } from '../protocols/types.ts';
import { assess } from './assess.ts';
import { entryTemplateFor, pendingSteps } from './tasks.ts';
import { dossier, entry as e } from './test-support.ts';

const regime = (id: string): Regime => findRegime(id) as Regime;
const template = (regimeId: string, requirement: string) => {
  const r = regime(regimeId);
  return entryTemplateFor(r, r.requirements.find((rule) => rule.id === requirement)!);
};

describe('the entry a task opens', () => {
  test('names the type and fills in what the rule asks: the party, the consequence, the kind of notice', () => {
    assert.deepEqual(template('groningen-wmo', 'gro-consequence-stated'), { type: 'warning', values: { written: true, consequence: 'termination' } });
    assert.deepEqual(template('groningen-wmo', 'gro-warnings-shared'), { type: 'warning', values: { written: true, sharedWithRepresentative: true } });
    assert.equal(template('groningen-wmo', 'gro-ground')?.type, 'incident');
    const consultation = regime('vgz-wijkverpleging').requirements.find((r) => r.check.kind === 'entries' && !Array.isArray(r.check.match) && (r.check.match as EntryMatch).type === 'consultation');
    assert.ok(consultation);
    const opened = entryTemplateFor(regime('vgz-wijkverpleging'), consultation);
    assert.equal(opened?.type, 'consultation');
    assert.ok(Array.isArray(opened?.values.with) && (opened.values.with as string[]).length > 0, 'the party is filled in');
  });

  test('every rule that an entry satisfies opens a form for an entry type with every value its match fixes', () => {
    for (const r of regimes) {
      for (const rule of r.requirements) {
        const opened = entryTemplateFor(r, rule);
        if (rule.check.kind === 'entries') {
          const match = [rule.check.match].flat()[0] as EntryMatch;
          assert.equal(opened?.type, match.type, rule.id);
          for (const [field, fieldTest] of Object.entries(match.where ?? {})) {
            const fixes = ['is', 'in', 'includesAny', 'includesAll'].some((k) => k in (fieldTest as object));
            assert.equal(field in (opened?.values ?? {}), fixes, `${rule.id}.${field}`);
          }
        }
        if (rule.check.kind === 'none' || rule.check.kind === 'care-not-started') assert.equal(opened, null, rule.id);
      }
    }
  });
});

describe('pending steps', () => {
  const requested = dossier('vgz-wijkverpleging', 'beeindiging', [e.incident('i1', '2025-01-06', 'broken-trust'), e.request('r1', '2025-03-10')]);

  const texts = (steps: ReturnType<typeof pendingSteps>) => steps.map((s) => s.text);

  test('after the request: wait for the funder’s decision until its date; once past it, chase it as a task', () => {
    const vgz = regime('vgz-wijkverpleging');
    assert.deepEqual(texts(pendingSteps(vgz, assess(requested, '2025-03-12'))).filter((s) => s.includes('besluit')), ['Wacht op het besluit van VGZ: uiterlijk 31 maart 2025.']);
    const late = pendingSteps(vgz, assess(requested, '2025-04-02')).filter((s) => s.text.includes('besluit'));
    assert.deepEqual(late, [{ text: 'Het besluit van VGZ is te laat (uiterlijk 31 maart 2025): neem contact op met VGZ.', state: 'overdue', todo: null }]);
  });

  test('a term that has run reads as run: the provider’s own step a task with its form, an objection term expired, never waiting (review finding 15)', () => {
    const vgz = regime('vgz-wijkverpleging');
    const suspended = dossier('vgz-wijkverpleging', 'opschorting', [e.incident('i1', '2025-01-06', 'broken-trust'), e.suspension('s1', '2025-02-01', '2025-02-03', '2025-03-03')]);
    const contact = pendingSteps(vgz, assess(suspended, '2025-03-01')).find((s) => s.text.includes('hervatten'));
    assert.deepEqual(contact, {
      text: 'Te laat, de termijn liep tot 24 februari 2025: Gesprek met de cliënt over hervatten van de zorg: 1 week voor het einde van de opschorting.',
      state: 'overdue',
      todo: { type: 'client-notice', values: { kind: 'decision' } },
    });
    const rejected = dossier('vgz-wijkverpleging', 'beeindiging', [e.incident('i1', '2025-01-06', 'broken-trust'), e.request('r1', '2025-03-10'), e.decision('d1', '2025-03-20', 'rejected')]);
    const objection = pendingSteps(vgz, assess(rejected, '2025-06-01')).find((s) => s.text.includes('Bezwaar'));
    assert.equal(objection?.state, 'overdue');
    assert.equal(objection?.todo, undefined);
    assert.match(objection?.text ?? '', /^Termijn verstreken op /);
  });
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { issuesOf } from '../../../test/support/issues.ts';
import type { DossierDocument } from '../dossier/types.ts';
import { availableLetters, draftLetter, editLetter, letterEntry } from './draft.ts';
import { noticeEnd } from './final-notice.ts';

const example = (name: string): DossierDocument =>
  JSON.parse(readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), 'utf8'));
const groningen = example('groningen-beeindiging');
const onl = example('onl-opzegging-wanbetaling');
const sender = { name: 'Zorggroep De Linde', address: 'Lindelaan 12, 9712 AB Groningen' };


test('each regime and procedure offers the letters its protocol asks for', () => {
  const kinds = (doc: Pick<DossierDocument, 'regime' | 'procedure'>) => availableLetters(doc).map((l) => l.kind);
  assert.deepEqual(kinds(groningen), ['warning', 'funder-notified', 'decision', 'final-notice', 'consent-request']);
  assert.deepEqual(kinds({ regime: 'groningen-wmo', procedure: 'beeindiging-onmiddellijk' }), ['funder-notified', 'decision', 'final-notice', 'consent-request']);
  assert.deepEqual(kinds({ regime: 'vgz-wijkverpleging', procedure: 'opschorting' }), ['warning', 'suspension-intent']);
  assert.deepEqual(kinds({ regime: 'vgz-wijkverpleging', procedure: 'beeindiging' }), [
    'warning', 'termination-intent', 'funder-notified', 'decision', 'final-notice', 'consent-request',
  ]);
  assert.deepEqual(kinds({ regime: 'gemeente-bijlage6', procedure: 'weigering' }), ['refusal-intent', 'decision']);
  assert.deepEqual(kinds(onl), ['final-notice', 'consent-request']);
});

test('a letter the regime does not ask for, an unknown kind and missing parameters are named', () => {
  assert.deepEqual(issuesOf(() => draftLetter('suspension-intent', { doc: groningen, sender, date: '2026-08-01' }, {})).map((i) => i.path), ['$.kind']);
  assert.deepEqual(issuesOf(() => draftLetter('brief', { doc: groningen, sender, date: '2026-08-01' }, {})).map((i) => i.path), ['$.kind']);
  assert.deepEqual(
    issuesOf(() => draftLetter('warning', { doc: groningen, sender, date: '2026-08-01' }, { incidents: ['e2', 'e4'], improveBy: '2026-08-01', consequence: 'x' })),
    [
      { path: '$.params.incidents[0]', message: 'geen incident uit dit dossier van vóór of op de datum van de brief' },
      { path: '$.params.requiredChange', message: 'verplicht veld ontbreekt of is leeg' },
      { path: '$.params.consequence', message: 'moet een van deze waarden zijn: suspension, termination' },
      { path: '$.params.improveBy', message: 'moet na de datum van de brief liggen: de cliënt krijgt tijd om te verbeteren' },
    ],
  );
});

test('the final notice ends after the recorded notice period, never before the decision’s end date, and ONL keeps its week', () => {
  // 26 Aug + the recorded 5 weeks = 30 Sep, the date the municipality decided.
  assert.equal(noticeEnd({ doc: groningen, sender, date: '2026-08-26' }).date, '2026-09-30');
  // 2 Sep + 5 weeks = 7 Oct, later than the decision's date.
  assert.equal(noticeEnd({ doc: groningen, sender, date: '2026-09-02' }).date, '2026-10-07');
  // ONL: one week, extended under the Atw when it ends on a Sunday (6 Sep 2026 → Monday 7 Sep).
  assert.equal(noticeEnd({ doc: onl, sender, date: '2026-08-30' }).date, '2026-09-07');
  const threeDays: DossierDocument = {
    ...onl,
    entries: [...onl.entries, { id: 'np', type: 'notice-period', date: '2026-09-01', amount: 3, unit: 'days', problemsAndDependence: 'x', stay: 'x', timeForAlternative: 'x' }],
  };
  assert.deepEqual(issuesOf(() => draftLetter('final-notice', { doc: threeDays, sender, date: '2026-09-10' }, {})), [
    { path: '$.kind', message: 'de opzegtermijn in het dossier (3 dagen) is korter dan 1 week, het minimum van de voorwaarden' },
  ]);
  const rejected: DossierDocument = {
    ...groningen,
    entries: groningen.entries.map((e) => (e.type === 'funder-decision' ? { ...e, outcome: 'rejected' as const } : e)),
  };
  assert.deepEqual(issuesOf(() => draftLetter('final-notice', { doc: rejected, sender, date: '2026-09-10' }, {})).map((i) => i.path), ['$.kind']);
});

test('an approved letter becomes the dossier entry of its kind; a consent request becomes none', () => {
  const params = { requiredChange: 'Geen dreiging meer.', improveBy: '2026-07-22', consequence: 'termination' };
  const before = { ...groningen, entries: groningen.entries.filter((x) => x.date <= '2026-07-08') };
  const warning = draftLetter('warning', { doc: before, sender, date: '2026-07-08' }, params);
  assert.deepEqual(warning.basis, ['e4']);
  assert.deepEqual(letterEntry(warning, params, before, 'L1'), {
    date: '2026-07-08',
    note: 'Brief "Schriftelijke waarschuwing" (L1).',
    type: 'warning',
    written: true,
    consequence: 'termination',
    sharedWithRepresentative: true,
    description:
      '15 juni 2026 — Bedreiging of intimidatie: Cliënt bedreigde een medewerker met geweld toen een afspraak werd verzet. Gevraagd: Geen dreiging meer. Te verbeteren uiterlijk 22 juli 2026.',
  });
  const notified = draftLetter('funder-notified', { doc: groningen, sender, date: '2026-08-10' }, undefined);
  assert.deepEqual(letterEntry(notified, {}, groningen, 'L2'), {
    date: '2026-08-10',
    note: `Brief "${notified.subject}" (L2).`,
    type: 'client-notice',
    kind: 'funder-notified',
    written: true,
    complaintRouteMentioned: true,
  });
  // Edited so that it no longer names the complaint route: the entry says so.
  const edited = editLetter(notified, { body: [{ kind: 'paragraph', text: 'Wij informeren de gemeente.' }] });
  assert.equal((letterEntry(edited, {}, groningen, 'L2') as { complaintRouteMentioned: boolean }).complaintRouteMentioned, false);
  const consent = draftLetter('consent-request', { doc: groningen, sender, date: '2026-08-22' }, { nextProvider: 'Stichting Noorderpoort' });
  assert.equal(letterEntry(consent, { nextProvider: 'Stichting Noorderpoort' }, groningen, 'L3'), null);
});

test('an edit changes only subject and body, and bad blocks are named', () => {
  const letter = draftLetter('decision', { doc: groningen, sender, date: '2026-08-21' }, undefined);
  const edited = editLetter(letter, { subject: 'Besluit gemeente' });
  assert.equal(edited.subject, 'Besluit gemeente');
  assert.deepEqual(edited.body, letter.body);
  assert.deepEqual(issuesOf(() => editLetter(letter, { date: '2026-01-01', body: [{ kind: 'paragraph', text: '' }] })), [
    { path: '$.date', message: 'onbekend veld; te wijzigen zijn subject en body' },
    { path: '$.body[0]', message: 'moet { "kind": "paragraph", "text": … } of { "kind": "list", "items": [ … ] } zijn, met tekst van 1 tot 5000 tekens' },
  ]);
});

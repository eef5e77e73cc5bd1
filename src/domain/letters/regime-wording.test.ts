// The letters after the clause-by-clause review (issue 9): each states only what its regime says
// will happen, and every statement of fact comes from the dossier. Each test names its clause.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { issuesOf } from '../../../test/support/issues.ts';
import type { DossierDocument, Entry } from '../dossier/types.ts';
import { ConflictError } from '../errors.ts';
import { availableLetters, draftLetter, letterEntry } from './draft.ts';
import type { Letter } from './types.ts';

const example = (name: string): DossierDocument =>
  JSON.parse(readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), 'utf8'));
const groningen = example('groningen-beeindiging');
const bijlage6 = example('bijlage6-beeindiging-jeugd');
const vgzSuspension = example('vgz-opschorting');
const sender = { name: 'Zorggroep De Linde', address: 'Lindelaan 12, 9712 AB Groningen' };

const text = (letter: Letter) => letter.body.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.items)).join(' ');
const draft = (kind: string, doc: DossierDocument, date: string, params?: object) => draftLetter(kind, { doc, sender, date }, params);
const withEntries = (doc: DossierDocument, ...entries: Entry[]): DossierDocument => ({ ...doc, entries: [...doc.entries, ...entries] });

describe('letters state what the regime says, from the dossier', () => {
  const refusal: DossierDocument = {
    ...bijlage6,
    procedure: 'weigering',
    careStarted: null,
    entries: [
      { id: 'i1', type: 'incident', date: '2026-05-04', ground: 'previous-experience', by: 'other', description: 'Bij een eerdere plaatsing bedreigde de vader medewerkers.' },
      { id: 'd1', type: 'funder-decision', date: '2026-05-20', outcome: 'accepted', reasons: 'Zwaarwegende reden aangetoond.' },
    ],
  };

  test('001 §6.4 ‘schriftelijk en met redenen omkleed’: an intended refusal has its own letter, with the reasons from the dossier', () => {
    assert.ok(availableLetters(refusal).some((l) => l.kind === 'refusal-intent'));
    const letter = draft('refusal-intent', refusal, '2026-05-10');
    assert.match(text(letter), /niet te gaan leveren/);
    assert.match(text(letter), /4 mei 2026 — Eerdere ervaring met de cliënt \(weigering\): Bij een eerdere plaatsing bedreigde de vader medewerkers\./);
    assert.match(text(letter), /De gemeente neemt contact met u op om ook uw kant te horen/);
    assert.deepEqual(letter.basis, ['i1']);
    assert.equal((letterEntry(letter, {}, refusal, 'L1') as { kind: string }).kind, 'intent');
  });

  test('001 §6.4 the decision on an accepted refusal: care never started, so no notice with an end date follows', () => {
    const letter = text(draft('decision', refusal, '2026-05-21'));
    assert.match(letter, /volgt er geen opzegging en geen einddatum/);
    assert.doesNotMatch(letter, /aparte brief|einddatum\. U ontvangt/);
    assert.doesNotMatch(letter, /totdat een andere aanbieder die kan overnemen/);
  });

  test('000 has no wederhoor: the Groningen ‘funder notified’ letter does not promise that the municipality hears the client; VGZ’s does', () => {
    const groningenLetter = text(draft('funder-notified', groningen, '2026-08-10'));
    assert.doesNotMatch(groningenLetter, /kant te horen/);
    assert.match(groningenLetter, /beoordeelt ons verzoek op basis van de stukken/);
    const vgz = text(draft('funder-notified', { ...vgzSuspension, procedure: 'beeindiging' }, '2026-10-20'));
    assert.match(vgz, /VGZ neemt contact met u op om ook uw kant te horen/);
  });

  test('002 ‘in afstemming met de behandelend huisarts’: the suspension letter states the period from the dossier, and only if the GP agreed to it', () => {
    // Parameters no longer state facts: a period given as a parameter is ignored.
    const letter = draft('suspension-intent', vgzSuspension, '2026-10-07', { start: '2026-01-01', end: '2026-12-31', requiredChange: 'Laat de badkamer schoonmaken.' });
    assert.match(text(letter), /van 12 oktober 2026 tot en met 1 november 2026\. Deze periode hebben wij afgestemd met de huisarts/);
    assert.deepEqual(letter.basis, ['e6a', 'e1', 'e2']);
    const notAgreed = withEntries(vgzSuspension, {
      id: 'e6b',
      type: 'suspension-period',
      date: '2026-10-06',
      start: '2026-10-12',
      end: '2026-11-01',
      scope: 'de hulp bij het douchen',
      agreedWithGp: false,
      corrects: 'e6a',
    });
    assert.match(issuesOf(() => draft('suspension-intent', notAgreed, '2026-10-07', { requiredChange: 'x' }))[0]?.message ?? '', /niet met de huisarts afgestemd/);
    // A draft made before the correction cannot be approved after it.
    assert.throws(
      () => letterEntry(letter, { requiredChange: 'Laat de badkamer schoonmaken.' }, notAgreed, 'L1'),
      (error: unknown) => error instanceof ConflictError && /niet met de huisarts afgestemd/.test(error.message),
    );
    // Nor one whose facts changed: a later incident now belongs to the letter.
    const moreIncidents = withEntries(vgzSuspension, { id: 'e9', type: 'incident', date: '2026-10-06', ground: 'hygiene', by: 'client', description: 'Opnieuw vervuild.' });
    assert.throws(() => letterEntry(letter, { requiredChange: 'Laat de badkamer schoonmaken.' }, moreIncidents, 'L1'), /het dossier is gewijzigd/);
    assert.equal((letterEntry(letter, { requiredChange: 'Laat de badkamer schoonmaken.' }, vgzSuspension, 'L1') as { kind: string }).kind, 'warning-of-suspension');
  });

  test('000 ‘Het direct beëindigen van de zorgovereenkomst’: immediate termination has a letter that ends the care', () => {
    const immediate: DossierDocument = {
      ...groningen,
      procedure: 'beeindiging-onmiddellijk',
      entries: [
        { id: 'i1', type: 'incident', date: '2026-08-03', ground: 'aggression', by: 'client', description: 'Duwde een begeleider tegen de muur.', endangered: ['staff'] },
        { id: 'd1', type: 'funder-decision', date: '2026-08-05', outcome: 'accepted', reasons: 'Zeer dringende reden.' },
      ],
    };
    assert.ok(availableLetters(immediate).some((l) => l.kind === 'final-notice'));
    const letter = draft('final-notice', immediate, '2026-08-06');
    assert.equal(letter.subject, 'Beëindiging van de zorg met onmiddellijke ingang');
    assert.match(text(letter), /Met deze brief beëindigen wij de zorgovereenkomst met onmiddellijke ingang\. De zorg eindigt vandaag: donderdag 6 augustus 2026\./);
    assert.doesNotMatch(text(letter), /opzegtermijn/);
  });

  test('000 ‘Een redelijke opzeggingstermijn’: the final notice takes its period from the dossier, never a day, and never beside a contradicting end date', () => {
    const withPeriod = (amount: number, unit: 'days' | 'weeks') =>
      withEntries(
        { ...groningen, entries: groningen.entries.filter((x) => x.type !== 'notice-period') },
        { id: 'np', type: 'notice-period', date: '2026-08-25', amount, unit, problemsAndDependence: 'x', stay: 'x', timeForAlternative: 'x' },
      );
    assert.match(issuesOf(() => draft('final-notice', withPeriod(1, 'days'), '2026-08-26'))[0]?.message ?? '', /korter dan 1 week; .*onmiddellijke ingang/);
    const none = { ...groningen, entries: groningen.entries.filter((x) => x.type !== 'notice-period' && x.type !== 'funder-decision') };
    const accepted: Entry = { id: 'd1', type: 'funder-decision', date: '2026-08-20', outcome: 'accepted', reasons: 'Akkoord.' };
    assert.match(issuesOf(() => draft('final-notice', withEntries(none, accepted), '2026-08-26'))[0]?.message ?? '', /noemt nog geen opzegtermijn/);
    // Without a period of its own, the end date the municipality set is the end date, and no period is claimed.
    const decided = text(draft('final-notice', withEntries(none, { ...accepted, endDate: '2026-09-30' }), '2026-08-26'));
    assert.match(decided, /De zorg eindigt op woensdag 30 september 2026, de datum die de gemeente Groningen in het besluit noemde\./);
    assert.doesNotMatch(decided, /opzegtermijn/);
    // One week, but the municipality decided on 30 September: the letter says both, consistently.
    const oneWeek = text(draft('final-notice', withPeriod(1, 'weeks'), '2026-08-26'));
    assert.match(oneWeek, /opzegtermijn aan van 1 week; de gemeente Groningen noemde in het besluit een latere einddatum\. De zorg eindigt daarom op woensdag 30 september 2026\./);
    assert.match(oneWeek, /^De gemeente Groningen heeft op 20 augustus 2026 ingestemd/);
  });

  test('000, 001, 002: where the funder decides, the warning asks the funder rather than announcing the end, and gives a term to improve', () => {
    const before = { ...groningen, entries: groningen.entries.filter((x) => x.date <= '2026-07-08') };
    const letter = text(draft('warning', before, '2026-07-08', { requiredChange: 'Geen dreiging meer.', improveBy: '2026-08-05', consequence: 'termination' }));
    assert.doesNotMatch(letter, /genoodzaakt de zorg te beëindigen/);
    assert.match(letter, /vragen wij de gemeente Groningen in te stemmen met het beëindigen van de zorg aan J\. \(Jan\) Mulder\. De gemeente Groningen beslist daarover/);
    assert.match(letter, /Wij verwachten deze verandering uiterlijk op 5 augustus 2026/);
    assert.match(letter, /15 juni 2026 — Bedreiging of intimidatie: Cliënt bedreigde een medewerker met geweld/);
    assert.deepEqual(
      issuesOf(() => draft('warning', before, '2026-07-08', { requiredChange: 'x', consequence: 'termination' })).map((i) => i.path),
      ['$.params.improveBy'],
    );
  });

  test('000 ‘na toestemming van de cliënt’: a consent request to a representative asks for the client’s dossier, not ‘mijn dossier’; only VGZ asks for it in writing', () => {
    const toRepresentative = text(draft('consent-request', groningen, '2026-08-22', { nextProvider: 'Stichting Noorderpoort' }));
    assert.doesNotMatch(toRepresentative, /mijn dossier|schriftelijke toestemming/);
    assert.match(toRepresentative, /Ik geef toestemming om het dossier van J\. \(Jan\) Mulder over te dragen aan Stichting Noorderpoort/);
    const vgz = text(draft('consent-request', { ...vgzSuspension, procedure: 'beeindiging' }, '2026-10-22', { nextProvider: 'Thuiszorg Oost' }));
    assert.match(vgz, /alleen met uw schriftelijke toestemming/);
    assert.match(vgz, /Ik geef toestemming om mijn dossier over te dragen/);
  });

  test('000, 001, 002: letters name the municipality or VGZ, never ‘de financier’', () => {
    const cases: [DossierDocument, string, string, object?][] = [
      [bijlage6, 'termination-intent', '2026-06-09'],
      [{ ...vgzSuspension, procedure: 'beeindiging', entries: [...vgzSuspension.entries, { id: 'w', type: 'warning', date: '2026-10-10', written: true, consequence: 'termination', description: 'Waarschuwing.' }] }, 'termination-intent', '2026-10-20'],
      [bijlage6, 'decision', '2026-06-30'],
      [groningen, 'final-notice', '2026-08-26'],
    ];
    for (const [doc, kind, date, params] of cases) {
      const letter = draft(kind, doc, date, params);
      assert.doesNotMatch(`${letter.subject} ${text(letter)}`, /financier/, `${doc.regime} ${kind}`);
    }
    assert.match(text(draft('termination-intent', bijlage6, '2026-06-09')), /Wij leggen ons plan voor aan de gemeente, die erover beslist/);
  });
});

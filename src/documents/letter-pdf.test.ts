import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { pdfText, renderPages } from '../../test/support/pdf.ts';
import type { DossierDocument } from '../domain/dossier/types.ts';
import { draftLetter } from '../domain/letters/draft.ts';
import type { Sender } from '../domain/letters/types.ts';
import { renderLetterPdf } from './letter-pdf.ts';

// Every kind of letter, drafted from a realistic dossier and rendered: the text pdftotext reads back
// states the facts the letter must state, and each page is kept as a PNG in test-artifacts/.

const example = (name: string): DossierDocument =>
  JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8'));
const groningen = example('groningen-beeindiging');
const bijlage6 = example('bijlage6-beeindiging-jeugd');
const vgzSuspension = example('vgz-opschorting');
const vgzTermination: DossierDocument = { ...vgzSuspension, procedure: 'beeindiging' };
const onl = example('onl-opzegging-wanbetaling');
const sender: Sender = { name: 'Zorggroep De Linde', address: 'Lindelaan 12, 9712 AB Groningen' };

const cases: { name: string; doc: DossierDocument; date: string; kind: string; params?: object; facts: string[] }[] = [
  {
    name: 'warning-groningen',
    doc: groningen,
    date: '2026-07-08',
    kind: 'warning',
    params: { requiredChange: 'Spreek medewerkers zonder dreiging aan.', improveBy: '2026-08-05', consequence: 'termination' },
    facts: [
      'Zorggroep De Linde', 'Lindelaan 12', '9712 AB Groningen', 'mw. A. Mulder-Bakker (mentor)', 'Vechtstraat 8', '9725 CW Groningen',
      'Betreft cliënt: J. (Jan) Mulder', 'Datum: 8 juli 2026', 'Onderwerp: Schriftelijke waarschuwing',
      '15 juni 2026 — Bedreiging of intimidatie: Cliënt bedreigde een medewerker met geweld', 'Spreek medewerkers zonder dreiging aan.',
      'uiterlijk op 5 augustus 2026', 'vragen wij de gemeente Groningen in te stemmen met het beëindigen van de zorg aan J. (Jan) Mulder',
      'klachtencommissie van Zorggroep De Linde',
    ],
  },
  {
    name: 'suspension-intent-vgz',
    doc: vgzSuspension,
    date: '2026-10-07',
    kind: 'suspension-intent',
    params: { requiredChange: 'Laat de badkamer schoonmaken.' },
    facts: [
      'Geachte mevrouw G. Smit,', 'Voornemen tot opschorting van zorg', '2 september 2026 — Hygiëne die medewerkers in gevaar brengt: Woning ernstig vervuild', 'de hulp bij het douchen',
      'van 12 oktober 2026 tot en met 1 november 2026', 'afgestemd met de huisarts', 'Laat de badkamer schoonmaken.', 'Een week voordat de opschorting eindigt',
      'klacht indienen',
    ],
  },
  {
    name: 'termination-intent-bijlage6',
    doc: bijlage6,
    date: '2026-06-09',
    kind: 'termination-intent',
    facts: [
      'dhr. R. Kramer (vader, gezaghebbende ouder)', 'Rozenstraat 17', 'Betreft cliënt: S. (Sem) Kramer', 'Voornemen tot beëindiging van zorg',
      '26 mei 2026 — Bedreiging of intimidatie: Vader intimideerde een hulpverlener', '20 april 2026 (schriftelijk): Schriftelijke waarschuwing aan de ouders',
      'Wij leggen ons voornemen voor aan de gemeente, die erover beslist. De gemeente neemt contact met u op om ook uw kant te horen.', 'klacht indienen',
    ],
  },
  {
    name: 'refusal-intent-bijlage6',
    doc: { ...bijlage6, procedure: 'weigering', careStarted: null },
    date: '2026-06-09',
    kind: 'refusal-intent',
    facts: ['Voornemen tot weigering van zorg', 'de zorg aan S. (Sem) Kramer niet te gaan leveren', '14 april 2026 — Bedreiging of intimidatie', 'klacht indienen'],
  },
  {
    name: 'funder-notified-groningen',
    doc: groningen,
    date: '2026-08-10',
    kind: 'funder-notified',
    facts: [
      'de gemeente Groningen op de hoogte gaan brengen', 'U hoort dit van ons voordat wij de gemeente inlichten', 'formulier zorg beëindiging',
      'beoordeelt ons verzoek op basis van de stukken', 'Wij blijven verantwoordelijk en houden de regie', 'klacht indienen',
    ],
  },
  {
    name: 'funder-notified-vgz',
    doc: vgzTermination,
    date: '2026-10-20',
    kind: 'funder-notified',
    facts: ['melden bij VGZ', 'voegen wij het zorgbeëindigingsdossier', 'kopie van het zorgbeëindigingsdossier opvragen'],
  },
  {
    name: 'decision-bijlage6',
    doc: bijlage6,
    date: '2026-06-30',
    kind: 'decision',
    facts: [
      'De gemeente heeft op 29 juni 2026 ons verzoek om de zorg aan S. (Sem) Kramer te beëindigen geaccepteerd.',
      'Stopzetting gerechtvaardigd door herhaalde bedreiging', 'niet eerder dan 31 juli 2026',
    ],
  },
  {
    name: 'decision-refusal-bijlage6',
    doc: { ...bijlage6, procedure: 'weigering', careStarted: null },
    date: '2026-06-30',
    kind: 'decision',
    facts: [
      'Besluit van de gemeente over ons verzoek', 'ons verzoek om de zorg aan S. (Sem) Kramer te weigeren geaccepteerd',
      'Omdat de zorg bij ons nog niet was begonnen, volgt er geen opzegging en geen einddatum',
    ],
  },
  {
    name: 'final-notice-groningen',
    doc: groningen,
    date: '2026-08-26',
    kind: 'final-notice',
    facts: [
      'Opzegging van de zorg', 'De gemeente Groningen heeft op 20 augustus 2026 ingestemd', 'opzegtermijn aan van 5 weken',
      'De zorg eindigt op woensdag 30 september 2026.',
    ],
  },
  {
    name: 'final-notice-onl',
    doc: onl,
    date: '2026-09-10',
    kind: 'final-notice',
    facts: ['dhr. H. de Graaf', 'Kalverstraat 3', '8331 HK Steenwijk', 'opzegtermijn aan van 1 week', 'De zorg eindigt op donderdag 17 september 2026.'],
  },
  {
    name: 'consent-request-groningen',
    doc: groningen,
    date: '2026-08-22',
    kind: 'consent-request',
    params: { nextProvider: 'Stichting Noorderpoort' },
    facts: [
      'het dossier van J. (Jan) Mulder aan Stichting Noorderpoort geven', 'Dat doen wij alleen met uw toestemming.',
      'Ik geef toestemming om het dossier van J. (Jan) Mulder over te dragen aan Stichting Noorderpoort', 'Handtekening',
    ],
  },
];

describe('letters as PDF', () => {
  for (const c of cases) {
    test(`${c.name}: the PDF states the facts`, async () => {
      const letter = draftLetter(c.kind, { doc: c.doc, sender, date: c.date }, c.params);
      const pdf = await renderLetterPdf(letter, { draft: false });
      const text = pdfText(pdf);
      for (const fact of c.facts) assert.ok(text.includes(fact), `${c.name} lacks "${fact}" in: ${text}`);
      assert.ok(!text.includes('CONCEPT'));
      // The protocol's clause stays in the dossier: the client reads a letter, not a quote from it.
      assert.ok(!text.includes(letter.source.quote.slice(0, 40)), `${c.name}: the protocol is quoted to the client`);
      assert.ok(renderPages(pdf, c.name) >= 1);
    });
  }

  test('a draft says so; the same letter gives the same bytes every time', async () => {
    const letter = draftLetter('decision', { doc: bijlage6, sender, date: '2026-06-30' }, undefined);
    assert.ok(pdfText(await renderLetterPdf(letter, { draft: true })).includes('CONCEPT — NIET VERZONDEN'));
    assert.deepEqual(await renderLetterPdf(letter, { draft: false }), await renderLetterPdf(letter, { draft: false }));
  });
});

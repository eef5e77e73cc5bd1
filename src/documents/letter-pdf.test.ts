import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pdfText, renderPages } from '../../test/support/pdf.ts';
import { draftLetter, signed } from '../domain/letters/draft.ts';
import { bijlage6, LETTER_CASES, sender } from '../../test/support/letter-cases.ts';
import { renderLetterPdf } from './letter-pdf.ts';

// Every kind of letter, drafted from a realistic dossier and rendered: the text pdftotext reads back
// states the facts the letter must state, and each page is kept as a PNG in test-artifacts/.

// What each letter must state, by its case in test/support/letter-cases.ts.
const FACTS: Readonly<Record<string, readonly string[]>> = {
  'warning-groningen': [
    'Zorggroep De Linde', 'Lindelaan 12', '9712 AB Groningen', 'mw. A. Mulder-Bakker (mentor)', 'Geachte mevrouw Mulder-Bakker,', 'Vechtstraat 8', '9725 CW Groningen',
    'Betreft cliënt: J. (Jan) Mulder', 'Datum: 8 juli 2026', 'Onderwerp: Schriftelijke waarschuwing',
    '15 juni 2026 — Bedreiging of intimidatie: Cliënt bedreigde een medewerker met geweld', 'Spreek medewerkers zonder dreiging aan.',
    'uiterlijk op 5 augustus 2026', 'vragen wij de gemeente Groningen in te stemmen met het beëindigen van de zorg aan J. (Jan) Mulder',
    'klachtencommissie van Zorggroep De Linde',
  ],
  'suspension-intent-vgz': [
    'Beste mevrouw G. Smit,', 'Wij willen een deel van de zorg tijdelijk stoppen', '2 september 2026 — Hygiëne die medewerkers in gevaar brengt: Woning ernstig vervuild', 'de hulp bij het douchen',
    'van 12 oktober 2026 tot en met 1 november 2026', 'afgestemd met de huisarts', 'Laat de badkamer schoonmaken.', 'Een week voordat de opschorting eindigt',
    'klacht indienen',
  ],
  'termination-intent-bijlage6': [
    'dhr. R. Kramer (vader, gezaghebbende ouder)', 'Rozenstraat 17', 'Betreft cliënt: S. (Sem) Kramer', 'Wij zijn van plan de zorg te beëindigen',
    '26 mei 2026 — Bedreiging of intimidatie: Vader intimideerde een hulpverlener', '20 april 2026 (schriftelijk): Schriftelijke waarschuwing aan de ouders',
    'Wij leggen ons plan voor aan de gemeente, die erover beslist. De gemeente neemt contact met u op om ook uw kant te horen.', 'klacht indienen',
  ],
  'refusal-intent-bijlage6': ['Wij zijn van plan de zorg niet te geven', 'de zorg aan S. (Sem) Kramer niet te gaan leveren', '14 april 2026 — Bedreiging of intimidatie', 'klacht indienen'
  ],
  'funder-notified-groningen': [
    'Wij gaan de gemeente Groningen op de hoogte brengen van ons verzoek', 'U hoort dit van ons voordat wij de gemeente inlichten', 'formulier zorg beëindiging',
    'beoordeelt ons verzoek op basis van de stukken', 'Wij blijven verantwoordelijk voor de zorg en regelen die', 'klacht indienen',
  ],
  'funder-notified-vgz': ['melden bij VGZ', 'Bij die melding sturen wij het dossier mee.', 'kopie van dat dossier opvragen'
  ],
  'decision-bijlage6': [
    'De gemeente heeft op 29 juni 2026 ons verzoek om de zorg aan S. (Sem) Kramer te beëindigen geaccepteerd.',
    'Stopzetting gerechtvaardigd door herhaalde bedreiging', 'niet eerder dan 31 juli 2026',
  ],
  'decision-refusal-bijlage6': [
    'Besluit van de gemeente over ons verzoek', 'ons verzoek om de zorg aan S. (Sem) Kramer te weigeren geaccepteerd',
    'Omdat de zorg bij ons nog niet was begonnen, volgt er geen opzegging en geen einddatum',
  ],
  'final-notice-groningen': [
    'Opzegging van de zorg', 'De gemeente Groningen heeft op 20 augustus 2026 ingestemd', 'opzegtermijn aan van 5 weken',
    'De zorg eindigt op woensdag 30 september 2026.',
  ],
  'final-notice-onl': ['dhr. H. de Graaf', 'Kalverstraat 3', '8331 HK Steenwijk', 'opzegtermijn aan van 1 week', 'De zorg eindigt op donderdag 17 september 2026.'
  ],
  'consent-request-groningen': [
    'het dossier van J. (Jan) Mulder aan Stichting Noorderpoort geven', 'Dat doen wij alleen met uw toestemming.',
    'Ik geef toestemming om het dossier van J. (Jan) Mulder over te dragen aan Stichting Noorderpoort', 'Handtekening',
  ],
};

describe('letters as PDF', () => {
  for (const c of LETTER_CASES) {
    test(`${c.name}: the PDF states the facts`, async () => {
      const letter = draftLetter(c.kind, { doc: c.doc, sender, date: c.date }, c.params);
      const pdf = await renderLetterPdf(letter, { draft: false });
      const text = pdfText(pdf);
      for (const fact of FACTS[c.name] ?? []) assert.ok(text.includes(fact), `${c.name} lacks "${fact}" in: ${text}`);
      assert.ok(!text.includes('CONCEPT'));
      // The protocol's clause stays in the dossier: the client reads a letter, not a quote from it.
      assert.ok(!text.includes(letter.source.quote.slice(0, 40)), `${c.name}: the protocol is quoted to the client`);
      assert.ok(renderPages(pdf, c.name) >= 1);
    });
  }

  test('the letter as sent: signed by who approved it, with their role; the number to call and whom to complain to', async () => {
    const letter = signed(draftLetter('decision', { doc: bijlage6, sender, date: '2026-06-30' }, undefined), { name: 'Mohamed El Amrani', role: 'regievoerder' });
    const text = pdfText(await renderLetterPdf(letter, { draft: false }));
    for (const fact of [
      'Met vriendelijke groet, Mohamed El Amrani Regievoerder Zorggroep De Linde',
      'Bel ons dan op 050 123 45 67.',
      'Neem daarvoor contact op met onze klachtenfunctionaris, mevrouw L. Jansen: bel 050 123 45 68 of mail naar klachten@delinde.example.',
      'Datum: 30 juni 2026',
      'Rozenstraat 17',
    ]) {
      assert.ok(text.includes(fact), `lacks "${fact}" in: ${text}`);
    }
    // A draft does not pretend to be signed.
    const draft = pdfText(await renderLetterPdf(draftLetter('decision', { doc: bijlage6, sender, date: '2026-06-30' }, undefined), { draft: true }));
    assert.ok(draft.includes('(naam en functie van wie de brief goedkeurt)'));
  });

  test('a draft says so; the same letter gives the same bytes every time', async () => {
    const letter = draftLetter('decision', { doc: bijlage6, sender, date: '2026-06-30' }, undefined);
    assert.ok(pdfText(await renderLetterPdf(letter, { draft: true })).includes('CONCEPT — NIET VERZONDEN'));
    assert.deepEqual(await renderLetterPdf(letter, { draft: false }), await renderLetterPdf(letter, { draft: false }));
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import jargon from '../../../test/support/jargon.json' with { type: 'json' };
import { LETTER_CASES, sender, type LetterCase } from '../../../test/support/letter-cases.ts';
import { LETTERS } from './catalogue.ts';
import { draftLetter } from './draft.ts';
import type { Letter } from './types.ts';

// Every letter of every regime in plain Dutch, B1 (decision 0025). The norm: no sentence of more
// than 20 words, and at most 15 on average in a letter. Direct Duidelijk, the Rijksoverheid's
// campaign for clear government letters, asks for short sentences (its checklist: at most twelve
// words); B1 writing guides give ten to fifteen words on average and treat 20 as the most a
// sentence should have. The words of test/support/jargon.json are not used; each has its plain
// alternative. What the dossier says in a care worker's own words (an incident's description, the
// change asked for) is the dossier's, not the template's: it is left out of the count.

const MAX_WORDS = 20;
const MAX_AVERAGE = 15;

/** The letter as the client reads it, with the dossier's and the form's own words replaced by one word. */
function templateText(c: LetterCase, letter: Letter): string[] {
  const own = new Set<string>([c.doc.client.name, c.doc.client.representative?.name ?? '', sender.name, sender.complaintsContact ?? '', sender.phone ?? '']);
  for (const entry of c.doc.entries) for (const value of Object.values(entry)) if (typeof value === 'string' && value.length > 12) own.add(value);
  for (const value of Object.values(c.params ?? {})) if (typeof value === 'string') own.add(value);
  const mask = (text: string) => [...own].filter((s) => s !== '').sort((a, b) => b.length - a.length).reduce((t, s) => t.split(s).join('DOSSIER'), text);
  const blocks = [letter.subject, letter.salutation, ...letter.body.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.items)), letter.closing];
  return blocks.map(mask);
}

const sentences = (text: string) => text.split(/(?<=[.?!])\s+(?=[\p{Lu}\d‘'"(])/u).filter((s) => s.trim() !== '');
const words = (sentence: string) => sentence.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));

/** Whether the text uses the word: as a word of its own, or as the first part of a compound joined by an s. */
const uses = (text: string, word: string) => new RegExp(`(?<!\\p{L})${word}(?:s\\p{L}+)?(?!\\p{L})`, 'iu').test(text);

const drafted = LETTER_CASES.map((c) => ({ c, letter: draftLetter(c.kind, { doc: c.doc, sender, date: c.date }, c.params) }));

describe('letters in plain Dutch (B1)', () => {
  test('the cases cover every letter of every regime and procedure', () => {
    for (const [kind, definition] of Object.entries(LETTERS)) {
      for (const offer of definition.offers) {
        for (const procedure of offer.procedures) {
          assert.ok(
            LETTER_CASES.some((c) => c.kind === kind && c.doc.regime === offer.regime && c.doc.procedure === procedure),
            `no case renders ${kind} for ${offer.regime} ${procedure}`,
          );
        }
      }
    }
  });

  test(`no sentence over ${MAX_WORDS} words, at most ${MAX_AVERAGE} on average`, () => {
    const problems: string[] = [];
    for (const { c, letter } of drafted) {
      const all = templateText(c, letter).flatMap(sentences);
      for (const s of all) if (words(s).length > MAX_WORDS) problems.push(`${c.name}: ${words(s).length} words: ${s}`);
      const average = all.reduce((n, s) => n + words(s).length, 0) / all.length;
      if (average > MAX_AVERAGE) problems.push(`${c.name}: ${average.toFixed(1)} words per sentence on average`);
    }
    assert.deepEqual(problems, []);
  });

  test('no word from the jargon list', () => {
    const problems: string[] = [];
    for (const { c, letter } of drafted) {
      const text = templateText(c, letter).join('\n');
      for (const [word, plain] of Object.entries(jargon.words)) if (uses(text, word)) problems.push(`${c.name}: '${word}' (zeg: ${plain})`);
    }
    assert.deepEqual(problems, []);
  });

  test('the protocol’s clause stays in the dossier: no letter quotes it or names its place', () => {
    for (const { c, letter } of drafted) {
      const text = [letter.subject, ...letter.body.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.items))].join(' ');
      assert.ok(!text.includes(letter.source.quote.slice(0, 30)), `${c.name} quotes its clause`);
      assert.ok(letter.source.place === undefined || !text.includes(letter.source.place), `${c.name} names ${letter.source.place}`);
      assert.doesNotMatch(text, /\b(art\.|artikel \d|§|Bijlage 6|seed|protocol)/i, c.name);
    }
  });

  test('the test can fail: a long sentence and a jargon word are found', () => {
    const long = 'Wij delen u mede dat wij conform de afspraken die wij eerder met u en met uw familie hebben gemaakt de zorg gaan stoppen per die datum.';
    assert.ok(words(long).length > MAX_WORDS);
    assert.ok(uses('het zorgbeëindigingsdossier', 'zorgbeëindiging'));
    assert.ok(uses('Voornemen tot beëindiging', 'voornemen'));
    assert.ok(!uses('een klacht indienen', 'indien'));
  });
});

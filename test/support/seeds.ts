import { readFileSync } from 'node:fs';

// The seeds in shared/seeds, for the tests that hold every quoted clause against its seed text.

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);

/** The seeds break lines mid-sentence and indent bullets; a quote must survive that, nothing more. */
export const normaliseSeedText = (text: string): string => text.replace(/\s+/g, ' ').trim();

const texts = new Map<string, string>();

/** The whitespace-normalised text of one seed file. */
export function seedText(name: string): string {
  let text = texts.get(name);
  if (text === undefined) {
    text = normaliseSeedText(readFileSync(new URL(name, SEEDS), 'utf8'));
    texts.set(name, text);
  }
  return text;
}

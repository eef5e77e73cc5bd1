import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The seeds in shared/seeds, for the tests that hold every quoted clause against its seed text.
// A clone of this repository alone has no ../shared: those tests are then skipped, and say why.

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);

/** Why the seed tests are skipped (a message node:test prints beside each), or false when the seeds are here. */
export const seedsAbsent: string | false = existsSync(SEEDS)
  ? false
  : `the seeds are not here (${fileURLToPath(SEEDS)}): the quotes cannot be checked against them`;

/** The seeds break lines mid-sentence and indent bullets; a quote must survive that, nothing more. */
export const normaliseSeedText = (text: string): string => text.replace(/\s+/g, ' ').trim();

const texts = new Map<string, string>();

/** The whitespace-normalised text of one seed file. */
function seedText(name: string): string {
  let text = texts.get(name);
  if (text === undefined) {
    text = normaliseSeedText(readFileSync(new URL(name, SEEDS), 'utf8'));
    texts.set(name, text);
  }
  return text;
}

/** Whether a quote is found in its seed, whitespace aside. */
export const seedHolds = (name: string, quote: string): boolean => seedText(name).includes(normaliseSeedText(quote));

/** What each seed is called where a place in it is named: a place names its source first. */
export const SOURCE_NAMES: Record<string, string> = {
  '000_9fd4bb6161b1af7d.txt': 'Groningen, ',
  '001_469056ec67e84ff0.txt': 'Bijlage 6, art. 6.',
  '002_6f6ad639bdc26f3d.txt': 'VGZ-protocol, ',
  '003_6846892340097cc0.txt': 'VGZ-stappenplan, ',
  '004_d9920a75818a7854.txt': 'ONL-voorwaarden §',
};

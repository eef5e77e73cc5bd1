// Median time to assess a dossier of 50 and of 1,000 entries (npx tsx bench/assess.ts). The engine
// indexes entries by type once, so the time per entry should stay flat as dossiers grow; a ratio
// per entry far above 1 means some rule has started scanning quadratically.

import { assess } from '../src/domain/assessment/assess.ts';
import { addDays } from '../src/domain/calendar/dates.ts';
import type { DossierDocument, Procedure, RegimeId } from '../src/domain/dossier/types.ts';
import { longCase } from './dossiers.ts';

const START = '2024-01-01';

function median(times: number[]): number {
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

function timeOne(doc: DossierDocument, asOf: string): number {
  const start = process.hrtime.bigint();
  assess(doc, asOf);
  return Number(process.hrtime.bigint() - start) / 1000;
}

/** The same dossier again and again, as the web application reassesses a case: µs, median. */
function warm(doc: DossierDocument, asOf: string, samples: number): number {
  for (let i = 0; i < Math.max(200, samples / 5); i++) assess(doc, asOf); // let the JIT settle
  return median(Array.from({ length: samples }, () => timeOne(doc, asOf)));
}

// Cold samples never share a date with any earlier sample, so no term can come from the cache.
let unusedDay = 2_000;

/** Each sample a dossier with dates never seen before, so every deadline is computed afresh. */
function cold(regime: RegimeId, procedure: Procedure, size: number, samples: number): number {
  const docs = Array.from({ length: samples }, () => {
    const start = addDays(START, unusedDay);
    unusedDay += size + 20;
    return { doc: longCase(regime, procedure, size, start), asOf: addDays(start, 1_100) };
  });
  return median(docs.map(({ doc, asOf }) => timeOne(doc, asOf)));
}

const SCENARIOS: [RegimeId, Procedure][] = [
  ['vgz-wijkverpleging', 'beeindiging'],
  ['groningen-wmo', 'beeindiging'],
  ['gemeente-bijlage6', 'beeindiging'],
  ['onl-wmo', 'beeindiging'],
];

const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(42) : c.padStart(12))).join('');
console.log(row(['median µs', '50 entries', '1,000', 'µs/entry 50', 'µs/entry 1k', 'ratio']));
for (const [regime, procedure] of SCENARIOS) {
  const asOf = addDays(START, 1_100);
  const results = {
    warm: [warm(longCase(regime, procedure, 50, START), asOf, 5_000), warm(longCase(regime, procedure, 1_000, START), asOf, 500)],
    cold: [cold(regime, procedure, 50, 1_000), cold(regime, procedure, 1_000, 100)],
  };
  for (const [kind, [small, large]] of Object.entries(results) as [string, [number, number]][]) {
    const perSmall = small / 50;
    const perLarge = large / 1_000;
    console.log(
      row([
        `${regime} / ${procedure} (${kind})`,
        small.toFixed(1),
        large.toFixed(1),
        perSmall.toFixed(3),
        perLarge.toFixed(3),
        (perLarge / perSmall).toFixed(2),
      ]),
    );
  }
}
console.log('Target: median < 50 µs for 50 entries; ratio per entry near or below 1 (linear growth).');
console.log('Cold runs compute every term with the calendar (Atw terms walk the calendar day by day).');

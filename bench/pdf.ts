// Time to render the request to the funder as one PDF for a dossier of 200 entries (npx tsx
// bench/pdf.ts): the request, the dossier in date order and the assessment with its clauses. The
// issue's figure: under 1 s. Prints the median of several runs, the page count and the size.

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { assess } from '../src/domain/assessment/assess.ts';
import { addDays } from '../src/domain/calendar/dates.ts';
import type { DossierDocument, Entry } from '../src/domain/dossier/types.ts';
import { funderRequest } from '../src/domain/letters/funder-request.ts';
import { renderClientCopyPdf } from '../src/documents/client-copy-pdf.ts';
import { renderFunderRequestPdf } from '../src/documents/funder-request-pdf.ts';

const example: DossierDocument = JSON.parse(readFileSync(new URL('../examples/groningen-beeindiging.json', import.meta.url), 'utf8'));
const sender = { name: 'Zorggroep De Linde', address: 'Lindelaan 12, 9712 AB Groningen' };
const SIZE = 200;

// The example's twenty entries, again and again, a day apart, each with a note and fresh ids.
function dossierOf(size: number): DossierDocument {
  const entries: Entry[] = [];
  for (let i = 0; entries.length < size; i++) {
    const model = example.entries[i % example.entries.length] as Entry;
    const { corrects: _corrects, ...rest } = model;
    entries.push({ ...rest, id: `e${i + 1}`, date: addDays('2025-01-01', i), note: `Notitie bij item ${i + 1}.` } as Entry);
  }
  return { ...example, entries };
}

async function median(run: () => Promise<unknown>, times = 7): Promise<number> {
  await run(); // warm up fonts and code paths
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)] as number;
}

const doc = dossierOf(SIZE);
const asOf = '2026-11-22';
const request = async () => renderFunderRequestPdf(funderRequest(doc, sender), doc, assess(doc, asOf), sender);
const pdf = await request();
const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
console.log(`request to the funder, ${SIZE} entries: median ${(await median(request)).toFixed(0)} ms, ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KiB`);
console.log(`client's copy, ${SIZE} entries: median ${(await median(() => renderClientCopyPdf(doc, sender, asOf))).toFixed(0)} ms`);

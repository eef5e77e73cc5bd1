// The case page of a 500-entry dossier: median time to render it, signed in, through the whole
// stack (session lookup, readCase, assessCase, HTML). Target: under 50 ms on PostgreSQL.
//   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/case-page.ts

import { importDossier } from '../src/commands/cases/import-dossier.ts';
import { execute } from '../src/commands/pipeline/execute.ts';
import { operatorContext } from '../src/commands/pipeline/machine.ts';
import { dossier, entry as e } from '../src/domain/assessment/test-support.ts';
import { addDays } from '../src/domain/calendar/dates.ts';
import type { Entry } from '../src/domain/dossier/types.ts';
import { medianPageTime, startBenchApp } from './web-session.ts';

const SIZE = 500;
const START = '2024-01-01';

// A long Groningen case: incidents, warnings, consultations, alternatives, notices and corrections,
// one event a day, so the timeline and every requirement of the checklist have work to do.
const ROUND: ((id: string, date: string, n: number) => Entry)[] = [
  (id, date) => e.incident(id, date, 'aggression'),
  (id, date) => e.warning(id, date, { shared: true }),
  (id, date) => e.consultation(id, date, 'toegangsmedewerker', 'mdo'),
  (id, date) => e.alternative(id, date, 'experttafel'),
  (id, date) => e.weighing(id, date),
  (id, date) => e.conditionAssessment(id, date, 'no'),
  (id, date, n) => ({ ...e.warning(id, date, { shared: false }), corrects: `e${n - 5}` }),
  (id, date) => e.notice(id, date, 'funder-notified'),
];

const entries: Entry[] = [];
for (let n = 0; entries.length < SIZE; n++) {
  entries.push((ROUND[n % ROUND.length] as (typeof ROUND)[number])(`e${n}`, addDays(START, n), n));
}

const bench = await startBenchApp();
try {
  const doc = dossier('groningen-wmo', 'beeindiging', entries, { hasRepresentative: true, careStarted: '2023-06-01' });
  const { caseId } = await execute(operatorContext(bench.store), importDossier, { organisationId: bench.organisationId, document: doc });
  for (const order of ['nieuwste', 'oudste']) {
    const { ms, bytes } = await medianPageTime(bench, `/casussen/${caseId}?volgorde=${order}`);
    console.log(`${bench.kind}: case page, ${SIZE} entries, ${order} eerst: median ${ms.toFixed(1)} ms (${Math.round(bytes / 1024)} KiB HTML)`);
  }
} finally {
  await bench.close();
}

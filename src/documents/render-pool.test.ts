import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { assess } from '../domain/assessment/assess.ts';
import { funderRequest } from '../domain/letters/funder-request.ts';
import { decisionLetter } from '../domain/requests/decision-letter.ts';
import { longCase } from '../../bench/dossiers.ts';
import { render, type RenderTask } from './render.ts';
import { closeRenderPool, renderOffThread } from './render-pool.ts';

// PDFs are made on a worker thread: the same bytes as on the main thread, and while a long dossier's
// PDF is being made the event loop keeps running (checked by order of events, never by a stopwatch).

after(closeRenderPool);

const sender = { name: 'Zorggroep De Linde', address: 'Lindelaan 12, 9712 AB Groningen' };

function funderRequestTask(entries: number): RenderTask {
  const dossier = longCase('groningen-wmo', 'beeindiging', entries, '2020-01-01');
  return { kind: 'funder-request', request: funderRequest(dossier, sender), dossier, assessment: assess(dossier, '2026-12-01'), sender };
}

test('a PDF made on a worker thread has exactly the bytes the main thread makes', async () => {
  const task = funderRequestTask(40);
  assert.deepEqual(await renderOffThread(task), await render(task));
});

test('the funder’s decision letter, stored with its hash, has the same bytes off the loop as on it', async () => {
  const letter = decisionLetter({
    funderName: 'Gemeente Groningen',
    providerName: 'Zorggroep De Linde',
    clientName: 'J. Mulder',
    procedureLabel: 'beëindiging',
    submittedOn: '2026-09-01',
    decision: {
      outcome: 'accepted-with-conditions',
      decidedOn: '2026-09-03',
      reasons: 'Getoetst aan de stukken en het contract.',
      conditions: 'De einddatum spreekt u af met de toegangsmedewerker.',
      continuity: 'Zorggroep Oost neemt over.',
      igjPointed: false,
      pgbOffered: false,
      referredToAccess: true,
    },
    objectionDeadline: null,
    unmetDuties: [],
    overrideReason: null,
    onObjection: false,
  });
  const task: RenderTask = { kind: 'decision-letter', letter, date: '2026-09-03', funderName: 'Gemeente Groningen', clientName: 'J. Mulder' };
  const pdf = await renderOffThread(task);
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  assert.deepEqual(pdf, await render(task));
});

test('while a 2,000-entry request PDF is made off the event loop, timers on the loop keep firing', async () => {
  const task = funderRequestTask(2000);
  await renderOffThread(funderRequestTask(5)); // the worker is up
  let ticks = 0;
  let done = false;
  const rendering = renderOffThread(task).then((pdf) => {
    done = true;
    return pdf;
  });
  // Rendered on the main thread, no timer could fire before the PDF is done.
  await new Promise<void>((resolve) => {
    const tick = () => {
      ticks++;
      if (ticks === 3) resolve();
      else setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
  });
  assert.equal(done, false, 'three turns of the event loop passed before the PDF was ready');
  assert.ok((await rendering).subarray(0, 5).toString() === '%PDF-');
});

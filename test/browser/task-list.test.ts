import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { testDatabases } from '../support/databases.ts';
import { pdfText } from '../support/pdf.ts';
import { axeViolations, horizontalOverflow, screenshot, startPhoneSession, type BrowserSession } from './browser.ts';

// A team lead works a case from the task list alone, on a phone-sized window: open the first task,
// fill in what the form does not already say, save, and repeat until the request can go to the
// funder. Each task opens the form that satisfies it with its type and known fields filled in;
// every page passes axe and does not scroll sideways at 390 px.

const TODAY = '2026-03-16';
const database = testDatabases[0]!;

/** Fills every field the task left open with a plausible value; what the task filled in stays. */
async function completeForm(page: Page): Promise<void> {
  await page.evaluate((today) => {
    const form = document.querySelector('form.zv-form') as HTMLFormElement;
    for (const el of Array.from(form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea'))) {
      // A correction is a choice of its own, never a default.
      if (el.type === 'hidden' || el.disabled || el.name === 'corrects') continue;
      if (el instanceof HTMLSelectElement) {
        if (el.value === '') el.value = Array.from(el.options).find((o) => o.value !== '')?.value ?? '';
      } else if (el instanceof HTMLTextAreaElement) {
        if (el.value === '') el.value = 'Vastgelegd tijdens de rondgang door de takenlijst.';
      } else if (el.type === 'date') {
        if (el.value === '') el.value = today;
      } else if (el.type === 'radio' || el.type === 'checkbox') {
        const group = Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="${el.name}"]`));
        // Yes where the group asks yes or no; otherwise the first choice, when nothing is chosen.
        if (!group.some((g) => g.checked)) (group.find((g) => g.value === 'ja') ?? group[0])!.checked = true;
      } else if (el.value === '' && el.getAttribute('aria-required') === 'true') {
        el.value = el.inputMode === 'numeric' || el.inputMode === 'decimal' ? '1' : 'Vastgelegd in de rondgang';
      }
    }
  }, TODAY);
}

async function check(page: Page, name: string, seen: Set<string>): Promise<void> {
  assert.equal(await horizontalOverflow(page), 0, `${name}: scrolls sideways at 390 px`);
  if (seen.has(name)) return;
  seen.add(name);
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`);
}

/** Works the case from its task list until the checklist says the request can be submitted; returns the tasks done. */
async function workTasks(page: Page, seen: Set<string>): Promise<string[]> {
  const done: string[] = [];
  for (let round = 0; round < 40; round++) {
    await check(page, 'casus', seen);
    if ((await page.locator('#indienbaar.utrecht-alert--ok').count()) > 0) return done;
    const first = page.locator('#volgende-stappen [data-task] a').first();
    assert.ok((await first.count()) > 0, `no open task with a form, yet the request cannot be submitted: ${await page.locator('#volgende-stappen').innerText()}`);
    const task = (await page.locator('#volgende-stappen [data-task]:has(a)').first().getAttribute('data-task')) as string;
    // A rule asking for two warnings is a task twice; more means the saved entry did not satisfy it.
    const text = await page.locator(`#volgende-stappen [data-task="${task}"]`).innerText();
    assert.ok(done.filter((t) => t === task).length < 2, `${task}: still open after its form was saved twice: ${text}`);
    done.push(task);
    await first.click();
    await check(page, `formulier ${new URL(page.url()).searchParams.get('soort')}`, seen);
    await completeForm(page);
    await page.getByRole('button', { name: 'Opslaan in het dossier' }).click();
    await page.waitForURL(/opgeslagen=/).catch(async () => assert.fail(`${task}: not saved: ${await page.locator('#foutmeldingen').innerText()}`));
  }
  assert.fail('the request could not be submitted after 40 tasks');
}

describe('the task list in Chromium at 390 px', () => {
  let s: BrowserSession;
  before(async () => {
    s = await startPhoneSession(database, 'regievoerder@delinde.example', { today: () => TODAY });
  });
  after(() => s?.close());
  const seen = new Set<string>();

  test('on paper: the case page and the deadline list print without navigation, buttons or forms', async () => {
    const { page } = s;
    await page.goto(`${s.url}/casussen`);
    await page.locator('table a[href^="/casussen/"]').first().click();
    const client = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    await page.emulateMedia({ media: 'print' });
    // The case's summary card goes on paper; its breadcrumb and the form to change who is responsible do not.
    for (const [name, mustShow] of [['casus', [client, 'Verantwoordelijke', 'Volgende termijn']], ['termijnen', ['Termijnen']]] as const) {
      if (name === 'termijnen') await page.goto(`${s.url}/termijnen`);
      const text = pdfText(await page.pdf({ format: 'A4' }));
      for (const shown of mustShow) assert.ok(text.includes(shown), `${name}: ${shown} is on paper`);
      for (const screenOnly of ['Mijn casussen', 'Uitloggen', 'Direct naar de inhoud', 'Item toevoegen', 'Documenten en brieven', 'Filteren', 'Opslaan', 'Verantwoordelijke wijzigen']) {
        assert.ok(!text.includes(screenOnly), `${name}: '${screenOnly}' is not on paper`);
      }
    }
    await page.emulateMedia({ media: 'screen' });
  });

  for (const [name, soort, client] of [
    ['Groningen termination', 'groningen-wmo|beeindiging', 'T. (Taak) Groningen'],
    ['VGZ termination', 'vgz-wijkverpleging|beeindiging', 'T. (Taak) Zwolle'],
  ] as const) {
    test(`${name}: from a new case to a request that can be submitted, by the task list alone`, async () => {
      const { page } = s;
      await page.goto(`${s.url}/casussen/nieuw`);
      await page.getByLabel('Naam van de cliënt').fill(client);
      await page.getByLabel('Geboortedatum').fill('1961-05-04');
      await page.getByRole('group', { name: 'Heeft de cliënt een wettelijk vertegenwoordiger?' }).getByLabel('Nee', { exact: true }).check();
      await page.getByLabel('Zorg gestart op').fill('2024-01-08');
      await page.getByLabel('Regime en procedure').selectOption(soort);
      await page.getByRole('button', { name: 'Casus openen' }).click();
      await page.getByRole('heading', { level: 1, name: client }).waitFor();
      const done = await workTasks(page, seen);
      assert.ok(done.length >= 4, done.join());
      await screenshot(page, `takenlijst-${soort.split('|')[0]}`);
      // The case's documents, one link away: the request the task list led to is there to download.
      await page.getByRole('link', { name: 'Documenten en brieven' }).click();
      await page.getByRole('heading', { level: 1, name: `Documenten van ${client}` }).waitFor();
      await check(page, 'documenten', seen);
      const response = await page.request.get(`${s.url}${await page.getByRole('link', { name: 'Verzoek aan de financier (PDF)' }).getAttribute('href')}`);
      assert.equal(response.headers()['content-type'], 'application/pdf');
    });
  }
});

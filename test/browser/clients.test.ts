import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { testDatabases } from '../support/databases.ts';
import { axeViolations, PHONE, screenshot, signIn, startBrowserSession, type BrowserSession } from './browser.ts';

// The care agreement's pages in Chromium (issue 15): the demo client's four tabs and 'Taken', each
// through axe and without sideways scrolling on a 390 px wide phone; a regievoerder plans an
// appointment and records a payment reminder with the forms, and a wrong time is refused
// in Dutch naming the field. PGlite only: the browser is what is tested here.

const database = testDatabases[0]!;

async function check(page: Page, name: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${name} scrolls sideways by ${overflow}px at 390 px`);
  await screenshot(page, name);
}

describe('the care agreement pages in Chromium', () => {
  let s: BrowserSession;
  before(async () => {
    s = await startBrowserSession(database);
    await s.page.setViewportSize(PHONE);
  });
  after(() => s?.close());

  test('the demo client: four tabs and the tasks, accessible at 390 px; the overdue evaluation and the second no-show show', async () => {
    const { page } = s;
    await signIn(s, 'regievoerder@delinde.example');
    await page.goto(`${s.url}/clienten`);
    await check(page, 'clienten');
    await page.getByRole('link', { name: 'A. Bakker' }).click();
    await page.getByRole('heading', { name: 'Afspraken', level: 2 }).waitFor();
    await check(page, 'client-afspraken');
    assert.equal(await page.locator('[data-outcome="no-show"]').count(), 2);
    await page.getByText('Neem contact op met de gemeente (klantmanager)', { exact: false }).waitFor();

    await page.getByRole('link', { name: 'Facturen' }).click();
    await page.getByRole('heading', { name: 'Facturen', level: 2 }).waitFor();
    await check(page, 'client-facturen');
    assert.equal(await page.locator('[data-invoice]').count(), 2);

    await page.getByRole('link', { name: 'Ondersteuningsplan' }).click();
    await page.locator('[data-evaluation="overdue"]').waitFor();
    await check(page, 'client-ondersteuningsplan');

    await page.getByRole('link', { name: 'Overeenkomst' }).click();
    await page.getByText('Noordoostpolder', { exact: false }).waitFor();
    await check(page, 'client-overeenkomst');

    await page.getByRole('link', { name: 'Taken' }).first().click();
    await page.locator('[data-kind="agreement.contact-municipality"]').waitFor();
    await check(page, 'taken');
  });

  test('a regievoerder plans an appointment (48 hours before it shown across the clock change) and records a payment reminder; a time that does not exist is refused in Dutch', async () => {
    const { page } = s;
    await page.goto(`${s.url}/clienten`);
    await page.getByRole('link', { name: 'A. Bakker' }).click();

    // 02:30 on the last Sunday of March does not exist in the Netherlands.
    await page.getByLabel('Begin').fill('2027-03-28T02:30');
    await page.getByLabel('Duur in minuten').fill('60');
    await page.getByLabel('Welke ondersteuning').fill('Begeleiding bij de administratie');
    await page.getByLabel('Tarief per uur in euro').fill('60.00');
    await page.getByRole('button', { name: 'Afspraak plannen' }).click();
    await page.getByText('bestaat niet in Nederland', { exact: false }).first().waitFor();
    await check(page, 'afspraak-geweigerd');

    await page.goBack();
    await page.getByLabel('Begin').fill('2027-03-29T10:00');
    await page.getByLabel('Duur in minuten').fill('90');
    await page.getByLabel('Welke ondersteuning').fill('Begeleiding bij de administratie');
    await page.getByLabel('Tarief per uur in euro').fill('60.00');
    await page.getByRole('button', { name: 'Afspraak plannen' }).click();
    await page.waitForURL(/#afspraak-/);
    const planned = page.locator('li[data-appointment]').filter({ hasText: 'maandag 29 maart 2027 om 10:00' });
    assert.equal(await planned.getAttribute('data-outcome'), 'planned');
    // 48 hours before, across the change to summer time: Saturday 09:00.
    await planned.getByText('Kosteloos afmelden kan tot zaterdag 27 maart 2027 om 09:00').waitFor();

    await page.getByRole('link', { name: 'Facturen' }).click();
    // The demo's oldest invoice is always past its term: the reminder is due.
    const dueInvoice = page.locator('li[data-status="reminder-due"]');
    await dueInvoice.getByText('Betalingsherinnering vastleggen').click();
    await dueInvoice.getByLabel('Verstuurd op').fill(new Date().toISOString().slice(0, 10));
    await dueInvoice.getByLabel('De herinnering noemt de incassokosten').check();
    await dueInvoice.getByRole('button', { name: 'Herinnering opslaan' }).click();
    await page.waitForURL(/#factuur-/);
    await check(page, 'factuur-herinnerd');
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { todayInAmsterdam } from '../../src/clock.ts';
import { addDays } from '../../src/domain/calendar/dates.ts';
import { testDatabases } from '../support/databases.ts';
import { insertFunderRequest } from '../support/funder-requests.ts';
import { axeViolations, PHONE, screenshot, signIn, startBrowserSession, unreachableByKeyboard, type BrowserSession } from './browser.ts';

// A VGZ suspension reported to Zorgadvies en Bemiddeling and passed on to Zorginkoop, as the people
// involved do it in a browser: the provider's regievoerder, VGZ's zorgadviseur, and someone at VGZ
// reading what Zorginkoop got. Every page passes axe, works by keyboard, and its content fits 390 px.

const database = testDatabases[0]!;

async function check(page: Page, name: string): Promise<void> {
  // Signed in: the menu and 'Uitloggen' are on every page.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor({ timeout: 2000 });
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`);
  assert.deepEqual(await unreachableByKeyboard(page), [], `keyboard on ${name}`);
  await page.setViewportSize(PHONE);
  // The page's own content stays inside main (the shared header and the body's margin are the layout's, not these pages').
  const wide = await page.evaluate(() => {
    const main = document.querySelector('main') as HTMLElement;
    const right = main.getBoundingClientRect().right;
    // A table scrolls within its own box (components/table-container.ts): what is scrolled out of sight is not wider than the page.
    return [...main.querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > right + 0.5 && (e.parentElement?.closest('.utrecht-table-container') ?? null) === null)
      .map((e) => `${e.tagName}.${e.className}`)
      .slice(0, 8);
  });
  assert.deepEqual(wide, [], `${name}: content wider than the page at 390 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, name);
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForURL(/\/inloggen$/);
}

describe('suspension reports in Chromium', () => {
  let s: BrowserSession;
  before(async () => {
    s = await startBrowserSession(database);
  });
  after(() => s?.close());

  test('reported from the case page, passed on anonymised by the zorgadviseur, read by Zorginkoop without the client', async () => {
    const { page } = s;
    await signIn(s, 'regievoerder@delinde.example');
    await page.goto(`${s.url}/casussen`);
    await page.getByRole('link', { name: 'mevrouw G. Smit' }).click();
    await page.getByRole('link', { name: 'Opschorting melden bij Zorgadvies en Bemiddeling (VGZ)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opschorting melden bij Zorgadvies en Bemiddeling' }).waitFor();
    await check(page, 'opschorting-melden');

    // Without an account of the problems: refused, in Dutch, nothing stored.
    await page.getByRole('button', { name: 'Melden bij Zorgadvies en Bemiddeling' }).click();
    await page.getByRole('alert').getByText('Vul de toelichting in').waitFor();
    await check(page, 'opschorting-melden-fout');
    await page.getByLabel('Toelichting').fill('Mevrouw Smit weigert de badkamer schoon te maken. Wij vragen advies over een andere aanbieder.');
    await page.getByRole('button', { name: 'Melden bij Zorgadvies en Bemiddeling' }).click();
    await page.getByRole('heading', { level: 1, name: 'Melding van opschorting' }).waitFor();
    // The provider reads its own report back, and cannot pass it on.
    assert.equal(await page.getByRole('button', { name: 'Doorsturen naar Zorginkoop (geanonimiseerd)' }).count(), 0);
    await signOut(page);

    await signIn(s, 'zorgadviseur@vgz.example');
    // A zorgadviseur lands on the requests to decide; the reports are one menu item further.
    await page.getByRole('heading', { level: 1, name: 'Verzoeken' }).waitFor();
    await page.getByRole('link', { name: 'Opschortingsmeldingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen van opschorting' }).waitFor();
    await check(page, 'opschortingsmeldingen');
    await page.getByRole('link', { name: 'mevrouw G. Smit' }).click();
    await check(page, 'opschortingsmelding');
    const zorginkoop = page.locator('section[aria-labelledby="zorginkoop-kop"]');
    const preview = await zorginkoop.locator('dl').innerText();
    assert.match(preview, /\[naam\] weigert de badkamer schoon te maken/);
    assert.doesNotMatch(await zorginkoop.innerText(), /Smit|1941/);
    await page.getByRole('button', { name: 'Doorsturen naar Zorginkoop (geanonimiseerd)' }).click();
    await page.getByRole('heading', { level: 2, name: /^Doorgestuurd naar Zorginkoop op / }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Doorsturen naar Zorginkoop (geanonimiseerd)' }).count(), 0);
    // What was passed on is what was shown.
    assert.equal(await zorginkoop.locator('dl').innerText(), preview);
    await signOut(page);

    await signIn(s, 'medisch.adviseur@vgz.example');
    await page.getByRole('heading', { level: 1, name: 'Verzoeken' }).waitFor();
    await page.getByRole('link', { name: 'Zorginkoop' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zorginkoop: meldingen van opschorting' }).waitFor();
    await check(page, 'zorginkoop');
    const body = await page.locator('main').innerText();
    assert.match(body, /\[naam\] weigert de badkamer schoon te maken/);
    assert.doesNotMatch(body, /Smit|1941|03-11/);
  });

  test('the dashboard: each chart an image with a title and a description, its numbers in a table, the CSV beside it', async () => {
    const { page } = s;
    const today = todayInAmsterdam();
    const ago = (days: number) => new Date(Date.now() - days * 86_400_000);
    await insertFunderRequest(s.store, { regime: 'vgz-wijkverpleging', state: 'under-review', submittedAt: ago(25), deadline: addDays(today, -1) });
    await insertFunderRequest(s.store, { regime: 'vgz-wijkverpleging', state: 'decided', submittedAt: ago(30), deadline: addDays(today, -5), decidedAt: ago(20), decision: 'accepted' });
    await signOut(page);
    await signIn(s, 'zorgadviseur@vgz.example');
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await check(page, 'dashboard');
    await page.getByRole('img', { name: /^Open verzoeken naar termijn, VGZ/ }).waitFor();
    await page.getByRole('img', { name: /^Besluiten per maand, VGZ/ }).waitFor();
    await page.getByRole('table', { name: /^Open verzoeken naar termijn, VGZ.*: de cijfers$/ }).getByRole('row', { name: /Over de termijn 1/ }).waitFor();
    const csv = await page.request.get(`${s.url}/dashboard.csv`);
    // In words for people (review finding 21): no program keys.
    const text = await csv.text();
    assert.match(text, /^Regime,Cijfer,Waarvan,Waarde\n/);
    assert.match(text, /VGZ[^\n]*,Open verzoeken,binnen een week,/);
    assert.doesNotMatch(text, /withinAWeek/);
  });
});

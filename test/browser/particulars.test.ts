import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { testDatabases } from '../support/databases.ts';
import { axeViolations, horizontalOverflow, signIn, startPhoneSession, type BrowserSession } from './browser.ts';

// The forms that change what letters print (decision 0025), on a phone: a wrong value is named
// beside its field and the page still passes axe and fits 390 px; a right one is saved. PGlite only:
// the databases differ in no page.

const database = testDatabases[0]!;

async function check(page: Page, name: string): Promise<void> {
  assert.equal(await horizontalOverflow(page), 0, `${name}: scrolls sideways at 390 px`);
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`);
}

describe('changing the particulars letters print, in Chromium at 390 px', () => {
  let s: BrowserSession;
  before(async () => {
    s = await startPhoneSession(database, 'regievoerder@delinde.example');
  });
  after(() => s?.close());

  test("the regievoerder changes a client's salutation from the case page", async () => {
    const { page } = s;
    const { id } = await s.store.db
      .selectFrom('cases')
      .innerJoin('organisations', 'organisations.id', 'cases.organisation_id')
      .select('cases.id')
      .where('organisations.slug', '=', 'de-linde')
      .orderBy('cases.created_at')
      .executeTakeFirstOrThrow();
    await page.goto(`${s.url}/casussen/${id}`);
    await page.getByRole('link', { name: 'Adres of aanhef wijzigen' }).click();
    await check(page, 'adres');
    await page.getByLabel('Aanhef in brieven').fill('Beste Jan,');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    assert.match((await page.locator('#veld-salutation-fout').textContent()) ?? '', /aanhef in brieven moet op één regel staan/i);
    await check(page, 'adres met een fout');
    await page.getByLabel('Aanhef in brieven').fill('Beste Jan');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(`${s.url}/casussen/${id}`);
    assert.match((await page.locator('main').textContent()) ?? '', /Beste Jan/);
  });

  test("the beheerder changes the organisation's phone number", async () => {
    const { page } = s;
    await page.context().clearCookies();
    await signIn(s, 'beheerder@delinde.example');
    await page.getByRole('link', { name: 'Gegevens voor brieven' }).click();
    await check(page, 'organisatie');
    await page.getByLabel('Telefoonnummer').fill('bel ons');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    assert.match((await page.locator('#veld-phone-fout').textContent()) ?? '', /telefoonnummer/i);
    await check(page, 'organisatie met een fout');
    await page.getByLabel('Telefoonnummer').fill('050 987 65 43');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/\/beheer\/organisatie\?opgeslagen$/);
    assert.match((await page.locator('main').textContent()) ?? '', /Opgeslagen/);
    assert.equal(await page.getByLabel('Telefoonnummer').inputValue(), '050 987 65 43');
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { testDatabases } from '../support/databases.ts';
import { pdfText } from '../support/pdf.ts';
import { axeViolations, horizontalOverflow, screenshot, startPhoneSession, type BrowserSession } from './browser.ts';

// A team lead does a letter from the pages alone, on a phone-sized window: choose the letter the
// regime offers, fill in what the dossier cannot say, edit the text, approve it, download the PDF,
// and find it again from the case's timeline. A draft that is not wanted is thrown away. Every page
// passes axe and does not scroll sideways at 390 px.

const TODAY = '2026-08-22';
const database = testDatabases[0]!;

async function check(page: Page, name: string): Promise<void> {
  assert.equal(await horizontalOverflow(page), 0, `${name}: scrolls sideways at 390 px`);
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`);
  await screenshot(page, `brieven-${name}`);
}

/** The PDF behind a link, fetched with the page's session: status, type and text. */
async function pdfBehind(page: Page, url: string, href: string): Promise<{ status: number; type: string; text: string }> {
  const response = await page.request.get(`${url}${href}`);
  const type = response.headers()['content-type'] ?? '';
  return { status: response.status(), type, text: type.startsWith('application/pdf') ? pdfText(await response.body()) : '' };
}

describe('letters from the case pages in Chromium at 390 px', () => {
  let s: BrowserSession;
  before(async () => {
    s = await startPhoneSession(database, 'regievoerder@delinde.example', { today: () => TODAY });
  });
  after(() => s?.close());

  test('draft → edit → approve → download a warning, and its entry in the timeline links to the PDF', async () => {
    const { page } = s;
    await page.goto(`${s.url}/casussen`);
    await page.getByRole('link', { name: 'J. (Jan) Mulder' }).first().click();
    const caseUrl = page.url();
    await page.getByRole('link', { name: 'Documenten en brieven' }).click();
    await check(page, 'documenten');

    // The regime's letters, each a form.
    await page.getByRole('link', { name: 'Schriftelijke waarschuwing' }).click();
    await check(page, 'opstellen');
    await page.getByRole('button', { name: 'Concept opstellen' }).click();
    // Nothing filled in: each field says what to do, in words, and nothing is stored.
    const summary = await page.locator('#foutmeldingen').innerText();
    assert.match(summary, /Vul ‘Wat moet er veranderen’ in/);
    assert.match(summary, /Vul de datum waarop het beter moet zijn in/);
    assert.match(summary, /Kies het gevolg als het niet verandert$/m);
    assert.doesNotMatch(summary, /\$\.|params/);
    await check(page, 'opstellen-fouten');
    await page.getByLabel('Wat moet er veranderen').fill('Praat rustig met onze medewerkers, ook als een afspraak verandert.');
    await page.getByLabel('Datum waarop het beter moet zijn').fill('2026-09-05');
    await page.getByLabel('Gevolg als het niet verandert').selectOption('termination');
    await page.getByRole('button', { name: 'Concept opstellen' }).click();
    await page.waitForURL(/\/bewerken$/);
    await check(page, 'bewerken');

    // The text emptied: refused, naming the field.
    const body = page.getByLabel('Tekst van de brief');
    const drafted = await body.inputValue();
    assert.match(drafted, /Praat rustig met onze medewerkers/);
    await body.fill('');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    assert.match(await page.locator('#foutmeldingen').innerText(), /Vul de tekst van de brief in/);
    await check(page, 'bewerken-fout');

    await body.fill(`${drafted}\n\nWij bellen u volgende week om dit samen te bespreken.`);
    await page.getByLabel('Onderwerp').fill('Waarschuwing: zo kan het niet verder');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.waitForURL(/opgeslagen=/);
    assert.equal(await page.getByLabel('Onderwerp').inputValue(), 'Waarschuwing: zo kan het niet verder');

    await page.getByRole('button', { name: 'Goedkeuren en versturen' }).click();
    await page.waitForURL(/\/documenten/);
    const sent = page.locator('[data-status="sent"]', { hasText: 'Waarschuwing: zo kan het niet verder' });
    assert.equal(await sent.count(), 1);
    const pdf = await pdfBehind(page, s.url, (await sent.getByRole('link', { name: 'Waarschuwing: zo kan het niet verder' }).getAttribute('href')) as string);
    assert.equal(pdf.status, 200);
    assert.match(pdf.type, /^application\/pdf/);
    assert.match(pdf.text, /Wij bellen u volgende week om dit samen te bespreken\./);
    assert.doesNotMatch(pdf.text, /CONCEPT/);
    // Sent to the mentor as she wishes to be addressed, signed by the one who approved it, with whom to call and complain to.
    for (const fact of ['Vechtstraat 8', 'Geachte mevrouw Mulder-Bakker,', 'Mohamed El Amrani Regievoerder Zorggroep De Linde', 'Bel ons dan op 050 123 45 67', 'klachten@delinde.example', 'Datum: 22 augustus 2026']) {
      assert.ok(pdf.text.includes(fact), `the letter lacks "${fact}": ${pdf.text}`);
    }

    // The timeline's warning entry links to the letter as it was sent.
    await page.goto(caseUrl);
    await check(page, 'casus');
    const link = page.locator('[data-entry-type="warning"]').getByRole('link', { name: 'De verzonden brief (PDF)' });
    assert.equal(await link.count(), 1);
    const fromTimeline = await pdfBehind(page, s.url, (await link.getAttribute('href')) as string);
    assert.equal(fromTimeline.status, 200);
    assert.match(fromTimeline.type, /^application\/pdf/);
    assert.equal(fromTimeline.text, pdf.text);
  });

  test('a draft that is not wanted is thrown away', async () => {
    const { page } = s;
    await page.goto(`${s.url}/casussen`);
    await page.getByRole('link', { name: 'J. (Jan) Mulder' }).first().click();
    await page.getByRole('link', { name: 'Documenten en brieven' }).click();
    const documents = page.url();
    await page.getByRole('link', { name: 'Verzoek om toestemming voor overdracht van het dossier' }).click();
    await page.getByLabel('Nieuwe zorgaanbieder').fill('Stichting Noorderpoort');
    await page.getByRole('button', { name: 'Concept opstellen' }).click();
    await page.waitForURL(/\/bewerken$/);
    const letterId = /brieven\/([0-9a-f-]{36})\/bewerken/.exec(page.url())?.[1] as string;
    await page.getByRole('button', { name: 'Concept weggooien' }).click();
    await page.waitForURL(/\/documenten/);
    assert.equal(await page.locator(`[data-letter="${letterId}"]`).count(), 0);
    assert.equal(new URL(page.url()).pathname, new URL(documents).pathname);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { importDossier } from '../../src/commands/cases/import-dossier.ts';
import { execute } from '../../src/commands/pipeline/execute.ts';
import { operatorContext } from '../../src/commands/pipeline/machine.ts';
import { testDatabases } from '../support/databases.ts';
import { axeViolations, PHONE, screenshot, signIn, startBrowserSession, type BrowserSession } from './browser.ts';

// Mijn dossier in Chromium, as a client and as their legal representative (decision 0020): the
// regievoerder invites both and withholds an entry; each follows their link, sets a password,
// enrols a second factor, reads the file (the withheld entry only as a notice with its reason),
// downloads the copy, sees who looked, and asks for a correction. Every page passes axe and fits a
// phone's 390 px without scrolling sideways. PGlite only: the databases differ in no page.

const database = testDatabases[0]!;
const PASSWORD = 'kraanvogel-lantaarn-zeef-pannenkoek';
const WITHHELD = 'Wat de buurvrouw vertelde over de kinderen';

async function assertAccessible(page: Page, name: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`);
  await screenshot(page, name);
}

/** On a phone: the page fits 390 px, nothing to scroll sideways; then back to a computer's width. */
async function assertFitsPhone(page: Page, name: string): Promise<void> {
  await page.setViewportSize(PHONE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${name}: ${overflow} px wider than the phone`);
  await assertAccessible(page, `${name}-390`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

const code = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate();

describe('Mijn dossier in Chromium, as the client and as their representative', () => {
  let s: BrowserSession;
  let caseId: string;
  const links = new Map<string, string>();
  before(async () => {
    s = await startBrowserSession(database);
    const organisationId = (await s.store.db.selectFrom('organisations').select('id').where('slug', '=', 'de-linde').executeTakeFirstOrThrow()).id;
    caseId = (
      await execute(operatorContext(s.store), importDossier, {
        organisationId,
        document: {
          format: 'zorgvuldig.dossier/1',
          regime: 'onl-wmo',
          procedure: 'beeindiging',
          client: { name: 'Jantje Jansen', birthDate: '1950-05-05', hasRepresentative: true },
          careStarted: '2025-01-06',
          entries: [
            { id: 'e1', type: 'warning', date: '2026-10-01', description: 'Schelden tegen de medewerker', written: true, consequence: 'termination' },
            { id: 'e2', type: 'incident', date: '2026-10-10', ground: 'aggression', description: WITHHELD, by: 'client' },
          ],
        },
      })
    ).caseId;
  });
  after(() => s?.close());

  test('the regievoerder invites the client and a representative from the case and withholds an entry', async () => {
    const { page } = s;
    await signIn(s, 'regievoerder@delinde.example');
    await page.goto(`${s.url}/casussen/${caseId}`);
    await page.getByRole('link', { name: 'Toegang van de cliënt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Toegang van de cliënt tot het eigen dossier' }).waitFor();
    await assertAccessible(page, 'clienttoegang');
    for (const [holder, name, email, ground] of [
      ['De cliënt zelf', 'Jantje Jansen', 'jantje@jansen.example', ''],
      ['Een wettelijk vertegenwoordiger', 'Piet Jansen', 'piet@jansen.example', 'curator'],
    ] as const) {
      await page.goto(`${s.url}/casussen/${caseId}/clienttoegang`);
      await page.getByLabel('Wie').selectOption({ label: holder });
      await page.getByLabel('Naam').fill(name);
      await page.getByLabel('E-mailadres').fill(email);
      if (ground !== '') await page.getByLabel(/Grond van de vertegenwoordiging/).fill(ground);
      await page.getByRole('button', { name: 'Uitnodigen' }).click();
      links.set(email, new URL(await page.getByLabel('Uitnodigingslink (kopieer hem nu)').inputValue()).pathname);
      await assertAccessible(page, 'clienttoegang-uitgenodigd');
    }
    await page.goto(`${s.url}/casussen/${caseId}/clienttoegang`);
    await page.getByLabel('Item', { exact: true }).selectOption('e2');
    await page.getByLabel('Reden (artikel 3)').selectOption('child-abuse');
    await page.getByRole('button', { name: 'Afschermen voor de cliënt' }).click();
    await page.locator('[data-withheld="e2"]').waitFor();
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await page.waitForURL(/\/inloggen$/);
  });

  for (const [who, email] of [['client', 'jantje@jansen.example'], ['representative', 'piet@jansen.example']] as const) {
    test(`the ${who}: invitation, password, second factor, the file without the withheld entry, the copy, who looked, a correction request`, async () => {
      const { page } = s;
      await page.goto(`${s.url}${links.get(email)}`);
      await page.getByLabel('Nieuw wachtwoord').fill(PASSWORD);
      await page.getByLabel('Herhaal het wachtwoord').fill(PASSWORD);
      await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tweede factor instellen' }).waitFor();
      const secret = ((await page.locator('.zv-secret').textContent()) ?? '').replace(/\s/g, '');
      await page.getByLabel('Code').fill(code(secret));
      await page.getByRole('button', { name: 'Tweede factor instellen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Uw herstelcodes' }).waitFor();
      await page.getByRole('link', { name: /verder naar Zorgvuldig/ }).click();
      await page.waitForURL(new RegExp(`/mijn-dossier/${caseId}$`));

      await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
      await page.getByText('Eén onderdeel van uw dossier kunt u niet zien.').waitFor();
      await page.getByText('Om kindermishandeling te beëindigen of een vermoeden daarvan te onderzoeken.').waitFor();
      assert.equal(await page.getByText(WITHHELD).count(), 0);
      await page.getByText('Schelden tegen de medewerker').first().waitFor();
      await assertAccessible(page, `mijn-dossier-${who}`);
      await assertFitsPhone(page, `mijn-dossier-${who}`);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download een kopie/ }).click()]);
      assert.equal(download.suggestedFilename(), 'kopie-dossier.pdf');

      await page.getByRole('link', { name: 'Bekijk wie uw dossier heeft bekeken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Wie heeft mijn dossier bekeken?' }).waitFor();
      await page.locator('[data-role="regievoerder"]').first().waitFor();
      await assertAccessible(page, `wie-keek-${who}`);
      await assertFitsPhone(page, `wie-keek-${who}`);
      await page.getByLabel('Vanaf').fill('2999-01-01');
      await page.getByRole('button', { name: 'Toon deze periode' }).click();
      await page.getByText('0 keer in deze periode.').waitFor();

      await page.getByRole('link', { name: 'Terug naar mijn dossier' }).click();
      await page.getByLabel('Welk onderdeel klopt niet?').selectOption('e1');
      await page.getByLabel('Wat moet er anders?').fill(`Dit klopt niet (${who}).`);
      await page.getByRole('button', { name: 'Vraag om verbetering' }).click();
      await page.getByText('Uw verzoek is verstuurd.').waitFor();
      await assertAccessible(page, `verzoek-verstuurd-${who}`);
      await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
      await page.waitForURL(/\/inloggen$/);
    });
  }
});

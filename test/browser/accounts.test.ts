import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { runCli, startServer, stop, type RunningServer } from '../support/processes.ts';
import { axeViolations, launchBrowser, screenshot, unreachableByKeyboard } from './browser.ts';

// A new installation without demo data, as its first beheerder meets it: the operator makes the
// organisation and the first user at the machine (the CLI prints an invitation link), the beheerder
// follows the link in a browser, sets a password, enrols the second factor with a code computed
// here from the secret the page shows, gets recovery codes, signs out and in again with password
// and code, then invites a colleague, makes a team and looks at their own account. Every page
// passes axe-core and its Content-Security-Policy (no inline script or style), and so does the API
// reference. A real `zorgvuldig serve` process on PGlite (the browser suite runs on PGlite only).

const root = mkdtempSync(join(tmpdir(), 'zorgvuldig-first-install-'));
const env = { ZORGVULDIG_DATA_DIR: join(root, 'data'), ZORGVULDIG_DEMO_DATA: 'false', ZORGVULDIG_PUBLIC_URL: 'https://zorgvuldig.test' };
const PASSWORD = 'kraanvogel-lantaarn-zeef-pannenkoek';

async function assertAccessible(page: Page, name: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe and CSP on ${name}`);
  assert.deepEqual(await unreachableByKeyboard(page), [], `keyboard on ${name}`);
  await screenshot(page, name);
}

/** The code an authenticator app shows for the secret, `ahead` time steps from now. */
function code(secret: string, ahead = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + ahead * 30_000 });
}

describe('a new installation: from the command line to a working sign-in with a second factor', () => {
  let server: RunningServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let invitation: string;
  let secret: string;

  before(async () => {
    const organisation = await runCli(['organisation', 'add', '--kind', 'provider', '--name', 'Zorg aan de Dijk', '--slug', 'zorg-aan-de-dijk'], env);
    assert.equal(organisation.code, 0, organisation.stderr);
    assert.match(organisation.stdout.trim(), /^[0-9a-f-]{36}$/);
    const user = await runCli(['user', 'add', '--org', 'zorg-aan-de-dijk', '--email', 'Beheer@ZorgAanDeDijk.example', '--role', 'beheerder', '--name', 'Bea Heer'], env);
    assert.equal(user.code, 0, user.stderr);
    const link = /https:\/\/zorgvuldig\.test(\/uitnodiging\/zv_[A-Za-z0-9_-]{43})$/m.exec(user.stdout);
    assert.ok(link, user.stdout);
    invitation = link[1] as string;
    // What the operator gets wrong is said plainly, and nothing is made.
    const wrong = await runCli(['user', 'add', '--org', 'zorg-aan-de-dijk', '--email', 'geen-adres', '--role', 'regievoerder'], env);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--email: verplicht: een e-mailadres/);
    const twice = await runCli(['organisation', 'add', '--kind', 'provider', '--name', 'Nog eens', '--slug', 'zorg-aan-de-dijk'], env);
    assert.equal(twice.code, 1);
    assert.match(twice.stderr, /--slug: deze korte naam is al in gebruik/);
    server = await startServer(env);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    if (server !== undefined) await stop(server);
    rmSync(root, { recursive: true, force: true });
  });

  test('the invitation sets a password (a weak one is refused), then the second factor is enrolled and recovery codes shown', async () => {
    const { page } = browser;
    await page.goto(`${server.url}${invitation}`);
    await page.getByRole('heading', { level: 1, name: 'Welkom, Bea Heer' }).waitFor();
    await assertAccessible(page, 'uitnodiging');
    await page.getByLabel('Nieuw wachtwoord').fill('welkom123456');
    await page.getByLabel('Herhaal het wachtwoord').fill('welkom123456');
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await page.getByText('Het wachtwoord is te makkelijk te raden').first().waitFor();
    await assertAccessible(page, 'uitnodiging-zwak-wachtwoord');
    await page.getByLabel('Nieuw wachtwoord').fill(PASSWORD);
    await page.getByLabel('Herhaal het wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();

    await page.getByRole('heading', { level: 1, name: 'Tweede factor instellen' }).waitFor();
    await assertAccessible(page, 'tweede-factor-instellen');
    secret = ((await page.locator('.zv-secret').textContent()) ?? '').replace(/\s/g, '');
    assert.match(secret, /^[A-Z2-7]{32}$/);
    await page.getByLabel('Code').fill('000000');
    await page.getByRole('button', { name: 'Tweede factor instellen' }).click();
    await page.getByText('Deze code klopt niet').first().waitFor();
    await page.getByLabel('Code').fill(code(secret));
    await page.getByRole('button', { name: 'Tweede factor instellen' }).click();

    await page.getByRole('heading', { level: 1, name: 'Uw herstelcodes' }).waitFor();
    const codes = await page.locator('.zv-codes code').allTextContents();
    assert.equal(codes.length, 10);
    await assertAccessible(page, 'herstelcodes');
    await page.getByRole('link', { name: /verder naar Zorgvuldig/ }).click();
    await page.waitForURL(/\/beheer\/toegangslog$/);
    // The invitation worked once.
    await page.goto(`${server.url}${invitation}`);
    await page.getByRole('heading', { level: 1, name: 'Uitnodiging niet (meer) geldig' }).waitFor();
  });

  test('signing out and in again asks for the password and then the code', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/account`);
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await page.waitForURL(/\/inloggen$/);
    await page.getByLabel('E-mailadres').fill('beheer@zorgaandedijk.example');
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Code van de tweede factor' }).waitFor();
    await assertAccessible(page, 'inloggen-code');
    // The code the enrolment used is spent; the next step's is good.
    await page.getByLabel('Code').fill(code(secret, 1));
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.waitForURL(/\/beheer\/toegangslog$/);
    // Signing in is in the access log, as a security event.
    await page.getByRole('cell', { name: /Ingelogd/ }).first().waitFor();
  });

  test('the beheerder invites a colleague, makes a team and puts the colleague in it', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await assertAccessible(page, 'gebruikers');
    await page.getByLabel('Naam').fill('Ruud Regie');
    await page.getByLabel('E-mailadres').fill('ruud@zorgaandedijk.example');
    await page.getByLabel('Rol').selectOption({ label: 'Regievoerder' });
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    const link = await page.getByLabel('Uitnodigingslink (kopieer hem nu)').inputValue();
    assert.match(link, /^https:\/\/zorgvuldig\.test\/uitnodiging\/zv_[A-Za-z0-9_-]{43}$/);
    await assertAccessible(page, 'gebruiker-uitgenodigd');

    await page.getByRole('link', { name: 'Teams' }).click();
    await page.getByLabel('Naam').fill('Team Dijk');
    await page.getByRole('button', { name: 'Team aanmaken' }).click();
    await page.getByRole('rowheader', { name: 'Team Dijk' }).waitFor();
    await assertAccessible(page, 'teams');

    await page.getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('link', { name: 'Ruud Regie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ruud Regie' }).waitFor();
    await assertAccessible(page, 'gebruiker');
    await page.getByLabel('Team').selectOption({ label: 'Team Dijk' });
    await page.getByRole('button', { name: 'Team wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ruud Regie' }).waitFor();
    assert.equal(await page.getByLabel('Team').inputValue() !== '', true);
    await page.getByRole('button', { name: 'Deactiveren' }).click();
    await page.getByText('Gedeactiveerd').waitFor();
  });

  test('Mijn account: the password cannot be changed without the current one', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Mijn account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await assertAccessible(page, 'mijn-account');
    await page.getByLabel('Huidig wachtwoord').fill('niet mijn wachtwoord');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('vijf losse woorden dansen samen');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('vijf losse woorden dansen samen');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('Het huidige wachtwoord klopt niet.').first().waitFor();
    await assertAccessible(page, 'mijn-account-fout');
  });

  test('the API reference works under its Content-Security-Policy', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/api/docs`);
    await page.getByText('Zorgvuldig API').first().waitFor();
    await page.locator('.opblock').first().waitFor();
    const csp = (await axeViolations(page)).filter((line) => line.startsWith('csp:'));
    assert.deepEqual(csp, []);
  });
});

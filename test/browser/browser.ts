import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../src/commands/demo/seed-demo.ts';
import { buildApp } from '../../src/app.ts';
import type { Store } from '../../src/store/database.ts';
import { openTestStore, type TestDatabase } from '../support/databases.ts';

// Debian's Chromium driven by playwright-core against the app running in this process, the way a
// care worker's browser sees it. Never a downloaded browser.

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

export interface BrowserSession {
  url: string;
  page: Page;
  store: Store;
  close(): Promise<void>;
}

export async function startBrowserSession(database: TestDatabase): Promise<BrowserSession> {
  const store = await openTestStore(database);
  await seedDemoIfEmpty(store);
  const app: FastifyInstance = await buildApp({ store });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'zorgvuldig-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
  } catch (error) {
    await app.close();
    await store.close();
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    url,
    page,
    store,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      await app.close();
      await store.close();
    },
  };
}

export async function signIn(session: BrowserSession, email: string): Promise<void> {
  const { page } = session;
  await page.goto(`${session.url}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  // Each lands on the first page the navigation offers them.
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}

/** The WCAG 2.1 A/AA violations axe-core finds on the page, as `rule: target` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

/**
 * Tabs through the page from the top and returns the controls that were never reached: every link,
 * button and form control must be reachable with the keyboard alone.
 */
export async function unreachableByKeyboard(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.querySelectorAll('[data-zv-reached]').forEach((e) => e.removeAttribute('data-zv-reached'));
  });
  // A date field takes three Tab stops in Chromium (day, month, year).
  const total = await page.evaluate(
    () =>
      document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary').length +
      2 * document.querySelectorAll('input[type=date]').length,
  );
  for (let i = 0; i < total + 5; i++) {
    await page.keyboard.press('Tab');
    await page.evaluate(() => document.activeElement?.setAttribute('data-zv-reached', ''));
  }
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
      .filter((e) => !e.hasAttribute('data-zv-reached') && !(e instanceof HTMLInputElement && e.type === 'radio' && !e.checked && document.querySelector(`input[name="${e.name}"][data-zv-reached]`)))
      .map((e) => e.outerHTML.slice(0, 120)),
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

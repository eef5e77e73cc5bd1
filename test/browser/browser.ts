import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../src/commands/demo/seed-demo.ts';
import { buildApp, type AppOptions } from '../../src/app.ts';
import type { Store } from '../../src/store/database.ts';
import { openTestStore, type TestDatabase } from '../support/databases.ts';

// Debian's Chromium driven by playwright-core against the app running in this process, the way a
// care worker's browser sees it. Never a downloaded browser.

// Evaluated through the DevTools protocol, which the pages' Content-Security-Policy does not govern
// (an injected <script> would be refused: the CSP allows no inline script, as it should).
const AXE = readFileSync(fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');
const cspViolations = new WeakMap<Page, string[]>();

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

export interface BrowserSession {
  url: string;
  page: Page;
  store: Store;
  close(): Promise<void>;
}

/** Debian's Chromium with a fresh profile, its first page, and how to close both. */
export async function launchBrowser(): Promise<{ page: Page; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'zorgvuldig-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // Every page is checked against its CSP too: a refused inline script or style shows up in the console.
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) cspViolations.set(page, [...(cspViolations.get(page) ?? []), `csp: ${message.text()}`]);
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The application on a free port with the demo data, and Chromium; `today` pins the application's date, `onRoute` hears each route it registers. */
export async function startBrowserSession(database: TestDatabase, options: Pick<AppOptions, 'today' | 'onRoute'> = {}): Promise<BrowserSession> {
  const store = await openTestStore(database);
  await seedDemoIfEmpty(store);
  const app: FastifyInstance = await buildApp({ store, ...options });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await app.close();
    await store.close();
    throw error;
  }
  return {
    url,
    page: browser.page,
    store,
    async close() {
      await browser.close();
      await app.close();
      await store.close();
    },
  };
}

/** A phone's window: the width every page must fit without scrolling sideways. */
export const PHONE = { width: 390, height: 844 } as const;

/** The application and Chromium in a phone's window, signed in as `email`. */
export async function startPhoneSession(database: TestDatabase, email: string, options: Pick<AppOptions, 'today' | 'onRoute'> = {}): Promise<BrowserSession> {
  const session = await startBrowserSession(database, options);
  try {
    await session.page.setViewportSize(PHONE);
    await signIn(session, email);
  } catch (error) {
    await session.close();
    throw error;
  }
  return session;
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

/**
 * The WCAG 2.1 A/AA violations axe-core finds on the page, as `rule: target` lines, and every
 * Content-Security-Policy violation the browser reported since the last check.
 */
/** How much wider than the window the page is, in CSS pixels: 0 when nothing scrolls sideways. */
export async function horizontalOverflow(page: Page): Promise<number> {
  // Measured once the stylesheets have loaded: before that the browser's own body margin is 8 px.
  await page.waitForLoadState('load');
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

export async function axeViolations(page: Page): Promise<string[]> {
  const csp = cspViolations.get(page) ?? [];
  cspViolations.delete(page);
  if (await page.evaluate(() => !('axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return [...csp, ...violations];
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

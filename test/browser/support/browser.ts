// Browser tests: Debian's Chromium driven by Playwright (never a downloaded browser), against the
// real API, worker, PostgreSQL and SMTP sink of a TestPlatform. Each page can be audited with
// axe-core (WCAG 2.1 A and AA) and photographed at 1280 and 390 px (artefacts under .data/).
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { TestPlatform } from '../../support/test-platform';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags this machine needs (closed network, root, no GPU): see stack-notes. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=fr-FR',
];

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const SCREENSHOT_DIR = join(process.cwd(), '.data', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium est introuvable (${CHROMIUM}) : installez-le avec « apt-get install -y chromium » (.ci/run le fait).`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** A fresh browser profile (no cookie) in Paris time and French. */
export async function newContext(
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
}

/**
 * react-aria's live announcer (visually hidden, outside the page's content) keeps each announcement
 * for 7 s as a `role="img"` node labelled by the element it announced — a pending button gone with
 * its dialog leaves a dangling reference for those seconds. axe skips those transient nodes, not the
 * live regions themselves; waiting them out cost 7 s per audit.
 */
const TRANSIENT_ANNOUNCEMENTS = '[role="log"][aria-live] > [role="img"]';

/** The WCAG 2.1 A/AA violations axe finds on the page as it is now, as readable lines (empty: none). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).exclude(TRANSIENT_ANNOUNCEMENTS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
}

/** Writes `<name>-<width>.png` for the page as it is now (a test artefact, not committed). */
export async function screenshot(page: Page, suite: string, name: string): Promise<string> {
  const directory = join(SCREENSHOT_DIR, suite);
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `${name}-${page.viewportSize()?.width ?? 0}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Audits the page and photographs it at both widths: the checks every console page gets. Returns
 * the violations found at either width.
 */
export async function auditPage(page: Page, suite: string, name: string): Promise<string[]> {
  const violations: string[] = [];
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    violations.push(...(await accessibilityViolations(page)).map((line) => `[${viewport.width}px] ${line}`));
    await screenshot(page, suite, name);
  }
  await page.setViewportSize(DESKTOP);
  return violations;
}

/** Logs in through the console's login page and waits for the page that follows. */
export async function logIn(page: Page, platform: TestPlatform, email: string, password: string, path = '/connexion') {
  await page.goto(`${platform.baseUrl}${path}`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

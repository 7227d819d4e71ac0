import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags that work on the build machines: no sandbox (root), no GPU, and no background traffic to Google.
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const screenshotDir = path.resolve(import.meta.dirname, '../../test-results/screenshots');

export function hasChromium(): boolean {
  return existsSync(chromiumPath);
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/**
 * One Chromium for the enclosing describe block: launched before its tests, closed after them. Read
 * `.browser` inside hooks and tests (it does not exist before the block starts).
 */
export function useChromium(): { readonly browser: Browser } {
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launchChromium();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return {
    get browser() {
      if (!launched) throw new Error('Chromium is not running: read .browser inside a hook or a test');
      return launched;
    },
  };
}

/** A page that fails fast: a missing element should fail a test in seconds, not minutes. */
export async function newPage(browser: Browser, viewport: { width: number; height: number }, deviceScaleFactor = 1): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor });
  page.setDefaultTimeout(15_000);
  return page;
}

/** Collects console errors and page errors so a test can assert there were none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** True when the document is taller or wider than the viewport (i.e. the page would scroll). */
export async function pageScrolls(page: Page): Promise<{ vertical: boolean; horizontal: boolean }> {
  return page.evaluate(() => {
    const element = document.scrollingElement ?? document.documentElement;
    return {
      vertical: element.scrollHeight > window.innerHeight + 1,
      horizontal: element.scrollWidth > window.innerWidth + 1,
    };
  });
}

/**
 * Waits until the page's charts are completely drawn: charts draw in stages a moment after their scene, and
 * each marks itself data-drawn when its last stage (the value labels) is in.
 */
export async function waitForChartsDrawn(page: Page): Promise<void> {
  await page.locator('.figure-bar-chart[data-drawn]').first().waitFor();
  await page.waitForFunction(() => document.querySelector('.figure-bar-chart:not([data-drawn])') === null);
}


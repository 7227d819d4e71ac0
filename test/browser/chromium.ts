import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, errors, type Browser, type Locator, type Page } from 'playwright-core';

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

/** A page whose waits fail in seconds, not minutes, yet hold on a machine busy with another build (load 10+). */
export async function newPage(browser: Browser, viewport: { width: number; height: number }, deviceScaleFactor = 1): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor });
  page.setDefaultTimeout(30_000);
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
  // Screenshots are for people to look at; CI (scripts/test-all.mjs) sets SCREENSHOTS=off to save the encoding time.
  if (process.env.SCREENSHOTS === 'off') return file;
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
 * Waits until the page shows the language the URL asked for. English messages load on demand, and until they
 * arrive the page is in Chinese: a test that counts English labels before then counts none.
 */
export async function waitForLanguage(page: Page, lang: 'zh' | 'en'): Promise<void> {
  await page.waitForFunction((tag) => document.documentElement.lang === tag, lang === 'zh' ? 'zh-CN' : 'en-GB');
}

/**
 * Waits until the page's charts are completely drawn: charts draw in stages a moment after their scene, and
 * each marks itself data-drawn when its last stage (the value labels) is in. `within`: only the charts inside
 * the elements this selector matches (a scene).
 */
export async function waitForChartsDrawn(page: Page, within = ':root'): Promise<void> {
  await page.locator(`${within} .figure-bar-chart[data-drawn]`).first().waitFor();
  await page.waitForFunction((scope) => document.querySelector(`${scope} .figure-bar-chart:not([data-drawn])`) === null, within);
}

/**
 * Waits until the app has taken over the page (hydrated the prerendered screen, or rendered its own). The
 * prerendered HTML shows the scene before any script runs, so a test that acts on the page (changes its DOM,
 * reads React's tree, expects what only the app decides, such as hiding a link on a phone) waits for this.
 */
export async function waitForAppStarted(page: Page): Promise<void> {
  await page.locator('html[data-app-started]').waitFor({ state: 'attached' });
}

/**
 * Puts the page's timers on Playwright's clock, for fastForwardUntil, once the app has started: timers set
 * before that stay real (the boot watchdog's, the first request's time limit). Not from the page's start,
 * where the clock changes how the app's first render, its effects and the English messages' arrival
 * interleave: a page asked for English then sometimes stays in Chinese, which the real clock does not show.
 * The clock stays installed for the page's later loads.
 */
export async function installClockOnceStarted(page: Page): Promise<void> {
  await waitForAppStarted(page);
  await page.clock.install();
}

/**
 * For a wait that the app makes on its own timers (retry backoff, a request's time limit): moves the page's
 * clock (installClockOnceStarted) on by `step` until `locator` reaches `state`, so the test does not sit
 * through the wait in real time. A step fires every timer on the clock that falls due in it, once, as a PC
 * waking from sleep would: a retry that was waiting starts at once, and so does the time limit of a request
 * still on its way. So after each step the page gets `settle` ms of real time (its clock running at its own
 * pace) for what the step set off, a request and its render, before the next step: a request is cut short by
 * a step only when it has already taken that long, as long as the app's own time limit (10 s) would allow it.
 * The default step is past the longest retry delay (60 s, plus its 20% spread).
 */
export async function fastForwardUntil(
  page: Page,
  locator: Locator,
  {
    state = 'attached',
    step = '01:15',
    settle = 10_000,
    timeout = 60_000,
  }: { state?: 'attached' | 'detached'; step?: number | string; settle?: number; timeout?: number } = {},
): Promise<void> {
  const reached = async () => ((await locator.count()) > 0) === (state === 'attached');
  const deadline = Date.now() + timeout;
  while (!(await reached())) {
    if (Date.now() > deadline) throw new Error(`${String(locator)} was not ${state} within ${timeout / 1000} s of moving the page's clock on`);
    await page.clock.fastForward(step);
    try {
      await locator.first().waitFor({ state, timeout: settle });
    } catch (error) {
      if (!(error instanceof errors.TimeoutError)) throw error;
    }
  }
}

import { describe, expect, inject, it } from 'vitest';
import { collectPageErrors, saveScreenshot, useChromium, waitForAppStarted } from './chromium';

// The first screens come prerendered in the HTML (build/prerender-plugin.ts) and the app hydrates them.
const overviewFigures = ['≥1万', '≥2万', '4,500', '470', '≥700', '4,308', '11,961', '113'];

const tileNumbers = '.scene .tile__number';

describe('prerendered first screens in Chromium', () => {
  const chrome = useChromium();
  const baseUrl = inject('baseUrl');

  it('shows the overview’s figures with JavaScript turned off', async () => {
    const context = await chrome.browser.newContext({ viewport: { width: 1920, height: 1080 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl);
    expect(await page.locator(tileNumbers).allTextContents()).toEqual(overviewFigures);
    await saveScreenshot(page, 'prerender-no-js-overview');
    await page.goto(`${baseUrl}?scene=supervision&lang=en`);
    await expect.poll(() => page.locator('.app').getAttribute('data-scene')).toBe('supervision');
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
    expect(await page.locator(tileNumbers).allTextContents()).toEqual(['≥700', '4,308', '4,308', '100%']);
    await context.close();
  });

  for (const search of ['', '?scene=training', '?lang=en&scene=review', '?kiosk', '?kiosk&lang=en']) {
    it(`hydrates ${search || 'the default address'} without a mismatch: a headline figure is the same DOM node after`, async () => {
      const context = await chrome.browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      const errors = collectPageErrors(page);
      // Runs before the page's scripts: keeps the first figure the parser made, before React has run.
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { __prerendered: Element | null }).__prerendered = document.querySelector('.scene .tile__number');
        });
      });
      await page.goto(`${baseUrl}${search}`);
      await waitForAppStarted(page);
      // Long enough for effects, a recoverable error's report and, on a scene with charts, the chart code's arrival.
      await page.waitForTimeout(1_000);
      const kept = await page.evaluate(() => {
        const before = (window as unknown as { __prerendered: Element | null }).__prerendered;
        return before !== null && before.isConnected && before === document.querySelector('.scene .tile__number');
      });
      expect(kept).toBe(true);
      // React reports a hydration mismatch as a console error (minified #418/#423 in production).
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('takes the figures over from the HTML as they are: no figure is re-created as the app starts', async () => {
    const context = await chrome.browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const removed: string[] = [];
      (window as unknown as { __removed: string[] }).__removed = removed;
      document.addEventListener('DOMContentLoaded', () => {
        new MutationObserver((records) => {
          for (const record of records) {
            for (const node of record.removedNodes) if (node instanceof Element && node.querySelector('.tile__number')) removed.push(node.className);
          }
        }).observe(document.getElementById('root')!, { childList: true, subtree: true });
      });
    });
    await page.goto(baseUrl);
    await waitForAppStarted(page);
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => (window as unknown as { __removed: string[] }).__removed)).toEqual([]);
    expect(await page.locator(tileNumbers).allTextContents()).toEqual(overviewFigures);
    await context.close();
  });

  it('renders an address that has no prerendered page (meeting-room mode with settings of its own), with no error', async () => {
    const context = await chrome.browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const errors = collectPageErrors(page);
    await page.goto(`${baseUrl}?kiosk&motion=off`);
    await page.locator('.kiosk .scene .tile__number').first().waitFor();
    expect(await page.locator(`.kiosk ${tileNumbers}`).allTextContents()).toEqual(overviewFigures);
    expect(errors).toEqual([]);
    await context.close();
  });
});

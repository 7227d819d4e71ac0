import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium, newPage, saveScreenshot } from './chromium';
import { startFaultServer, type FaultServer } from './fault-server';
import { guardPage } from './page-guards';
import { waitForCachedReports, waitForServiceWorker } from './service-worker';

// The badge gives the time, and the day too when the copy's time and the page's clock fall on different days:
// the page's clock is Playwright's once a test installs it, and a restored copy carries the time it was saved.
const notUpdatedSince = /Not updated since (\d{1,2} [A-Z][a-z]{2}, )?\d\d:\d\d/;

// The service worker against the production build on a real local server: a PC that restarts with no network
// still shows the dashboard and its last figures, at `/` and under a sub-path; and the kill switch clears it.

const aFigure = '11,961';
const distDir = path.resolve(import.meta.dirname, '../../dist');


describe('offline-capable build, in Chromium against a real local server', () => {
  const chrome = useChromium();
  let server: FaultServer | undefined;
  let page: Page | undefined;

  afterEach(async () => {
    await page?.close();
    page = undefined;
    await server?.close();
    server = undefined;
  });

  for (const basePath of ['/', '/dashboards/law/']) {
    it(`after one visit online, restarts with the server unreachable and shows the dashboard with its figures (at ${basePath})`, async () => {
      server = await startFaultServer({ basePath });
      page = await newPage(chrome.browser, { width: 1920, height: 1080 });
      const guards = await guardPage(page, server.url);
      await page.goto(`${server.url}?scene=overview&lang=en`);
      await page.getByText(aFigure).waitFor();
      await waitForServiceWorker(page);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(server.url);

      server.setStaticDown(true);
      server.set('networkError');
      await page.reload();
      await page.getByText(aFigure).waitFor();
      const badge = page.locator('.stale-badge');
      await badge.waitFor();
      expect(await badge.innerText()).toMatch(notUpdatedSince);
      expect(await badge.innerText()).toContain('The network connection failed.');
      if (basePath === '/') await saveScreenshot(page, 'offline-restart-en-1920x1080');
      expect(await guards.cspViolations()).toEqual([]);
      expect(guards.pageErrors).toEqual([]);
    });
  }

  it('shows the worker’s copy of the figures when local storage lost them, and the meeting-room mode starts too', async () => {
    server = await startFaultServer();
    page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    await page.goto(`${server.url}?scene=overview&lang=en`);
    await page.getByText(aFigure).waitFor();
    await waitForServiceWorker(page);
    // A second visit fetches the data through the worker, which keeps a copy.
    await page.reload();
    await page.getByText(aFigure).waitFor();
    await waitForCachedReports(page);
    server.setStaticDown(true);
    server.set('networkError');
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${server.url}?kiosk&motion=off&interval=3600&scene=overview&lang=en`);
    await page.locator('.kiosk .scene--overview').waitFor();
    await page.getByText(aFigure).waitFor();
    expect(await page.locator('.stale-badge').innerText()).toMatch(notUpdatedSince);
  });

  it('answers a page load with the network, not the worker, once the kill switch is deployed as sw.js', async () => {
    server = await startFaultServer();
    page = await newPage(chrome.browser, { width: 1280, height: 720 });
    await page.goto(`${server.url}?scene=overview&lang=en`);
    await page.getByText(aFigure).waitFor();
    await waitForServiceWorker(page);

    server.deploy({ '/sw.js': await readFile(path.join(distDir, 'sw-kill-switch.js')) });
    // A screen finds the new sw.js at its next page load; update() is the same check, without the wait.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(() => page!.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), { interval: 200 }).toBe(0);
    // The old worker may write one last answer into its cache as it hands over; the switch sweeps it up too.
    const ownCaches = () => page!.evaluate(async () => (await caches.keys()).filter((name) => /workbox|rule-of-law/.test(name)));
    await expect.poll(ownCaches, { interval: 200 }).toEqual([]);

    // A new page is loaded from the network: with the server down, the browser has nothing to show.
    server.setStaticDown(true);
    const second = await newPage(chrome.browser, { width: 1280, height: 720 });
    try {
      await expect(second.goto(`${server.url}?scene=overview`)).rejects.toThrow();
    } finally {
      await second.close();
    }
  });
});

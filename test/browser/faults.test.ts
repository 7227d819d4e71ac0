import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { initialJsFiles, readManifest } from '../../build/bundle-budget';
import { useChromium, fastForwardUntil, installClockOnceStarted, newPage, saveScreenshot, waitForChartsDrawn } from './chromium';
import { startFaultServer, type ApiBehaviour, type ApiTarget, type FaultServer } from './fault-server';
import { guardPage, refetchActiveQueries } from './page-guards';

// The badge gives the time, and the day too when the copy's time and the page's clock fall on different days:
// the page's clock is Playwright's once a test installs it, and a restored copy carries the time it was saved.
const notUpdatedSince = /Not updated since (\d{1,2} [A-Z][a-z]{2}, )?\d\d:\d\d/;

// Every API fault from issue 6 against the production build, served by a real local server: the screen
// says what failed (or keeps the last good figures, marked stale) and recovers by itself.

const keepsTrying = 'The page will retry automatically.';
const aFigure = '11,961';
const distDir = path.resolve(import.meta.dirname, '../../dist');
// The chart panels' module in the build's manifest: the code the chart scenes load on demand.
const chartSource = 'src/features/scenes/components/panels/bars-panel-chart.tsx';

type Case = { behaviour: ApiBehaviour; target: ApiTarget; says: string };
const firstLoadCases: Case[] = [
  { behaviour: 'http500', target: 'all', says: 'The server returned an error (500).' },
  { behaviour: 'http503', target: 'all', says: 'The server returned an error (503).' },
  { behaviour: 'notFound', target: 'report', says: 'The requested report was not found (404).' },
  { behaviour: 'networkError', target: 'all', says: 'The network connection failed.' },
  { behaviour: 'noAnswer', target: 'all', says: 'The server did not respond in time.' },
  { behaviour: 'html', target: 'all', says: 'The server did not return data (JSON).' },
  { behaviour: 'malformedJson', target: 'report', says: 'The server did not return data (JSON).' },
  { behaviour: 'missingField', target: 'report', says: 'The data received failed validation and was rejected.' },
  { behaviour: 'negativeValue', target: 'report', says: 'The data received failed validation and was rejected.' },
  { behaviour: 'stringValue', target: 'report', says: 'The data received failed validation and was rejected.' },
  { behaviour: 'unknownQualifier', target: 'report', says: 'The data received failed validation and was rejected.' },
  { behaviour: 'emptyBody', target: 'all', says: 'The server returned an empty response.' },
  { behaviour: 'tenMegabytes', target: 'report', says: 'The server sent more data than any report could hold, so it was refused.' },
  { behaviour: 'trickle', target: 'report', says: 'The server did not respond in time.' },
];

async function expectClean(guards: Awaited<ReturnType<typeof guardPage>>) {
  expect(await guards.cspViolations()).toEqual([]);
  expect(guards.offOriginRequests).toEqual([]);
  expect(guards.pageErrors).toEqual([]);
}

// The app's waits for recovery (its retry backoff, its request time limit) run on the page's clock, which the
// tests move on instead of sitting through them: the app's own timers still decide when it tries again.
//
// Each first-load case has its own server and page. They run one after another: side by side they only
// fight over the build machines' two cores.
describe('first load with no data, in Chromium against a real local server', () => {
  const chrome = useChromium();

  for (const { behaviour, target, says } of firstLoadCases) {
    it(`on ${behaviour}: says what failed, keeps trying, shows no number, recovers by itself`, async () => {
      const server = await startFaultServer();
      const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
      try {
        server.set(behaviour, target, { retryAfterSeconds: 1 });
        const guards = await guardPage(page, server.url);
        await page.goto(`${server.url}?scene=overview&lang=en`);
        await installClockOnceStarted(page);
        const alert = page.getByRole('alert');
        // Far above what the wait takes (noAnswer waits out the client's own time limit first, on the real clock
        // it started on), for a busy machine.
        await alert.getByText(says).waitFor({ timeout: 60_000 });
        expect(await alert.innerText()).toContain(keepsTrying);
        expect(await page.locator('main').innerText()).not.toContain(aFigure);
        if (behaviour === 'networkError') await saveScreenshot(page, 'fault-first-load-network-en-1920x1080');

        server.set('ok');
        // The next retry is the app's own, at the end of its backoff.
        await fastForwardUntil(page, page.getByText(aFigure));
        expect(await alert.count()).toBe(0);
        await expectClean(guards);
      } finally {
        await page.close();
        await server.close();
      }
    });
  }
});

describe('API faults around good data, in Chromium against a real local server', () => {
  const chrome = useChromium();
  let server: FaultServer;
  let page: Page | undefined;

  beforeAll(async () => {
    server = await startFaultServer();
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
    server.set('ok');
  });
  afterAll(async () => {
    await server?.close();
  });

  async function open(url: string) {
    page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    const guards = await guardPage(page, server.url);
    await page.goto(url);
    return { page, guards };
  }

  it('says it in Chinese on a Chinese screen', async () => {
    server.set('networkError');
    const { page } = await open(`${server.url}?scene=overview`);
    await page.getByRole('alert').getByText('网络连接失败。').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('页面会自动重试。');
    await saveScreenshot(page, 'fault-first-load-network-zh-1920x1080');
  });

  it('waits as long as Retry-After asks before trying again', async () => {
    server.set('http503', 'all', { retryAfterSeconds: 3 });
    const before = server.apiRequests.length;
    const { page } = await open(`${server.url}?scene=overview&lang=en`);
    await installClockOnceStarted(page);
    await page.getByRole('alert').waitFor();
    // The report list's attempts: index.html also preloads the report, which the app never asks for meanwhile.
    const listRequests = () => server.apiRequests.slice(before).filter((request) => request.path.endsWith('/reports.json'));
    await expect.poll(() => listRequests().length, { timeout: 10_000, interval: 200 }).toBeGreaterThanOrEqual(2);
    const [first, second] = listRequests();
    // Measured by the server in real time: the page's clock runs at its own pace until the test moves it.
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(2_900);
    server.set('ok');
    await fastForwardUntil(page, page.getByText(aFigure));
  });

  it('keeps good figures with a "not updated since" badge while the API is down, and clears it on recovery', async () => {
    const { page, guards } = await open(`${server.url}?scene=overview&lang=en`);
    await page.getByText(aFigure).waitFor();
    await installClockOnceStarted(page);
    server.set('networkError');
    await refetchActiveQueries(page);
    const badge = page.locator('.stale-badge');
    await badge.waitFor();
    expect(await badge.innerText()).toMatch(notUpdatedSince);
    expect(await badge.innerText()).toContain('The network connection failed.');
    expect(await page.getByText(aFigure).count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'fault-stale-badge-en-1920x1080');

    server.set('ok');
    await fastForwardUntil(page, badge, { state: 'detached' });
    expect(await page.getByText(aFigure).count()).toBeGreaterThan(0);
    await expectClean(guards);
  });

  it('rejects a schema-failing payload whole after good data: the bad number never appears', async () => {
    const { page } = await open(`${server.url}?scene=overview&lang=en`);
    await page.getByText('≥10,000').waitFor();
    server.set('negativeValue', 'report');
    await refetchActiveQueries(page);
    await page.locator('.stale-badge').getByText('The data received failed validation and was rejected.').waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('≥10,000');
    expect(text).not.toMatch(/[-−]5\b/);
  });

  it('after a restart with the API down, shows the stored figures marked stale, then recovers', async () => {
    const { page, guards } = await open(`${server.url}?scene=overview&lang=en`);
    await page.getByText(aFigure).waitFor();
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).length)).toBeGreaterThan(0);
    server.set('networkError');
    await page.reload();
    await page.getByText(aFigure).waitFor();
    await installClockOnceStarted(page);
    const badge = page.locator('.stale-badge');
    await badge.waitFor();
    expect(await badge.innerText()).toMatch(notUpdatedSince);
    await saveScreenshot(page, 'fault-restart-offline-stale-en-1920x1080');

    server.set('ok');
    await fastForwardUntil(page, badge, { state: 'detached' });
    await expectClean(guards);
  });

  // The chart scenes' code is the chart chunk and all it imports (chart-motion, …), each a file of its own. Waiting
  // for the chart chunk alone is not enough: a file it imports can arrive after it (its request queued behind the
  // service worker's install), and an outage in between leaves the chart scenes without their code.
  it('shows every scene after the whole server goes down, from code and data loaded before', async () => {
    const chartCode = initialJsFiles(readManifest(distDir), [chartSource]);
    page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    const arrived = new Set<string>();
    page.on('requestfinished', (request) => {
      void request.response().then((response) => response?.ok() && arrived.add(new URL(request.url()).pathname.slice(1)));
    });
    const guards = await guardPage(page, server.url);
    await page.goto(`${server.url}?scene=overview&lang=en`);
    await page.getByText(aFigure).waitFor();
    // Nobody touches the page: SceneSwitch fetches the chart code once the first scene has shown a few seconds
    // (on a timer set before any test clock); wait until all of it has arrived.
    await expect.poll(() => chartCode.filter((file) => !arrived.has(file)), { timeout: 30_000 }).toEqual([]);
    const codeAsked: string[] = [];
    page.on('request', (request) => {
      if (/\.(js|css)$/.test(new URL(request.url()).pathname)) codeAsked.push(request.url());
    });
    server.setStaticDown(true);
    server.set('networkError');
    try {
      for (const [name, id] of [['Training', 'training'], ['Legal review', 'review'], ['Supervision', 'supervision'], ['Measures', 'plans']] as const) {
        await page.getByRole('navigation').getByRole('link', { name: new RegExp(name) }).click();
        await page.locator(`main .scene--${id}`).waitFor();
        // The chart code was fetched before the outage: every chart scene draws its charts.
        if (id !== 'plans') await waitForChartsDrawn(page, `main .scene--${id}`);
      }
      expect(await page.getByText('This screen cannot be shown').count()).toBe(0);
      // Nothing came from the network or the service worker during the outage: the page had it all.
      expect(codeAsked).toEqual([]);
      expect(guards.pageErrors).toEqual([]);
    } finally {
      server.setStaticDown(false);
    }
  });
});

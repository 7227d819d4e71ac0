import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium, newPage, saveScreenshot } from './chromium';
import { startFaultServer, type FaultServer } from './fault-server';
import { waitForServiceWorker } from './service-worker';

// Deploys that go wrong, against the production build on a real local server, in meeting-room mode: a
// half-finished deploy (the new index.html names an entry script that is not there yet) must never blank the
// screen, and once the deploy is finished the screen must end on the new build. The page's clock is
// Playwright's, so the refresh checks and scene changes happen when the test moves time, not on a guess.

const distDir = path.resolve(import.meta.dirname, '../../dist');
const kioskUrl = (base: string) => `${base}?kiosk&motion=off&interval=5&refresh=1&lang=en&scene=overview`;
const aFigure = '11,961';

/** A build's pages by file name (index.html and the prerendered pages beside it), its version and its worker. */
type Build = { version: string; pages: Record<string, string>; sw: string };

/**
 * The next build, made from dist/: same code, its own version in every page, and a worker whose precache names
 * those pages. With `missingEntry`, every page names an entry script that is not there yet.
 */
function nextBuild(current: Build, version: string, { missingEntry = false } = {}): Build {
  const entry = /<script type="module" crossorigin src="\.\/(assets\/index-[\w-]+\.js)">/.exec(current.pages['index.html']!)![1]!;
  let sw = current.sw;
  const pages: Record<string, string> = {};
  for (const [name, html] of Object.entries(current.pages)) {
    pages[name] = missingEntry ? html.replace(current.version, version).replace(entry, 'assets/index-not-there-yet.js') : html.replace(current.version, version);
    sw = sw.replace(new RegExp(`("revision":")[0-9a-f]+(","url":"${name.replace(/\./g, '\\.')}")`), `$1${version}$2`);
  }
  // The deploy got as far as the pages and sw.js; the new entry script is not there yet.
  if (missingEntry) sw = sw.replace(`"url":"${entry}"`, '"url":"assets/index-not-there-yet.js"');
  return { version, pages, sw };
}

function deploy(server: FaultServer, build: Build): void {
  server.deploy({
    ...Object.fromEntries(Object.entries(build.pages).map(([name, html]) => [`/${name}`, html])),
    '/sw.js': build.sw,
    '/version.json': `${JSON.stringify({ version: build.version, builtAt: new Date().toISOString() })}\n`,
  });
}

const versionOnScreen = (page: Page) => page.evaluate(() => document.querySelector<HTMLMetaElement>('meta[name="dashboard-version"]')?.content);

/**
 * Moves the page's clock to its next data refresh and waits until that refresh's deploy check has finished;
 * true when it found a new build ready.
 */
async function nextRefresh(page: Page): Promise<boolean> {
  await page.evaluate(() => {
    const state = window as unknown as { __deployChecked?: Promise<boolean> };
    state.__deployChecked = new Promise((resolve) =>
      window.addEventListener('dashboard:deploy-checked', (event) => resolve((event as CustomEvent<{ updateReady: boolean }>).detail.updateReady), { once: true }),
    );
  });
  await page.clock.fastForward('01:00');
  return page.evaluate(() => (window as unknown as { __deployChecked: Promise<boolean> }).__deployChecked);
}

describe('deploys that go wrong, in Chromium against a real local server', () => {
  const chrome = useChromium();
  let server: FaultServer | undefined;
  const pages: Page[] = [];
  let built: Build;

  beforeAll(async () => {
    const { version } = JSON.parse(await readFile(path.join(distDir, 'version.json'), 'utf8')) as { version: string };
    const names = (await readdir(distDir)).filter((name) => /^index(\..+)?\.html$/.test(name));
    const pages = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(path.join(distDir, name), 'utf8')] as const)));
    built = { version, pages, sw: await readFile(path.join(distDir, 'sw.js'), 'utf8') };
    for (const html of Object.values(pages)) expect(html).toContain(`content="${version}"`);
    expect(Object.keys(pages)).toContain('index.kiosk.en.html');
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
    await server?.close();
    server = undefined;
  });

  async function open(url: string): Promise<Page> {
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    pages.push(page);
    await page.clock.install();
    await page.goto(url);
    return page;
  }

  it('stays on the working build through a half-finished deploy, then moves to the new build once it is complete', async () => {
    server = await startFaultServer();
    const page = await open(kioskUrl(server.url));
    await page.getByText(aFigure).waitFor();
    await waitForServiceWorker(page);
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));

    const broken = nextBuild(built, 'f00d000000000001', { missingEntry: true });
    deploy(server, broken);
    // Two refreshes name the new build; the second looks at it, finds the entry missing, and does not reload.
    expect(await nextRefresh(page)).toBe(false);
    expect(await nextRefresh(page)).toBe(false);
    expect(server.staticRequests.some((request) => request.path === '/assets/index-not-there-yet.js')).toBe(true);
    for (let sceneChange = 0; sceneChange < 3; sceneChange += 1) {
      await page.clock.fastForward(5_000);
      expect(await nextRefresh(page)).toBe(false);
    }
    expect(loads).toEqual([]);
    expect(await page.locator('.kiosk').getAttribute('data-update')).toBeNull();
    expect(await versionOnScreen(page)).toBe(built.version);
    await page.locator('.kiosk main .scene').first().waitFor();
    // The worker that works is still in charge: the new one could not install.
    expect(await page.evaluate(async () => (await (await fetch('index.html')).text()).includes('index-not-there-yet'))).toBe(false);

    const fixed = nextBuild(built, 'f00d000000000002');
    deploy(server, fixed);
    expect(await nextRefresh(page)).toBe(false);
    expect(await nextRefresh(page)).toBe(true);
    await page.locator('.kiosk[data-update="ready"]').waitFor();
    const reloaded = page.waitForEvent('load');
    await page.clock.fastForward(5_000);
    await reloaded;
    await page.locator('.kiosk main .scene').first().waitFor();
    expect(await versionOnScreen(page)).toBe(fixed.version);
    await saveScreenshot(page, 'deploy-after-fixed-deploy-en-1920x1080');
  });

  it('a screen that loads during a half-finished deploy recovers by itself, and ends on the new build', async () => {
    server = await startFaultServer();
    deploy(server, nextBuild(built, 'f00d000000000003', { missingEntry: true }));
    // A screen with no worker yet (a new PC, or one that was cleared) starts in the middle of the deploy.
    const page = await open(kioskUrl(server.url));
    await page.waitForLoadState('load');
    // The app has not started (its entry is missing); the prerendered screen holds the figures meanwhile.
    const started = () => page.locator('html').getAttribute('data-app-started');
    expect(await started()).toBeNull();
    const reload = () => page.waitForEvent('load');
    // The boot watchdog reloads after 10 s, then after 20 s.
    let loaded = reload();
    await page.clock.fastForward(10_000);
    await loaded;
    expect(await started()).toBeNull();

    const fixed = nextBuild(built, 'f00d000000000004');
    deploy(server, fixed);
    loaded = reload();
    await page.clock.fastForward(20_000);
    await loaded;
    await page.getByText(aFigure).waitFor();
    expect(await versionOnScreen(page)).toBe(fixed.version);
  });

  it('reloads at most once while two servers behind a balancer answer with two builds in turn', async () => {
    server = await startFaultServer();
    const page = await open(kioskUrl(server.url));
    await page.getByText(aFigure).waitFor();
    await waitForServiceWorker(page);
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    const other = nextBuild(built, 'f00d000000000005');
    const original: Build = built;
    // Each check hits either server; the pattern gives each build two checks in a row now and then.
    for (const build of [other, original, other, other, original, original, other, other, original, original]) {
      deploy(server, build);
      if (await nextRefresh(page)) {
        const loaded = page.waitForEvent('load');
        await page.clock.fastForward(5_000);
        await loaded;
        await page.locator('.kiosk main .scene').first().waitFor();
      }
    }
    // Two answers in a row look like a deploy, so it follows the first such change; after that it holds off
    // both builds for half an hour.
    expect(loads).toHaveLength(1);
  });

  it('on the desk dashboard, a deploy shows at the next load once the worker has fetched it, and never later', async () => {
    server = await startFaultServer();
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    pages.push(page);
    await page.goto(`${server.url}?scene=overview&lang=en`);
    await page.getByText(aFigure).waitFor();
    await waitForServiceWorker(page);
    const next = nextBuild(built, 'f00d000000000006');
    deploy(server, next);
    // This load comes from the worker (the old build, at once, even offline) and finds the new sw.js.
    await page.reload();
    await page.getByText(aFigure).waitFor();
    expect(await versionOnScreen(page)).toBe(built.version);
    const activeWorkerServes = () =>
      page.evaluate(async () => (await (await fetch('index.html', { cache: 'no-store' })).text()).match(/name="dashboard-version" content="(\w+)"/)?.[1]);
    // Chromium checks sw.js about a second after a load, and puts that check off while the worker keeps
    // answering fetches: ask at most every two seconds, or the asking itself holds the update back.
    await expect.poll(activeWorkerServes, { timeout: 60_000, interval: 2_000 }).toBe(next.version);
    await page.reload();
    await page.getByText(aFigure).waitFor();
    expect(await versionOnScreen(page)).toBe(next.version);
  });
});

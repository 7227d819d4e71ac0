import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectPageErrors, useChromium, newPage, saveScreenshot, waitForAppStarted, waitForChartsDrawn } from './chromium';
import { startFaultServer } from './fault-server';
import { refetchActiveQueries } from './page-guards';
import { measureRoomScreen, type RoomReport } from './room-measure';
import { meetingRoomViewports } from '../support/room-legibility';

// Meeting-room mode in a real browser: every scene at every room size in both themes must be legible from
// the back of the room, and the clicker keys must drive it. One page per size and theme keeps this fast.

const sceneOrder = ['overview', 'training', 'review', 'supervision', 'plans'] as const;
const sceneNames: Record<(typeof sceneOrder)[number], string> = {
  overview: '总览',
  training: '教育培训',
  review: '法制审核与执法责任',
  supervision: '执法监督与效率',
  plans: '举措、不足与 2023 年安排',
};
const still = 'kiosk&motion=off&interval=3600';

async function showScene(page: Page, url: string, scene: string): Promise<void> {
  await page.goto(url);
  // The page arrives with the desk's prerendered overview in it: wait for meeting-room mode itself.
  if (new URL(url).searchParams.has('kiosk')) await page.locator('html[data-mode="kiosk"]').waitFor({ state: 'attached' });
  await waitForScene(page, scene);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function waitForScene(page: Page, scene: string): Promise<void> {
  await page.locator(`.scene--${scene}`).waitFor();
  if (scene !== 'overview' && scene !== 'plans') await waitForChartsDrawn(page);
  await page.locator('.bar-label, .tile__number, .structure-list li').first().waitFor();
  // Let charts re-measure their text box and settle before anything is measured.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Changes ?theme the way a navigation would (replaceState + popstate), without reloading. */
async function setTheme(page: Page, theme: 'dark' | 'light'): Promise<void> {
  await page.evaluate((next) => {
    const url = new URL(window.location.href);
    url.searchParams.set('theme', next);
    window.history.replaceState(window.history.state, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, theme);
  await page.waitForFunction((next) => document.documentElement.dataset.theme === next, theme);
}

async function sceneName(page: Page): Promise<string> {
  return (await page.locator('.kiosk-bar__scene-name').innerText()).trim();
}

describe('meeting-room mode in Chromium', () => {
  const chrome = useChromium();
  const baseUrl = inject('baseUrl');
  const summary: string[] = [];

  afterAll(async () => {
    console.log(`meeting-room legibility:\n${summary.join('\n')}`);
  });

  for (const { width, height } of meetingRoomViewports) {
    it(`keeps every scene legible, unclipped and without scrollbars at ${width}×${height} in both themes`, async () => {
      const page = await newPage(chrome.browser, { width, height });
      const errors = collectPageErrors(page);
      const reports: Array<[string, RoomReport]> = [];
      // One load per size: scenes are switched with the number keys (after P, so the screen holds still) and
      // themes through the URL, as a bookmark would set them.
      await showScene(page, `${baseUrl}?${still}&scene=overview`, 'overview');
      await page.keyboard.press('p');
      await page.getByText('已暂停').waitFor();
      for (const [index, scene] of sceneOrder.entries()) {
        await page.keyboard.press(String(index + 1));
        await waitForScene(page, scene);
        expect(await sceneName(page)).toBe(sceneNames[scene]);
        for (const theme of ['dark', 'light'] as const) {
          await setTheme(page, theme);
          await saveScreenshot(page, `kiosk-${scene}-${theme}-${width}x${height}`);
          reports.push([`${scene} ${theme}`, await measureRoomScreen(page)]);
        }
      }
      const problems = reports.flatMap(([name, report]) => report.problems.map((problem) => `${name}: ${problem}`));
      expect(problems, `${width}×${height}`).toEqual([]);
      for (const [name, report] of reports) expect(report.textCount, name).toBeGreaterThan(10);
      expect(reports.find(([name]) => name === 'overview dark')![1].headlineCount).toBe(8);
      const all = reports.map(([, report]) => report);
      const min = (pick: (report: RoomReport) => number) => Math.min(...all.map(pick)).toFixed(2);
      summary.push(
        `${width}×${height}: smallest text ${min((r) => r.minFontPx)}px (rule ${(height * 0.025).toFixed(1)}), ` +
          `text contrast ≥${min((r) => r.minTextContrast)}, headline ≥${min((r) => r.minHeadlineContrast)}, marks ≥${min((r) => r.minMarkContrast)}`,
      );
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('fits English, the longer language, at the smallest and the widest room sizes', async () => {
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 5120, height: 1440 },
    ]) {
      const page = await newPage(chrome.browser, viewport);
      for (const scene of sceneOrder) {
        await showScene(page, `${baseUrl}?${still}&lang=en&scene=${scene}`, scene);
        await saveScreenshot(page, `kiosk-${scene}-en-${viewport.width}x${viewport.height}`);
        expect((await measureRoomScreen(page)).problems, `${scene} en ${viewport.width}×${viewport.height}`).toEqual([]);
      }
      await page.close();
    }
  });

  it('is driven by clicker and keyboard keys alone', async () => {
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    const errors = collectPageErrors(page);
    await showScene(page, `${baseUrl}?${still}`, 'overview');
    const expectScene = async (key: string, scene: (typeof sceneOrder)[number]) => {
      await page.keyboard.press(key);
      await page.locator(`.scene--${scene}`).waitFor();
      expect(await sceneName(page), `after ${key}`).toBe(sceneNames[scene]);
      expect(new URL(page.url()).searchParams.get('scene'), `URL after ${key}`).toBe(scene);
    };
    await expectScene('PageDown', 'training');
    await expectScene('ArrowRight', 'review');
    await expectScene('Space', 'supervision');
    await expectScene('PageUp', 'review');
    await expectScene('ArrowLeft', 'training');
    await expectScene('Home', 'overview');
    await expectScene('5', 'plans');
    await expectScene('PageDown', 'overview');
    await expectScene('3', 'review');
    // Keys pause the rotation, and say so.
    await expect(page.getByRole('status').filter({ hasText: '已暂停' }).isVisible()).resolves.toBe(true);

    await page.keyboard.press('b');
    const blank = page.getByTestId('kiosk-blank');
    await blank.waitFor();
    const cover = await blank.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return { width: rect.width, height: rect.height, colour: getComputedStyle(element).backgroundColor };
    });
    expect(cover).toEqual({ width: 1920, height: 1080, colour: 'rgb(0, 0, 0)' });
    await saveScreenshot(page, 'kiosk-blank-1920x1080');
    await page.keyboard.press('.');
    await blank.waitFor({ state: 'detached' });
    expect(await sceneName(page)).toBe(sceneNames.review);

    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('rotates on its own, pauses on input with a badge, and resumes after ?resume seconds', async () => {
    const page = await newPage(chrome.browser, { width: 1280, height: 720 });
    await showScene(page, `${baseUrl}?kiosk&motion=off&interval=5&resume=5&scenes=review,plans`, 'review');
    const progress = page.locator('.kiosk-progress');
    expect(await progress.getAttribute('data-running')).toBe('true');
    // When the next scene appeared, by the page's own clock: not before the 5 s interval (counted from the
    // meeting-room mode's start, a moment after the page's), however long the test took to look.
    const appearedAt = await page.waitForFunction(() => document.querySelector('.scene--plans') && performance.now(), undefined, { timeout: 10_000, polling: 'raf' });
    expect(await appearedAt.jsonValue()).toBeGreaterThan(5_000);
    expect(await page.locator('.kiosk-bar__position').innerText()).toBe('2 / 2');

    await page.mouse.move(100, 100);
    await page.mouse.move(300, 200);
    const badge = page.getByRole('status').filter({ hasText: '已暂停' });
    await badge.waitFor();
    expect(await progress.getAttribute('data-running')).toBe('false');
    await page.waitForTimeout(5_500);
    // Still on plans: a paused screen does not move; now it has resumed and counts down again.
    expect(await sceneName(page)).toBe(sceneNames.plans);
    await badge.waitFor({ state: 'detached' });
    expect(await progress.getAttribute('data-running')).toBe('true');
    await page.close();
  });

  it('animates a chart once as its scene appears (not with ?motion=off), then runs nothing while the scene sits still', async () => {
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    await page.addInitScript(() => {
      const counts = { frames: 0, timers: 0 };
      (window as unknown as { __idle: typeof counts }).__idle = counts;
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) => raf((time) => (counts.frames++, callback(time)));
      const timeout = window.setTimeout.bind(window);
      window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) =>
        timeout((...args: unknown[]) => (counts.timers++, typeof handler === 'function' ? handler(...args) : undefined), delay, ...rest)) as typeof setTimeout;
      const interval = window.setInterval.bind(window);
      window.setInterval = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) =>
        interval((...args: unknown[]) => (counts.timers++, typeof handler === 'function' ? handler(...args) : undefined), delay, ...rest)) as typeof setInterval;
    });
    // Motion on: the chart animates when the scene appears, then everything must go quiet.
    await showScene(page, `${baseUrl}?kiosk&interval=3600&scene=training`, 'training');
    // Wait for the entrance animation to end (no frame drawn for half a second), however slow the machine is.
    await page.waitForFunction(
      () => {
        const idle = window as unknown as { __idle: { frames: number }; __lastFrames?: number; __lastFrameAt?: number };
        if (idle.__lastFrames !== idle.__idle.frames || idle.__lastFrameAt === undefined) {
          idle.__lastFrames = idle.__idle.frames;
          idle.__lastFrameAt = performance.now();
          return false;
        }
        return performance.now() - idle.__lastFrameAt > 500;
      },
      undefined,
      { polling: 100, timeout: 60_000 },
    );
    const quiet = await page.evaluate(async () => {
      const counts = (window as unknown as { __idle: { frames: number; timers: number } }).__idle;
      let mutations = 0;
      const observer = new MutationObserver((records) => (mutations += records.length));
      observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
      const before = { ...counts };
      // Wait with the page's own clock, untouched by the wrappers.
      await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
      const start = performance.now();
      while (performance.now() - start < 3_000) await new Promise((resolve) => requestIdleCallback(resolve as () => void, { timeout: 500 }));
      observer.disconnect();
      const infinite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().iterations === Infinity).length;
      return { before, mutations, frames: counts.frames - before.frames, timers: counts.timers - before.timers, infinite };
    });
    // The counters work: the chart's entrance animation drew frames while the scene appeared.
    expect(quiet.before.frames).toBeGreaterThan(0);
    // With ?motion=off the bars stand at their full length from the first frame they appear in.
    await page.goto(`${baseUrl}?kiosk&interval=3600&scene=training&motion=off`);
    const barWidths = () => page.locator('rect.bar').evaluateAll((bars) => bars.map((bar) => Math.round(bar.getBoundingClientRect().width)));
    // Charts mount one after another: first sight is when every chart of the scene has drawn.
    const allChartsDrawn = () => page.waitForFunction(() => document.querySelector('.figure-bar-chart') && !document.querySelector('.figure-bar-chart:not([data-drawn])'));
    await allChartsDrawn();
    const atFirstSight = await barWidths();
    await page.waitForTimeout(1_500);
    expect(await barWidths()).toEqual(atFirstSight);
    // The system's reduced-motion setting does the same without any URL parameter.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}?kiosk&interval=3600&scene=training`);
    await allChartsDrawn();
    expect(await page.getAttribute('html', 'data-motion')).toBe('off');
    const reducedFirstSight = await barWidths();
    await page.waitForTimeout(1_500);
    expect(await barWidths()).toEqual(reducedFirstSight);
    // The clock may tick once if the minute turns during the window.
    expect(quiet.frames).toBe(0);
    expect(quiet.infinite).toBe(0);
    expect(quiet.timers).toBeLessThanOrEqual(1);
    expect(quiet.mutations).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('opens an address with settings straight into the mode, without a loading screen between', async () => {
    // Only `?kiosk` itself is prerendered: an address with settings gets the desk's page, then the mode.
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { loadingScreens: seen });
      new MutationObserver(() => {
        if (document.querySelector('.state--loading')) seen.push('loading');
      }).observe(document, { subtree: true, childList: true });
    });
    await showScene(page, `${baseUrl}?kiosk&interval=30&scene=training`, 'training');
    await waitForAppStarted(page);
    expect(await page.evaluate(() => (window as unknown as { loadingScreens: string[] }).loadingScreens)).toEqual([]);
    await page.close();
  });

  it('publishes a version file that the screen reads to know when to reload', async () => {
    const response = await fetch(`${baseUrl}version.json`);
    const body = JSON.parse(await response.text()) as { version: string; builtAt: string };
    expect(body.version).toMatch(/^[0-9a-f]{16}$/);
    expect(Number.isNaN(Date.parse(body.builtAt))).toBe(false);
  });

  it('enters meeting-room mode from a visible button on the dashboard', async () => {
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    await page.goto(`${baseUrl}?scene=review`);
    await waitForAppStarted(page);
    await page.getByRole('link', { name: '会议室模式' }).click();
    await page.locator('.kiosk .scene--review').waitFor();
    expect(new URL(page.url()).searchParams.has('kiosk')).toBe(true);
    expect(await page.locator('.scene-nav').count()).toBe(0);
    await page.close();
  });

  it('with ?motion=off animates nothing at all: the progress bar stands still and moves only with the scene', async () => {
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    await showScene(page, `${baseUrl}?kiosk&motion=off&interval=5&scenes=overview,plans`, 'overview');
    const still = () =>
      page.evaluate(() => ({
        animations: document.getAnimations().length,
        step: getComputedStyle(document.querySelector('.kiosk-progress__step')!).transform,
      }));
    const first = await still();
    expect(first.animations).toBe(0);
    await page.locator('.scene--plans').waitFor({ timeout: 10_000 });
    const second = await still();
    expect(second.animations).toBe(0);
    // A still bar at 1/2, then at 2/2 of the rotation.
    expect([first.step, second.step]).toEqual(['matrix(0.5, 0, 0, 1, 0, 0)', 'matrix(1, 0, 0, 1, 0, 0)']);
    await page.close();
  });

  it('counts the pause down each second, and nothing but the badge changes meanwhile', async () => {
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    await page.clock.install();
    await showScene(page, `${baseUrl}?kiosk&motion=off&interval=3600&resume=60&scene=overview`, 'overview');
    // From here the page's time moves only when the test says so.
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
    await page.mouse.move(100, 100);
    await page.mouse.move(300, 200);
    const hint = page.locator('.kiosk-status__hint [aria-hidden="true"]');
    await hint.waitFor();
    expect(await hint.innerText()).toMatch(/^60 秒后继续轮播/);
    await page.evaluate(() => {
      const changed: string[] = [];
      (window as unknown as { __changed: string[] }).__changed = changed;
      new MutationObserver((records) => {
        for (const record of records) {
          const element = record.target instanceof Element ? record.target : record.target.parentElement;
          if (!element?.closest('.kiosk-status')) changed.push(element?.className || element?.tagName || '?');
        }
      }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    // The count changes a millisecond after each whole second, so that rounding has surely moved.
    await page.clock.runFor(3_001);
    await expect.poll(() => hint.innerText()).toMatch(/^57 秒后继续轮播/);
    await saveScreenshot(page, 'kiosk-paused-countdown-1920x1080');
    expect(await page.evaluate(() => (window as unknown as { __changed: string[] }).__changed)).toEqual([]);
    await page.close();
  });

  it('offers no meeting-room link on a phone, where the mode cannot work', async () => {
    const page = await chrome.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await page.goto(`${baseUrl}?scene=overview`);
    await page.locator('.scene--overview').waitFor();
    // The prerendered page is the desk's; the app leaves the link out once it knows the device.
    await waitForAppStarted(page);
    expect(await page.getByRole('link', { name: '会议室模式' }).count()).toBe(0);
    await page.close();
  });

  it('puts the "not updated since" badge above the scene, covering none of it, and keeps the room rules', async () => {
    const server = await startFaultServer();
    try {
      for (const viewport of [
        { width: 1920, height: 1080 },
        { width: 1280, height: 720 },
      ]) {
        const page = await newPage(chrome.browser, viewport);
        await page.goto(`${server.url}?kiosk&motion=off&interval=3600&scene=supervision`);
        await waitForScene(page, 'supervision');
        server.set('networkError');
        await refetchActiveQueries(page);
        const badge = page.locator('.stale-badge');
        await badge.waitFor();
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const boxes = await page.evaluate(() => {
          const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect;
          return { badge: box('.stale-badge'), scene: box('.kiosk__main > .scene') };
        });
        expect(boxes.badge.bottom, `${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(boxes.scene.top);
        await saveScreenshot(page, `kiosk-stale-badge-${viewport.width}x${viewport.height}`);
        expect((await measureRoomScreen(page)).problems, `${viewport.width}×${viewport.height}`).toEqual([]);
        server.set('ok');
        await page.close();
      }
    } finally {
      await server.close();
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useChromium, saveScreenshot, waitForAppStarted } from './chromium';
import { layoutProblems, navigate, settled, type Screen } from './layout-checks';

// Reports the dashboard was not built around: the development reports (test/fixtures/dev-reports/), other
// bureaus' published reports typed in by hand, with no layout of their own. Each is served as the only report
// through the API, as a backend would serve it, and must show every one of its figures, on a generated layout
// that holds by the same rules as the Yantai report's.

type FixtureReport = {
  id: string;
  title: unknown;
  unit: unknown;
  year: number;
  publication?: unknown;
  figures: { id: string }[];
  derived?: { id: string }[];
};

const fixtureFolder = path.resolve(import.meta.dirname, '../fixtures/dev-reports');
const fixtures: FixtureReport[] = readdirSync(fixtureFolder)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(path.join(fixtureFolder, name), 'utf8')) as FixtureReport);

// A desk screen of each kind and the two meeting-room shapes; layout.test.ts covers every size with Yantai's report.
const deskScreens: Screen[] = [
  { width: 1920, height: 1080, label: '1080p 1920×1080' },
  { width: 1024, height: 768, label: 'tablet 1024×768' },
  { width: 390, height: 844, scale: 2, label: 'phone 390×844' },
];
const roomScreens: Screen[] = [
  { width: 1920, height: 1080, label: '1080p 1920×1080' },
  { width: 1080, height: 1920, label: 'portrait 1080×1920' },
];

/** A browser context whose API answers with this one report, as a backend would; no service worker in the way. */
async function contextServing(chrome: ReturnType<typeof useChromium>, report: FixtureReport, screen: Screen): Promise<BrowserContext> {
  const context = await chrome.browser.newContext({ viewport: { width: screen.width, height: screen.height }, deviceScaleFactor: screen.scale ?? 1, serviceWorkers: 'block' });
  const summary = { id: report.id, title: report.title, unit: report.unit, year: report.year, ...(report.publication ? { publication: report.publication } : {}) };
  await context.route('**/api/v1/reports.json', (route) => route.fulfill({ json: { reports: [summary] } }));
  await context.route(`**/api/v1/reports/${report.id}.json`, (route) => route.fulfill({ json: report }));
  return context;
}

/** The scene ids the desk's navigation offers, in order. */
async function sceneIdsOnOffer(page: Page): Promise<string[]> {
  const hrefs = await page.locator('nav.scene-nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => new URL(href, 'http://x/').searchParams.get('scene') ?? '').filter(Boolean);
}

/** The report's dashboard on the desk, in a context that serves only it, with the scenes its navigation offers. */
async function openOnDesk(chrome: ReturnType<typeof useChromium>, baseUrl: string, report: FixtureReport, screen: Screen) {
  const context = await contextServing(chrome, report, screen);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${baseUrl}?report=${report.id}`);
  // The page arrives with the default report's prerendered overview in it: wait for the app, then its scene.
  await waitForAppStarted(page);
  await page.locator('main .scene').waitFor();
  return { context, page, sceneIds: await sceneIdsOnOffer(page) };
}

const figureIdsOnScreen = (page: Page) =>
  page.locator('main [data-figure-id]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-figure-id') ?? ''));

describe('a report the dashboard has never seen, with no layout of its own', () => {
  const chrome = useChromium();
  const baseUrl = inject('baseUrl');

  it('has development reports to try', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
    for (const report of fixtures) expect(report).not.toHaveProperty('layout');
  });

  for (const report of fixtures) {
    const figureIds = [...report.figures, ...(report.derived ?? [])].map((figure) => figure.id).sort();

    it(`${report.id}: every figure on screen, and the layout holds, on the desk`, async () => {
      const problems: string[] = [];
      for (const screen of deskScreens) {
        const { context, page, sceneIds } = await openOnDesk(chrome, baseUrl, report, screen);
        expect(sceneIds.length, `${screen.label}: scenes on offer`).toBeGreaterThan(0);
        const seen = new Set<string>();
        for (const sceneId of sceneIds) {
          await navigate(page, `?report=${report.id}&scene=${sceneId}`);
          await settled(page, sceneId);
          for (const id of await figureIdsOnScreen(page)) seen.add(id);
          const desk = await layoutProblems(page, screen, false);
          problems.push(...desk.problems.map((problem) => `desk ${screen.label} ${sceneId}: ${problem}`));
          if (screen.width === 1920) await saveScreenshot(page, `unseen-${report.id}-desk-${sceneId}-1920x1080`);
        }
        expect(figureIds.filter((id) => !seen.has(id)), `${screen.label}: figures not on screen`).toEqual([]);
        expect(await page.getByText('此报告未提供该项数据').count()).toBe(0);
        await context.close();
      }
      expect(problems).toEqual([]);
    });

    it(`${report.id}: every figure on screen, and the layout holds, in meeting-room mode`, async () => {
      const problems: string[] = [];
      for (const screen of roomScreens) {
        const { context, page, sceneIds } = await openOnDesk(chrome, baseUrl, report, screen);
        await page.goto(`${baseUrl}?kiosk&motion=off&interval=3600&report=${report.id}&scene=${sceneIds[0]}`);
        const seen = new Set<string>();
        for (const sceneId of sceneIds) {
          await settled(page, sceneId);
          for (;;) {
            for (const id of await figureIdsOnScreen(page)) seen.add(id);
            const kiosk = await layoutProblems(page, screen, true);
            const pageLabel = (await page.locator('.scene').getAttribute('data-page')) ?? '1/1';
            problems.push(...kiosk.problems.map((problem) => `kiosk ${screen.label} ${sceneId} page ${pageLabel}: ${problem}`));
            await saveScreenshot(page, `unseen-${report.id}-kiosk-${sceneId}-${screen.width}x${screen.height}-p${pageLabel.replace('/', 'of')}`);
            const [index, count] = pageLabel.split('/').map(Number);
            await page.keyboard.press('PageDown');
            if (index! >= count!) break;
            await page.waitForFunction((label) => document.querySelector('.scene')?.getAttribute('data-page') !== label, pageLabel);
            await settled(page, sceneId);
          }
        }
        expect(figureIds.filter((id) => !seen.has(id)), `meeting room ${screen.label}: figures not on screen`).toEqual([]);
        await context.close();
      }
      expect(problems).toEqual([]);
    });
  }
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useChromium, saveScreenshot, waitForLanguage } from './chromium';
import { everyScreen, layoutProblems, meetingRoomMinWidth, navigate, settled, type Screen } from './layout-checks';

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

// Every screen, spread over the reports so the file stays inside CI's time: on the desk each report takes every
// third screen (starting differently for each report), its language alternating, so the reports together see
// every desk screen, most in both languages. In meeting-room mode each report takes every fifth room-sized
// screen in both languages, so the reports together cover every room screen in both.
type Lang = 'zh' | 'en';
const languages: readonly Lang[] = ['zh', 'en'];
const deskVisits = (reportIndex: number) =>
  everyScreen
    .map((screen, screenIndex) => ({ screen, screenIndex, lang: languages[(reportIndex + screenIndex) % 2]! }))
    .filter(({ screenIndex }) => screenIndex % 3 === reportIndex % 3);
const roomScreens = everyScreen.filter((screen) => screen.width >= meetingRoomMinWidth);
const roomVisits = (reportIndex: number) =>
  roomScreens
    .filter((_, screenIndex) => screenIndex % fixtures.length === reportIndex % fixtures.length)
    .flatMap((screen) => languages.map((lang) => ({ screen, lang })));
const screenName = (screen: Screen) => screen.label.replace(/[^\w]+/g, '-');

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
async function openOnDesk(chrome: ReturnType<typeof useChromium>, baseUrl: string, report: FixtureReport, screen: Screen, lang: Lang) {
  const context = await contextServing(chrome, report, screen);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${baseUrl}?report=${report.id}&lang=${lang}`);
  await waitForLanguage(page, lang);
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

  for (const [reportIndex, report] of fixtures.entries()) {
    const figureIds = [...report.figures, ...(report.derived ?? [])].map((figure) => figure.id).sort();

    it(`${report.id}: every figure on screen, and the layout holds, on the desk`, async () => {
      const problems: string[] = [];
      for (const { screen, lang } of deskVisits(reportIndex)) {
        const { context, page, sceneIds } = await openOnDesk(chrome, baseUrl, report, screen, lang);
        expect(sceneIds.length, `${screen.label}: scenes on offer`).toBeGreaterThan(0);
        const seen = new Set<string>();
        for (const sceneId of sceneIds) {
          await navigate(page, `?report=${report.id}&lang=${lang}&scene=${sceneId}`);
          await settled(page, sceneId);
          for (const id of await figureIdsOnScreen(page)) seen.add(id);
          const desk = await layoutProblems(page, screen, false);
          problems.push(...desk.problems.map((problem) => `desk ${lang} ${screen.label} ${sceneId}: ${problem}`));
          await saveScreenshot(page, `unseen-${report.id}-desk-${sceneId}-${lang}-${screenName(screen)}`);
        }
        expect(figureIds.filter((id) => !seen.has(id)), `${lang} ${screen.label}: figures not on screen`).toEqual([]);
        expect(await page.getByText(/此报告未提供该项数据|does not give this figure/).count()).toBe(0);
        await context.close();
      }
      expect(problems).toEqual([]);
    });

    it(`${report.id}: every figure on screen, and the layout holds, in meeting-room mode`, async () => {
      const problems: string[] = [];
      for (const { screen, lang } of roomVisits(reportIndex)) {
        const { context, page, sceneIds } = await openOnDesk(chrome, baseUrl, report, screen, lang);
        await page.goto(`${baseUrl}?kiosk&motion=off&interval=3600&lang=${lang}&report=${report.id}&scene=${sceneIds[0]}`);
        await waitForLanguage(page, lang);
        const seen = new Set<string>();
        for (const sceneId of sceneIds) {
          await settled(page, sceneId);
          for (;;) {
            for (const id of await figureIdsOnScreen(page)) seen.add(id);
            const kiosk = await layoutProblems(page, screen, true);
            const pageLabel = (await page.locator('.scene').getAttribute('data-page')) ?? '1/1';
            problems.push(...kiosk.problems.map((problem) => `kiosk ${lang} ${screen.label} ${sceneId} page ${pageLabel}: ${problem}`));
            await saveScreenshot(page, `unseen-${report.id}-kiosk-${sceneId}-${lang}-${screenName(screen)}-p${pageLabel.replace('/', 'of')}`);
            const [index, count] = pageLabel.split('/').map(Number);
            await page.keyboard.press('PageDown');
            if (index! >= count!) break;
            await page.waitForFunction((label) => document.querySelector('.scene')?.getAttribute('data-page') !== label, pageLabel);
            await settled(page, sceneId);
          }
        }
        expect(figureIds.filter((id) => !seen.has(id)), `meeting room ${lang} ${screen.label}: figures not on screen`).toEqual([]);
        await context.close();
      }
      expect(problems).toEqual([]);
    });
  }
});

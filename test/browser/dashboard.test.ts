import { describe, expect, inject, it } from 'vitest';
import { collectPageErrors, useChromium, newPage, pageScrolls, saveScreenshot, waitForAppStarted, waitForChartsDrawn } from './chromium';

// What a newcomer must see on each scene: figures as the screen prints them, qualifiers included.
const expectedText: Record<string, Record<'zh' | 'en', string[]>> = {
  overview: {
    zh: ['≥1万', '≥2万', '4,500', '470', '≥700', '4,308', '11,961', '113'],
    en: ['≥10,000', '≥20,000', '4,500', '470', '≥700', '4,308', '11,961', '113'],
  },
  training: {
    zh: ['≥1万', '≥2万', '960', '96', '4,500', '425', '推算'],
    en: ['≥10,000', '≥20,000', '960', '96', '4,500', '425', 'Derived'],
  },
  review: {
    zh: ['目标 5%', '报告未给出实际达到的数字', '470', '460', '次/季度', '次/月', '报告前后不一', '未说明差异原因'],
    en: ['Target 5%', 'The report does not say what was reached.', '470', '460', 'per quarter', 'per month', 'Inconsistency', 'does not say why'],
  },
  supervision: {
    zh: ['≥700', '11', '10', '报告前后不一', '4,308', '100%', '11,961', '113'],
    en: ['≥700', '11', '10', 'Inconsistency', '4,308', '100%', '11,961', '113'],
  },
  plans: {
    zh: ['一（五）', '二（一）', '二（三）', '三（二）', '四（一）', '四（五）', '主要负责人推进法治建设'],
    en: ['Part II (1)', 'Part II (3)', 'Part III (2)', 'Part IV (1)', 'Part IV (5)', 'The principal leader’s rule-of-law duties'],
  },
};

const scenesWithCharts = new Set(['training', 'review', 'supervision']);
// Nothing the report does not state: no headcount derived from the 5% staffing target.
const neverShown = ['9,400', '9400'];

describe('dashboard in Chromium at 1920×1080', () => {
  const chrome = useChromium();
  const baseUrl = inject('baseUrl');

  for (const [scene, byLanguage] of Object.entries(expectedText)) {
    for (const lang of ['zh', 'en'] as const) {
      it(`shows the ${scene} scene in ${lang} on one screen without errors`, async () => {
        const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
        const errors = collectPageErrors(page);
        await page.goto(`${baseUrl}?scene=${scene}&lang=${lang}`);
        // `lang=zh` has no prerendered page: the overview arrives with index.html until the app renders the scene.
        await waitForAppStarted(page);
        await page.locator(`main .scene--${scene}`).waitFor();
        if (scenesWithCharts.has(scene)) await waitForChartsDrawn(page);
        const text = await page.locator('main').innerText();
        for (const expected of byLanguage[lang]) expect(text, `${scene}/${lang}`).toContain(expected);
        for (const absent of neverShown) expect(text, `${scene}/${lang}`).not.toContain(absent);
        expect(await page.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en-GB');
        expect(await pageScrolls(page)).toEqual({ vertical: false, horizontal: false });
        await saveScreenshot(page, `dashboard-${scene}-${lang}-1920x1080`);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }

  it('stacks into one scrolling column on a 390×844 phone, without sideways scrolling', async () => {
    const page = await newPage(chrome.browser, { width: 390, height: 844 }, 2);
    const errors = collectPageErrors(page);
    await page.goto(`${baseUrl}?scene=supervision`);
    await waitForChartsDrawn(page);
    const scrolls = await pageScrolls(page);
    expect(scrolls.horizontal).toBe(false);
    expect(scrolls.vertical).toBe(true);
    await saveScreenshot(page, 'dashboard-supervision-zh-390x844');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves between scenes from the keyboard alone', async () => {
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    await page.goto(`${baseUrl}?scene=overview`);
    await page.locator('main .scene').waitFor();
    const trainingLink = page.getByRole('link', { name: /教育培训/ });
    await trainingLink.focus();
    await page.keyboard.press('Enter');
    await page.locator('.scene--training').waitFor();
    expect(new URL(page.url()).searchParams.get('scene')).toBe('training');
    expect(await trainingLink.getAttribute('aria-current')).toBe('page');
    await page.close();
  });

  it('fetches what the first screen needs once, from the preloads in index.html, and uses every preload', async () => {
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    const requested: string[] = [];
    const warnings: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    // Chromium warns about every preload that nothing used, all at once, about three seconds after the load
    // event. A preload of the test's own that nothing uses says when that moment has come (and that the
    // warning is on), so the test waits for it, not for a guessed number of seconds.
    const probe = 'favicon.svg?unused-preload-probe';
    await page.addInitScript((href) => {
      document.addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'image', href })));
    }, probe);
    const probeWarned = page.waitForEvent('console', { predicate: (message) => message.text().includes(probe), timeout: 60_000 });
    await page.goto(baseUrl);
    await page.locator('.scene--overview .tile__number').first().waitFor();
    // Requests that index.html starts begin while it is parsed, before the document is interactive; what the
    // app's code asks for begins only after that.
    const started = await page.evaluate(() => {
      const interactive = performance.getEntriesByType('navigation')[0]!.toJSON().domInteractive as number;
      return performance.getEntriesByType('resource').map((entry) => ({ path: new URL(entry.name).pathname, duringParse: entry.startTime < interactive }));
    });
    // The overview's code is the entry's own; only the data needs preloading.
    const firstScreen = ['/api/v1/reports.json', '/api/v1/reports/yantai-psb-2022.json'];
    for (const path of firstScreen) {
      // One request each: had the app's fetch not matched the preload, the browser would have asked twice.
      expect(requested.filter((candidate) => candidate === path), path).toHaveLength(1);
      expect(started.find((entry) => entry.path === path)?.duringParse, path).toBe(true);
    }
    await probeWarned;
    // The warnings of one moment arrive together: a round trip to the page lets the rest of them in.
    await page.evaluate(() => undefined);
    expect(warnings.filter((text) => /preload/i.test(text) && !text.includes(probe))).toEqual([]);
    await page.close();
  });

  it('serves the API as static JSON files with no MSW in the build', async () => {
    const list = await fetch(`${baseUrl}api/v1/reports.json`);
    const body = JSON.parse(await list.text()) as { reports: Array<{ id: string }> };
    expect(body.reports.map((report) => report.id)).toContain('yantai-psb-2022');
    const worker = await fetch(`${baseUrl}mockServiceWorker.js`);
    // vite preview answers unknown paths with index.html, so a 200 is checked by its body.
    expect(await worker.text()).not.toContain('Mock Service Worker');
  });
});

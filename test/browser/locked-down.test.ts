import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useChromium, newPage, saveScreenshot, waitForChartsDrawn } from './chromium';
import { startFaultServer, type FaultServer } from './fault-server';
import { guardPage } from './page-guards';

// The Content-Security-Policy holds on every scene, nothing leaves our origin, and markup in the data
// is shown as text and never runs.

const sceneNames = { en: ['Overview', 'Training', 'Legal review', 'Supervision', 'Measures, shortcomings'], zh: ['总览', '教育培训', '法制审核', '执法监督与效率', '举措、不足与 2023 年安排'] };

const sceneIds = ['overview', 'training', 'review', 'supervision', 'plans'];

describe('locked down, in Chromium', () => {
  const chrome = useChromium();
  let server: FaultServer;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    server = await startFaultServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('violates no CSP directive and requests nothing off-origin on any scene, charts and tables included', async () => {
    for (const lang of ['en'] as const) {
      const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
      const guards = await guardPage(page, baseUrl);
      await page.goto(`${baseUrl}?scene=overview&lang=${lang}`);
      await page.locator('main .scene').waitFor();
      for (const [index, name] of sceneNames[lang].entries()) {
        await page.getByRole('navigation').getByRole('link', { name: new RegExp(name) }).click();
        // The old scene stays while the new one renders: wait for the one clicked.
        await page.locator(`main .scene--${sceneIds[index]}`).waitFor();
        const toggles = page.locator('.card__table-toggle');
        if ((await toggles.count()) > 0) {
          await page.locator('rect.bar').first().waitFor();
          await toggles.first().click();
          await page.locator('.chart-card__table table').first().waitFor();
        }
      }
      expect(await guards.cspViolations()).toEqual([]);
      expect(guards.offOriginRequests).toEqual([]);
      expect(guards.pageErrors).toEqual([]);
      await page.close();
    }
  });

  it('blocks an inline script if one were ever injected (the policy is live, and the check can fail)', async () => {
    const page = await newPage(chrome.browser, { width: 1280, height: 800 });
    const guards = await guardPage(page, baseUrl);
    await page.goto(`${baseUrl}?scene=overview`);
    await page.locator('main .scene').waitFor();
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    expect((await guards.cspViolations()).join('\n')).toMatch(/script-src/);
    await page.close();
  });

  it('shows script tags and HTML from the data literally and runs none of it', async () => {
    server.set('markupInText');
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    const guards = await guardPage(page, server.url);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    // The report has no layout of its own: visit every scene the generated one gives it.
    await page.goto(`${server.url}?lang=en`);
    // The page arrives with the build's prerendered report; wait for the server's.
    await page.getByText(`<i>Test unit</i><img src="x" onerror="window.__injected = 'img'">`).first().waitFor();
    await page.locator('main .scene').waitFor();
    const sceneIds = await page.locator('.scene-nav a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).searchParams.get('scene')));
    expect(sceneIds.length).toBeGreaterThan(1);
    const seen = new Set<string>();
    for (const scene of sceneIds) {
      await page.goto(`${server.url}?scene=${scene}&lang=en`);
      await page.locator(`main .scene--${scene}`).waitFor();
      await page.getByText(`<i>Test unit</i><img src="x" onerror="window.__injected = 'img'">`).waitFor();
      const hasCharts = (await page.locator('.panel--bars').count()) > 0;
      // Charts draw their labels in stages after the scene: read the text once every chart is complete.
      if (hasCharts) await waitForChartsDrawn(page);
      const text = await page.locator('main').innerText();
      // A chart's category label may wrap over lines: look for its pieces.
      if (text.includes('<script>window.__injected = "script"</script>') && text.includes('Case reviewers')) seen.add('label');
      if (text.includes('<iframe src="javascript:window.__injected=1"></iframe>Test shortcoming')) seen.add('structure');
      if (hasCharts) {
        // Markup in a chart's category labels, drawn in SVG text.
        await page.locator('.figure-bar-chart[data-drawn] rect.bar').first().waitFor();
        expect(await page.locator('.figure-bar-chart').innerText()).toContain('<b>Legal officers</b>');
        seen.add('chart');
        await saveScreenshot(page, 'markup-in-text-chart-en-1920x1080');
      }
      expect(await page.evaluate(() => (window as { __injected?: unknown }).__injected)).toBeUndefined();
      expect(await page.locator('#root script, #root iframe, #root img, #root b, #root i').count()).toBe(0);
    }
    expect([...seen].sort()).toEqual(['chart', 'label', 'structure']);
    expect(requested.filter((pathname) => pathname === '/x')).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await guards.cspViolations()).toEqual([]);
    expect(guards.offOriginRequests).toEqual([]);
    expect(guards.pageErrors).toEqual([]);
    await page.close();
  });
});

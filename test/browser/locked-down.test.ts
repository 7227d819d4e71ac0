import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useChromium, newPage, saveScreenshot } from './chromium';
import { startFaultServer, type FaultServer } from './fault-server';
import { guardPage } from './page-guards';

// The Content-Security-Policy holds on every scene, nothing leaves our origin, and markup in the data
// is shown as text and never runs.

const sceneNames = { en: ['Overview', 'Training', 'Legal review', 'Supervision', 'Shortcomings'], zh: ['总览', '教育培训', '法制审核力量', '执法监督与效率', '不足与 2023 年安排'] };

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
      for (const name of sceneNames[lang]) {
        await page.getByRole('navigation').getByRole('link', { name: new RegExp(name) }).click();
        await page.locator('main .scene').waitFor();
        const toggles = page.locator('.card__table-toggle');
        if ((await toggles.count()) > 0) {
          await page.locator('.recharts-bar-rectangle').first().waitFor();
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
    for (const scene of ['overview', 'review', 'plans']) {
      await page.goto(`${server.url}?scene=${scene}&lang=en`);
      await page.locator('main .scene').waitFor();
      await page.getByText(`<i>Test unit</i><img src="x" onerror="window.__injected = 'img'">`).waitFor();
      if (scene === 'plans') await page.getByText('<iframe src="javascript:window.__injected=1"></iframe>Test shortcoming').waitFor();
      else await page.getByText('<script>window.__injected = "script"</script>Case reviewers').first().waitFor();
      if (scene === 'review') {
        await page.locator('.recharts-bar-rectangle').first().waitFor();
        await saveScreenshot(page, 'markup-in-text-review-en-1920x1080');
      }
      expect(await page.evaluate(() => (window as { __injected?: unknown }).__injected)).toBeUndefined();
      expect(await page.locator('#root script, #root iframe, #root img, #root b, #root i').count()).toBe(0);
    }
    expect(requested.filter((pathname) => pathname === '/x')).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await guards.cspViolations()).toEqual([]);
    expect(guards.offOriginRequests).toEqual([]);
    expect(guards.pageErrors).toEqual([]);
    await page.close();
  });
});

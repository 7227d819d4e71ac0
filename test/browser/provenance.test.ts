import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectPageErrors, useChromium, newPage, pageScrolls, saveScreenshot, waitForAppStarted } from './chromium';

describe('provenance, tables and downloads in Chromium', () => {
  const chrome = useChromium();
  const baseUrl = inject('baseUrl');

  /** Presses Tab until `isTarget` holds for the focused element; fails after `limit` presses. */
  async function tabUntil(page: Page, isTarget: () => boolean, limit = 80): Promise<void> {
    for (let presses = 0; presses < limit; presses += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(isTarget)) return;
    }
    throw new Error('never reached by Tab');
  }

  it('opens a tile’s card by keyboard with a visible focus ring, quotes the clause, and returns focus on Escape', async () => {
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    const errors = collectPageErrors(page);
    await page.goto(`${baseUrl}?scene=overview`);
    await page.locator('main .scene').waitFor();
    await waitForAppStarted(page);
    await tabUntil(page, () => document.activeElement?.closest('[data-figure-id]')?.getAttribute('data-figure-id') === 'patrol-problems-rectified');

    const tile = page.locator('[data-figure-id="patrol-problems-rectified"]');
    const outline = await tile.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe('solid');
    await saveScreenshot(page, 'provenance-tile-focus-zh-1920x1080');

    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '巡查整改执法问题' });
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain('不少于 700 个');
    expect(text).toContain('巡查整改执法问题700余个');
    expect(text).toContain('三（三）');
    expect(text).toContain('2022 年度');
    await saveScreenshot(page, 'provenance-card-zh-1920x1080');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.closest('[data-figure-id]')?.getAttribute('data-figure-id') === 'patrol-problems-rectified');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a bar’s card with Enter and shows both contradicting statements', async () => {
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    await page.goto(`${baseUrl}?scene=supervision&lang=en`);
    // Charts draw in stages (axes, bars, labels): focus a bar once its chart has finished, or the focus is lost.
    await page.waitForFunction(() => document.querySelector('.figure-bar-chart') && !document.querySelector('.figure-bar-chart:not([data-drawn])'));
    const bar = page.getByRole('button', { name: /Enforcement notices issued: 10 notices\. Show source/ });
    await bar.focus();
    const stroke = await page.locator('.bar-mark:focus-visible .bar-mark__focus').evaluate((element) => getComputedStyle(element).stroke);
    expect(stroke).not.toBe('none');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Enforcement notices issued' });
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain('下发执法通报10期');
    expect(text).toContain('下发执法问题通报11期');
    expect(text).toContain('The report gives two different numbers');
    expect(text).toContain('Part III (3) (三(三))');
    await saveScreenshot(page, 'provenance-card-contradiction-en-1920x1080');
    await page.close();
  });

  it('fits the card of a derived figure on a 390×844 phone and follows an input to its own card', async () => {
    const page = await newPage(chrome.browser, { width: 390, height: 844 }, 2);
    await page.goto(`${baseUrl}?scene=training&lang=en`);
    // A tap before the app has taken the page over is replayed once it has (the next test); this one checks the card.
    await waitForAppStarted(page);
    await page.getByRole('button', { name: /Average trainees per standardised-enforcement session/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect((await pageScrolls(page)).horizontal).toBe(false);
    await saveScreenshot(page, 'provenance-card-derived-en-390x844');

    await dialog.getByRole('button', { name: /Standardised-enforcement training sessions/ }).click();
    await page.getByRole('dialog', { name: 'Standardised-enforcement training sessions' }).waitFor();
    expect(await page.getByRole('dialog').innerText()).toContain('组织全市规范执法培训10期960人');
    await page.close();
  });

  it('opens the card of a tile tapped before the app has taken the page over', async () => {
    const page = await newPage(chrome.browser, { width: 390, height: 844 }, 2);
    // Hold the app's code back until the tap has happened, so the tap lands on the prerendered page for sure.
    let releaseApp!: () => void;
    const tapped = new Promise<void>((resolve) => (releaseApp = resolve));
    await page.route(/\/assets\/main-[\w-]+\.js$/, async (route) => {
      await tapped;
      await route.continue();
    });
    await page.goto(`${baseUrl}?scene=training&lang=en`);
    const tile = page.getByRole('button', { name: /Average trainees per standardised-enforcement session/ });
    await tile.click();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-app-started'))).toBe(false);
    releaseApp();
    await waitForAppStarted(page);
    await page.getByRole('dialog', { name: /Average trainees per standardised-enforcement session/ }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(1);
    await page.close();
  });

  it('reaches "show as table" on every chart by keyboard, and the table keeps qualifiers and sections', async () => {
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    for (const scene of ['training', 'review', 'supervision']) {
      await page.goto(`${baseUrl}?scene=${scene}&lang=en`);
      await page.locator('.bar-mark').first().waitFor();
      const charts = await page.locator('.chart-card').count();
      for (let index = 0; index < charts; index += 1) {
        await tabUntil(page, () => document.activeElement?.textContent === 'Show as table');
        await page.keyboard.press('Enter');
      }
      expect(await page.locator('.chart-card__table table').count(), scene).toBe(charts);
      expect(await page.getByRole('button', { name: 'Show as table' }).count(), scene).toBe(0);
    }
    const tables = await page.locator('main').innerText();
    expect(tables).toContain('Part I (4)');
    expect(tables).toContain('Inconsistency');
    await saveScreenshot(page, 'tables-supervision-en-1920x1080');
    await page.close();
  });

  it('downloads the figures as UTF-8 CSV with a BOM and as JSON', async () => {
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    await page.goto(`${baseUrl}?scene=overview`);
    await page.locator('main .scene').waitFor();
    await waitForAppStarted(page);
    await page.getByText('出处与导出').click();
    await saveScreenshot(page, 'tools-menu-zh-1920x1080');

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV' }).click()]);
    expect(csvDownload.suggestedFilename()).toBe('yantai-psb-2022-figures-zh.csv');
    const csv = readFileSync((await csvDownload.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('巡查整改执法问题700余个');

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 JSON' }).click()]);
    const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as { figures: unknown[] };
    expect(json.figures).toHaveLength(18);
    await page.close();
  });
});

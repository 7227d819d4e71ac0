import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectPageErrors, newPage, saveScreenshot, useChromium } from './chromium';
import { enableEnglishIssueMessages, reportSchema } from '../../src/data/report-schema';

// ?view=author in the built dist/, in Chromium: paste a report's text, decide every proposal, mark the file
// reviewed and download it with its text; npm run data:check --strict passes the two files in a copy of the data
// folders. Nothing is fetched but the page's own files.
const root = path.resolve(import.meta.dirname, '../..');
const yantai = readFileSync(path.join(root, 'src/data/sources/yantai-psb-2022.txt'), 'utf8');
// A development report the extractor was not written around (test/fixtures/dev-reports/README.md).
const jinhua = readFileSync(path.join(root, 'test/fixtures/dev-reports/jinhua-psb-2020.txt'), 'utf8');

/** `npm run data:check --strict` in a copy of the repository's code and data, with `files` put in place. */
function dataCheckInCopy(files: Record<string, string>): { status: number | null; output: string } {
  const copy = mkdtempSync(path.join(tmpdir(), 'author-data-check-'));
  try {
    for (const part of ['src', 'scripts', 'build', 'package.json']) cpSync(path.join(root, part), path.join(copy, part), { recursive: true });
    symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(copy, name), text);
    const result = spawnSync(process.execPath, ['scripts/data-check.mjs', '--strict'], { cwd: copy, encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

async function pasteYantai(page: Page) {
  await page.getByLabel('报告编号').fill('yantai-psb-2022');
  await page.getByLabel('单位名称').fill('烟台市公安局');
  await page.getByLabel('年度', { exact: true }).fill('2022');
  await page.getByLabel('或者粘贴原文').fill(yantai);
  await page.getByRole('button', { name: '提出指标' }).click();
  await page.getByRole('heading', { name: '提出的指标（18）' }).waitFor();
}

/** Sideways scrolling of the page, or of the review page's own scrolling box. */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const boxes = [document.scrollingElement ?? document.documentElement, document.querySelector('.author')].filter((box) => box !== null);
    return boxes.some((box) => box.scrollWidth > box.clientWidth + 1);
  });
}

describe('?view=author in Chromium', () => {
  const chrome = useChromium();
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    await enableEnglishIssueMessages();
  });

  it('turns pasted text into a reviewed report file, with nothing sent anywhere', async () => {
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    const errors = collectPageErrors(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${baseUrl}?view=author`);
    await pasteYantai(page);

    // Every figure and both contradictions: the Accept toggles stay in place, so each one is pressed once.
    const accepts = page.getByRole('button', { name: '采纳', exact: true });
    const count = await accepts.count();
    expect(count).toBe(20);
    for (let index = 0; index < count; index += 1) await accepts.nth(index).click();
    await page.getByText('已核对 18 / 18 项：采纳 18，修改 0，舍弃 0。').waitFor();
    await page.getByLabel('标记为已审核').check();
    await page.locator('.author-preview [data-figure-id]').first().waitFor();
    expect(await page.locator('.author-preview .badge--draft').count()).toBe(0);
    await saveScreenshot(page, 'author-1920x1080');

    const file = await downloaded(page, '下载 yantai-psb-2022.json');
    expect(file.name).toBe('yantai-psb-2022.json');
    const report = reportSchema.parse(JSON.parse(file.text));
    expect(report.status).toBeUndefined();
    expect(report.figures).toHaveLength(18);
    expect(report.contradictions).toHaveLength(2);
    const text = await downloaded(page, '下载原文 yantai-psb-2022.txt');
    expect(text.name).toBe('yantai-psb-2022.txt');
    // In place of today's Yantai file, with the text beside it: every clause is found in it.
    const check = dataCheckInCopy({ 'src/data/reports/yantai-psb-2022.json': file.text, 'src/data/sources/yantai-psb-2022.txt': text.text });
    expect(check.output).toMatch(/data:check: 1 report file\(s\) valid\n/);
    expect(check.status).toBe(0);

    expect(requests.filter((url) => !url.startsWith(baseUrl) && !url.startsWith('blob:'))).toEqual([]);
    expect(requests.some((url) => url.includes('yantai-psb-2022.txt'))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('turns another bureau’s text into a file data:check passes, with an edit, a rejection and the English labels', async () => {
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    const errors = collectPageErrors(page);
    await page.goto(`${baseUrl}?view=author`);
    await page.getByLabel('报告编号').fill('jinhua-psb-2020');
    await page.getByLabel('单位名称').fill('金华市公安局');
    await page.getByLabel('年度', { exact: true }).fill('2020');
    await page.getByLabel('或者粘贴原文').fill(jinhua);
    await page.getByRole('button', { name: '提出指标' }).click();
    await page.getByRole('heading', { name: /^提出的指标（\d+）$/ }).waitFor();
    const proposals = page.locator('[data-proposal-id]');
    const count = await proposals.count();
    expect(count).toBeGreaterThan(3);

    // The first is edited (an English label and a shorter clause from the text), the last rejected.
    const first = proposals.first();
    const firstId = await first.getAttribute('data-proposal-id');
    const clause = await first.locator('blockquote').innerText();
    await first.getByRole('button', { name: '修改', exact: true }).click();
    await first.getByLabel('名称（英文，可留空）').fill('Edited in the browser');
    await first.getByLabel('原句').fill(`【】${clause}`);
    await first.getByText('原文中找不到这句话').waitFor();
    await first.getByLabel('原句').fill(clause);
    await first.getByRole('button', { name: '保存并采纳' }).click();
    await first.getByText('已修改并采纳').waitFor();
    const last = proposals.last();
    const lastId = await last.getAttribute('data-proposal-id');
    await last.getByRole('button', { name: '舍弃', exact: true }).click();
    // Everything still proposed is accepted, contradictions too; each press takes one out of the list.
    const open = page.locator('.author-proposal--proposed, .author-contradiction--proposed').getByRole('button', { name: '采纳', exact: true });
    while ((await open.count()) > 0) await open.first().click();
    await page.getByLabel('标记为已审核').check();
    await saveScreenshot(page, 'author-dev-report-1920x1080');

    const file = await downloaded(page, '下载 jinhua-psb-2020.json');
    const report = reportSchema.parse(JSON.parse(file.text));
    expect(report.status).toBeUndefined();
    expect(report.figures).toHaveLength(count - 1);
    expect(report.figures.find((figure) => figure.id === firstId)?.label.en).toBe('Edited in the browser');
    expect(report.figures.some((figure) => figure.id === lastId)).toBe(false);
    const text = await downloaded(page, '下载原文 jinhua-psb-2020.txt');
    const check = dataCheckInCopy({ 'src/data/reports/jinhua-psb-2020.json': file.text, 'src/data/sources/jinhua-psb-2020.txt': text.text });
    expect(check.output).toMatch(/data:check: 2 report file\(s\) valid\n/);
    expect(check.status).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a .txt file through its button, in the page’s own words', async () => {
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    await page.goto(`${baseUrl}?view=author`);
    const input = page.getByLabel('打开 .txt 文件');
    // The control is the page's labelled button; the browser's own ("Choose File") is hidden.
    expect(await page.getByText(/Choose File|No file chosen/).count()).toBe(0);
    await input.setInputFiles({ name: 'jinhua-psb-2020.txt', mimeType: 'text/plain', buffer: Buffer.from(jinhua, 'utf8') });
    await page.locator('.author-field__hint').getByText(/^已读取 jinhua-psb-2020\.txt（[\d,]+ 个字符）。$/).waitFor();
    expect(await page.getByLabel('或者粘贴原文').inputValue()).toBe(jinhua);
    await page.close();
  });

  it('reaches a proposal from its number in the text by keyboard, and back', async () => {
    const page = await newPage(chrome.browser, { width: 1920, height: 1080 });
    await page.goto(`${baseUrl}?view=author`);
    await pasteYantai(page);
    const mark = page.getByRole('button', { name: /^700余个\s?（提出的指标/ });
    await mark.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-proposal-id'))).toBe('supervision-3');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await page.locator('[data-proposal-id="supervision-3"]').getByRole('button', { name: '采纳' }).getAttribute('aria-pressed')).toBe('true');
    await page.locator('[data-proposal-id="supervision-3"]').getByRole('button', { name: '在原文中查看' }).press('Enter');
    expect(await mark.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.close();
  });

  for (const screen of [
    { width: 390, height: 844, name: 'author-390x844' },
    { width: 1024, height: 768, name: 'author-1024x768' },
  ]) {
    it(`does not scroll sideways at ${screen.width}×${screen.height}`, async () => {
      const page = await newPage(chrome.browser, screen, screen.width < 500 ? 2 : 1);
      await page.goto(`${baseUrl}?view=author`);
      expect(await scrollsSideways(page)).toBe(false);
      await pasteYantai(page);
      await page.getByRole('button', { name: '采纳', exact: true }).first().click();
      await page.locator('[data-proposal-id="supervision-3"]').getByRole('button', { name: '修改' }).click();
      await page.locator('.author-preview [data-figure-id]').first().waitFor();
      expect(await scrollsSideways(page)).toBe(false);
      await saveScreenshot(page, screen.name);
      await page.close();
    });
  }
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, newPage, screenshotDir } from './chromium';

// The briefing pack through Chromium's own PDF output, read back with poppler (pdfinfo, pdftotext, pdftoppm).
const expectedPages: Record<'zh' | 'en', Array<{ title: string; figures: string[]; sources: string }>> = {
  zh: [
    { title: '总览', figures: ['1万', '2万', '4,500', '470', '700', '4,308', '11,961', '113'], sources: '本屏数据来源' },
    { title: '教育培训', figures: ['1万', '2万', '960', '96', '4,500', '425'], sources: '本屏数据来源' },
    { title: '法制审核与执法责任', figures: ['5%', '470', '460', '次/季度', '次/月'], sources: '本屏数据来源' },
    { title: '执法监督与效率', figures: ['700', '11', '10', '4,308', '100%', '11,961', '113'], sources: '本屏数据来源' },
    { title: '举措、不足与 2023 年安排', figures: ['二（一）', '三（二）', '四（五）'], sources: '本屏数据来源' },
  ],
  en: [
    { title: 'Overview', figures: ['10,000', '20,000', '4,500', '470', '700', '4,308', '11,961', '113'], sources: 'Sources on this screen' },
    { title: 'Training', figures: ['10,000', '20,000', '960', '96', '4,500', '425'], sources: 'Sources on this screen' },
    { title: 'Legal review and accountability', figures: ['5%', '470', '460', 'per quarter', 'per month'], sources: 'Sources on this screen' },
    { title: 'Supervision and efficiency', figures: ['700', '11', '10', '4,308', '100%', '11,961', '113'], sources: 'Sources on this screen' },
    { title: 'Measures, shortcomings and 2023 plans', figures: ['Part II (1)', 'Part III (2)', 'Part IV (5)'], sources: 'Sources on this screen' },
  ],
};
const sourceAddress = 'https://www.yantai.gov.cn/art/2023/1/30/art_58374_3092946.html';
// The year the report covers and when it was published: the report itself gives no "as of" date.
const reportLine = { zh: '2022 年度 · 2023年1月30日 发布', en: '2022 · Published 30 January 2023' };

describe('printed briefing pack (A4 landscape PDF)', () => {
  const chrome = useChromium();
  const baseUrl = inject('baseUrl');
  const workDir = mkdtempSync(path.join(tmpdir(), 'briefing-pack-'));

  for (const lang of ['zh', 'en'] as const) {
    it(`prints one page per scene in ${lang}, each with its figures, sources and as-of date, nothing cut`, async () => {
      const page = await newPage(chrome.browser, { width: 1280, height: 900 });
      await page.goto(`${baseUrl}?view=print&lang=${lang}`);
      // The pack says when every page shows its scene and every chart is drawn, and only then enables printing.
      await page.locator('.print-pack[data-ready]').waitFor();
      expect(await page.getByRole('button', { name: lang === 'zh' ? '打印 / 另存为 PDF' : 'Print or save as PDF' }).isEnabled()).toBe(true);
      expect(await page.locator('.print-page .scene').count()).toBe(5);
      expect(await page.locator('.print-page .figure-bar-chart:not([data-drawn])').count()).toBe(0);

      // Nothing cut: under print media every element of a page lies inside that page's box.
      await page.emulateMedia({ media: 'print' });
      const overflow = await page.evaluate(() =>
        [...document.querySelectorAll('.print-page')].flatMap((printPage, index) => {
          const box = printPage.getBoundingClientRect();
          return [...printPage.querySelectorAll('*')]
            .filter((element) => {
              const rect = element.getBoundingClientRect();
              if (rect.width === 0 || rect.height === 0 || element.closest('.visually-hidden')) return false;
              return rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1;
            })
            .map((element) => `page ${index + 1}: <${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`);
        }),
      );
      expect(overflow).toEqual([]);
      // Nor inside a page: no panel, tile or list holds more than it shows (its last items hidden by its box).
      const clippedBoxes = await page.evaluate(() =>
        [...document.querySelectorAll('.print-page')].flatMap((printPage, index) =>
          [...printPage.querySelectorAll<HTMLElement>('.panel, .tile, .structure-list, .structure-list ol')]
            .filter((box) => box.scrollHeight > box.clientHeight + 2 || box.scrollWidth > box.clientWidth + 2)
            .map((box) => `page ${index + 1}: <${box.tagName.toLowerCase()} class="${box.className}"> shows ${box.clientHeight} of ${box.scrollHeight}px`),
        ),
      );
      expect(clippedBoxes).toEqual([]);

      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      await page.close();
      const pdfFile = path.join(workDir, `briefing-pack-${lang}.pdf`);
      writeFileSync(pdfFile, pdf);

      const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
      expect(info).toMatch(/^Pages:\s+5$/m);
      // A4 landscape is 842 × 595 pt.
      expect(info).toMatch(/^Page size:\s+841\.\d+ x 59[45]\.\d+ pts/m);

      expectedPages[lang].forEach((expected, index) => {
        // Reading order, whitespace collapsed: a wrapped line still reads as one phrase.
        const text = execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), pdfFile, '-'], {
          encoding: 'utf8',
        })
          .replace(/\s+/g, ' ')
          // The separators are drawn with margins, which the PDF's text may or may not carry as spaces.
          .replace(/ ?· ?/g, ' · ');
        expect(text, `page ${index + 1}`).toContain(expected.title);
        expect(text, `page ${index + 1}`).toContain(reportLine[lang]);
        expect(text, `page ${index + 1}`).not.toMatch(/数据截至|as of/i);
        expect(text, `page ${index + 1}`).toContain(expected.sources);
        // On paper the source is an address a reader can type, not a link.
        expect(text, `page ${index + 1}`).toContain(sourceAddress);
        for (const figure of expected.figures) expect(text, `page ${index + 1}`).toContain(figure);
      });

      // Pages as PNG for people to look at (test-results/screenshots/briefing-pack-<lang>-<n>.png).
      mkdirSync(screenshotDir, { recursive: true });
      execFileSync('pdftoppm', ['-png', '-r', '80', pdfFile, path.join(screenshotDir, `briefing-pack-${lang}`)]);
    });
  }
});

import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium, newPage, saveScreenshot, waitForLanguage } from './chromium';
import { collect, type RawScreen } from './room-measure';
import { isClipped, isLegibleText, meetingRoomViewports, textBoxesOverlap } from '../support/room-legibility';

// The layout holds on every screen a bureau has: phones, tablets both ways, laptops (and one at 200% zoom),
// 1080p and 4K TVs, a 32:9 LED wall and a portrait totem, in both languages, on the desk and in meeting-room
// mode. Each check is what a person would see go wrong: sideways scrolling, a header eating the screen, text
// running into text or cut off, a number broken over two lines, a chart with invisible bars, tiles mostly empty.

type Screen = { width: number; height: number; scale?: number; label: string };

const screens: Screen[] = [
  { width: 390, height: 844, scale: 2, label: 'phone 390×844' },
  { width: 768, height: 1024, label: 'tablet 768×1024' },
  { width: 1024, height: 768, label: 'tablet 1024×768' },
  { width: 1280, height: 800, label: 'laptop 1280×800' },
  { width: 1366, height: 768, label: 'laptop 1366×768' },
  { width: 960, height: 540, scale: 2, label: '1920×1080 at 200% zoom' },
  { width: 1920, height: 1080, label: '1080p 1920×1080' },
  { width: 2560, height: 1440, label: '2560×1440' },
  { width: 3840, height: 2160, label: '4K 3840×2160' },
  { width: 5120, height: 1440, label: 'LED wall 5120×1440' },
  { width: 1080, height: 1920, label: 'portrait 1080×1920' },
];

const sceneIds = ['overview', 'training', 'review', 'supervision', 'plans'];

/** What the layout checks read from the page besides the text: header, tiles, numbers, bars. */
type LayoutFacts = {
  headerHeight: number;
  horizontalScroll: boolean;
  verticalScroll: boolean;
  brokenNumbers: string[];
  emptyBars: number;
  bars: number;
  tileFill: number[];
};

function layoutFacts(): LayoutFacts {
  const scroller = document.scrollingElement ?? document.documentElement;
  const header = document.querySelector('.app-header, .kiosk-bar');
  const brokenNumbers = [...document.querySelectorAll('.tile__number')].flatMap((number) => {
    const range = document.createRange();
    range.selectNodeContents(number);
    const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 1).map((rect) => Math.round(rect.top)));
    return lines.size > 1 ? [number.textContent ?? ''] : [];
  });
  const bars = [...document.querySelectorAll('.bar-mark rect.bar')];
  const emptyBars = bars.filter((bar) => {
    const rect = bar.getBoundingClientRect();
    return rect.width < 1 || rect.height < 1;
  }).length;
  // How much of each tile its text spans: the box around all of its text over the tile's own box.
  const tileFill = [...document.querySelectorAll('.tile')].flatMap((tile) => {
    const box = tile.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) return [];
    let left = Infinity;
    let top = Infinity;
    let right = -Infinity;
    let bottom = -Infinity;
    const walker = document.createTreeWalker(tile, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || node.parentElement?.closest('.visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        left = Math.min(left, rect.left);
        top = Math.min(top, rect.top);
        right = Math.max(right, rect.right);
        bottom = Math.max(bottom, rect.bottom);
      }
    }
    return right > left ? [((right - left) * (bottom - top)) / (box.width * box.height)] : [];
  });
  return {
    headerHeight: header?.getBoundingClientRect().height ?? 0,
    horizontalScroll: scroller.scrollWidth > window.innerWidth + 1,
    verticalScroll: scroller.scrollHeight > window.innerHeight + 1,
    brokenNumbers,
    emptyBars,
    bars: bars.length,
    tileFill,
  };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 1 : (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
};

const minimumTileFill = 0.3;

/** Every way the screen on show breaks the layout rules, as sentences. */
async function layoutProblems(page: Page, screen: Screen, kiosk: boolean): Promise<{ problems: string[]; fill: number }> {
  const raw: RawScreen = await page.evaluate(collect);
  const facts = await page.evaluate(layoutFacts);
  const problems: string[] = [];
  const { width, height } = screen;
  if (facts.horizontalScroll) problems.push('the page scrolls sideways');
  if (kiosk && facts.verticalScroll) problems.push('meeting-room mode scrolls');
  if (width > height && facts.headerHeight > height / 5) problems.push(`the header is ${Math.round(facts.headerHeight)}px, over a fifth of ${height}px`);
  for (const number of facts.brokenNumbers) problems.push(`the number "${number}" breaks over two lines`);
  if (facts.emptyBars > 0) problems.push(`${facts.emptyBars} of ${facts.bars} bars have no size`);
  // About 0.3 is what a tile looked like when its figure sat small in a corner with the rest empty; a tile with a
  // short Chinese label and a formula under its value fills less than one with a long English label.
  const fill = median(facts.tileFill);
  if (fill < minimumTileFill) problems.push(`a typical tile's text covers ${fill.toFixed(2)} of the tile, under ${minimumTileFill}`);
  const screenBox = { left: 0, top: kiosk ? 0 : -Infinity, right: width, bottom: kiosk ? height : Infinity };
  for (const text of raw.texts) {
    if (kiosk && !isLegibleText(text.fontPx, height)) problems.push(`"${text.text}" is ${text.fontPx}px, under 2.5% of ${height}px`);
    for (const box of text.glyphBoxes) {
      if (isClipped(box, screenBox) && !text.inSideScroller) problems.push(`"${text.text}" runs off the screen`);
      else if (text.clip && isClipped(box, text.clip)) problems.push(`"${text.text}" is cut off by its box`);
    }
  }
  for (let i = 0; i < raw.texts.length; i += 1) {
    for (let j = i + 1; j < raw.texts.length; j += 1) {
      const a = raw.texts[i]!;
      const b = raw.texts[j]!;
      if (a.glyphBoxes.some((boxA) => b.glyphBoxes.some((boxB) => textBoxesOverlap(boxA, boxB)))) problems.push(`"${a.text}" overlaps "${b.text}"`);
    }
  }
  return { problems, fill };
}

/** Moves the open page to another address the way the app's own links do, without reloading. */
async function navigate(page: Page, search: string): Promise<void> {
  await page.evaluate((next) => {
    window.history.pushState(null, '', next);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, search);
}

/** Waits until the scene's figures, charts and text have settled. */
async function settled(page: Page, sceneId: string): Promise<void> {
  await page.locator(`.scene--${sceneId}`).waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .figure-bar-chart:not([data-drawn]), .state--loading'));
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
}

describe('the layout on every screen', () => {
  const chrome = useChromium();
  const baseUrl = inject('baseUrl');
  const fills: string[] = [];
  afterAll(() => console.log(`median tile fill (text box / tile box):\n${fills.join('\n')}`));

  for (const screen of screens) {
    it(`holds on a ${screen.label}, on the desk and in meeting-room mode, in Chinese and English`, async () => {
      const page = await newPage(chrome.browser, { width: screen.width, height: screen.height }, screen.scale ?? 1);
      const problems: string[] = [];
      const name = screen.label.replace(/[^\w]+/g, '-');
      await page.goto(`${baseUrl}?scene=overview`);
      for (const lang of ['zh', 'en'] as const) {
        for (const sceneId of sceneIds) {
          await navigate(page, `?scene=${sceneId}&lang=${lang}`);
          await waitForLanguage(page, lang);
          await settled(page, sceneId);
          const desk = await layoutProblems(page, screen, false);
          problems.push(...desk.problems.map((problem) => `desk ${lang} ${sceneId}: ${problem}`));
          fills.push(`${name} desk ${lang} ${sceneId}: ${desk.fill.toFixed(2)}`);
          if (sceneId === 'overview' || sceneId === 'supervision') await saveScreenshot(page, `layout-desk-${sceneId}-${lang}-${name}`);
        }
        // Meeting-room mode, every page of every scene: a clicker press turns a scene's pages, then moves on.
        // Not on phones: the dashboard does not offer the mode there (kiosk-enter-button.tsx), no room uses one.
        if (screen.width < 768) continue;
        // kiosk.test.ts checks meeting-room mode in Chinese at its room sizes (every scene in both themes, against the
        // same overlap and clipping rules, though only a scene's first page): here only English at those sizes, to
        // keep the suite inside CI's time.
        if (lang === 'zh' && meetingRoomViewports.some((room) => room.width === screen.width && room.height === screen.height)) continue;
        await page.goto(`${baseUrl}?kiosk&motion=off&interval=3600&lang=${lang}&scene=overview`);
        for (const sceneId of sceneIds) {
          await settled(page, sceneId);
          for (;;) {
            const kiosk = await layoutProblems(page, screen, true);
            const pageLabel = (await page.locator('.scene').getAttribute('data-page')) ?? '1/1';
            problems.push(...kiosk.problems.map((problem) => `kiosk ${lang} ${sceneId} page ${pageLabel}: ${problem}`));
            if (sceneId === 'overview' || sceneId === 'supervision') await saveScreenshot(page, `layout-kiosk-${sceneId}-${lang}-${name}-p${pageLabel.replace('/', 'of')}`);
            const [index, count] = pageLabel.split('/').map(Number);
            await page.keyboard.press('PageDown');
            if (index! >= count!) break;
            await page.waitForFunction((label) => document.querySelector('.scene')?.getAttribute('data-page') !== label, pageLabel);
            await settled(page, sceneId);
          }
        }
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

import type { Page } from 'playwright-core';
import { collect, type RawScreen } from './room-measure';
import { waitForAppStarted } from './chromium';
import { isClipped, isLegibleText, textBoxesOverlap } from '../support/room-legibility';

// The layout rules every screen is held to (layout.test.ts, unseen-report.test.ts): what a person would see go
// wrong, as sentences.

export type Screen = { width: number; height: number; scale?: number; label: string };

/** Every screen a bureau has: phones, tablets both ways, laptops (one at 200% zoom), TVs, an LED wall, a totem. */
export const everyScreen: readonly Screen[] = [
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
export async function layoutProblems(page: Page, screen: Screen, kiosk: boolean): Promise<{ problems: string[]; fill: number }> {
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
export async function navigate(page: Page, search: string): Promise<void> {
  await page.evaluate((next) => {
    window.history.pushState(null, '', next);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, search);
}

/** Waits until the scene's figures, charts and text have settled. */
export async function settled(page: Page, sceneId: string): Promise<void> {
  // A page can arrive with another address's prerendered screen in it (index.html serves every query string
  // it has no page for): the app, not that picture, is what is measured.
  await waitForAppStarted(page);
  await page.locator(`.scene--${sceneId}`).waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .figure-bar-chart:not([data-drawn]), .state--loading'));
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
}

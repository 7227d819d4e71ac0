import type { Page } from 'playwright-core';
import { composite, contrastMinimum, contrastRatio, parseColor, type Rgba } from '../support/contrast';
import { isClipped, isLegibleHeadline, isLegibleText, textBoxesOverlap, type Box } from '../support/room-legibility';

// Collects what is on screen in one page.evaluate (cheap on a 2-core machine), then judges it here with the
// same contrast and legibility rules the app's model uses.

export type RawText = {
  text: string;
  fontPx: number;
  color: string;
  /** Background colours from the element outwards, up to the first opaque one. */
  backgrounds: string[];
  glyphBoxes: Box[];
  /** The box of the nearest ancestor that clips (overflow other than visible, or an <svg>). */
  clip: Box | null;
  headline: boolean;
  /** Inside a box that scrolls sideways (the scene links on a narrow screen): off screen is a scroll away. */
  inSideScroller: boolean;
};

type RawMark = { kind: string; paint: string; backgrounds: string[] };

export type RawScreen = {
  viewport: { width: number; height: number };
  scrolls: { vertical: boolean; horizontal: boolean };
  texts: RawText[];
  marks: RawMark[];
};

export type RoomReport = {
  minFontPx: number;
  minTextContrast: number;
  minHeadlineContrast: number;
  minMarkContrast: number;
  headlineCount: number;
  textCount: number;
  problems: string[];
};

export function collect(): RawScreen {
  const toBox = (rect: DOMRect) => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
  // A line's rect is the font's content area, which for CJK fonts is ~1.45em tall and reaches into tightly set
  // neighbouring lines; glyphs are drawn within the em box, so that is the box compared for overlaps.
  const toGlyphBox = (rect: DOMRect, fontPx: number) => {
    const middle = (rect.top + rect.bottom) / 2;
    const half = Math.min(rect.height, fontPx) / 2;
    return { left: rect.left, top: middle - half, right: rect.right, bottom: middle + half };
  };
  const backgroundsOf = (start: Element | null) => {
    const colours: string[] = [];
    for (let element = start; element; element = element.parentElement) {
      const colour = getComputedStyle(element).backgroundColor;
      if (colour && colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
        colours.push(colour);
        if (!colour.startsWith('rgba')) break;
      }
    }
    return colours;
  };
  const clipBoxOf = (start: Element) => {
    for (let element = start.parentElement; element; element = element.parentElement) {
      if (element === document.documentElement || element === document.body) break;
      const style = getComputedStyle(element);
      // A box that scrolls loses nothing (its text is a scroll away); one that hides its overflow cuts text off.
      const cuts = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
      if (element instanceof SVGSVGElement || cuts(style.overflowX) || cuts(style.overflowY)) {
        return toBox(element.getBoundingClientRect());
      }
    }
    return null;
  };
  const scrollViewOf = (start: Element) => {
    for (let element = start.parentElement; element; element = element.parentElement) {
      if (element === document.documentElement || element === document.body) break;
      const overflowY = getComputedStyle(element).overflowY;
      if ((overflowY === 'auto' || overflowY === 'scroll') && element.scrollHeight > element.clientHeight) return toBox(element.getBoundingClientRect());
    }
    return null;
  };
  const texts: RawText[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const content = node.textContent?.trim() ?? '';
    const element = node.parentElement;
    // Skipped: text for screen readers only, and the off-screen span Recharts measures label widths with.
    // Also skipped: the skip link, parked off screen until it has focus.
    if (!content || !element || element.closest('.visually-hidden, script, style, title, #recharts_measurement_span, .skip-link:not(:focus)')) continue;
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) continue;
    // Not rendered at all, such as the content of a closed <details> (content-visibility: hidden).
    if (!element.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const fontPx = parseFloat(style.fontSize);
    const scrollView = scrollViewOf(element);
    // Text scrolled out of a box that scrolls is a scroll away, not on screen: it neither overlaps nor is cut.
    // A line at the box's edge shows only its part inside the box; only that part can overlap anything.
    const rects = [...range.getClientRects()]
      .map((rect) => (scrollView ? new DOMRect(rect.x, Math.max(rect.top, scrollView.top), rect.width, Math.min(rect.bottom, scrollView.bottom) - Math.max(rect.top, scrollView.top)) : rect))
      .filter((rect) => rect.width > 1 && rect.height > 1);
    if (rects.length === 0) continue;
    const isSvg = element instanceof SVGElement;
    texts.push({
      text: content.slice(0, 40),
      fontPx,
      glyphBoxes: rects.map((rect) => toGlyphBox(rect, fontPx)),
      color: isSvg ? style.fill : style.color,
      backgrounds: backgroundsOf(element),
      clip: clipBoxOf(element),
      headline: element.closest('.tile--headline .tile__number') !== null,
      inSideScroller: (() => {
        for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
          const overflowX = getComputedStyle(box).overflowX;
          if ((overflowX === 'auto' || overflowX === 'scroll') && box.scrollWidth > box.clientWidth) return true;
        }
        return false;
      })(),
    });
  }
  const marks: RawMark[] = [...document.querySelectorAll('.bar-mark rect.bar')].map((mark) => {
    const style = getComputedStyle(mark);
    const hatched = style.fill.startsWith('url(');
    return { kind: hatched ? 'lower-bound outline' : 'bar', paint: hatched ? style.stroke : style.fill, backgrounds: backgroundsOf(mark) };
  });
  const scroller = document.scrollingElement ?? document.documentElement;
  return {
    viewport: { width: window.innerWidth, height: window.innerHeight },
    scrolls: { vertical: scroller.scrollHeight > window.innerHeight + 1, horizontal: scroller.scrollWidth > window.innerWidth + 1 },
    texts,
    marks,
  };
}

function effectiveBackground(backgrounds: string[]): Rgba {
  const layers = backgrounds.map((colour) => parseColor(colour)).filter((colour): colour is Rgba => colour !== undefined);
  // Paint from the outermost (opaque) layer inwards; the page background is the fallback.
  return layers.reduceRight<Rgba>((below, layer) => composite(layer, below), { r: 0, g: 0, b: 0, a: 1 });
}

export async function measureRoomScreen(page: Page): Promise<RoomReport> {
  const screen = await page.evaluate(collect);
  const { width, height } = screen.viewport;
  const viewportBox: Box = { left: 0, top: 0, right: width, bottom: height };
  const problems: string[] = [];
  if (screen.scrolls.vertical || screen.scrolls.horizontal) problems.push(`page scrolls ${JSON.stringify(screen.scrolls)}`);
  const report: RoomReport = {
    minFontPx: Infinity,
    minTextContrast: Infinity,
    minHeadlineContrast: Infinity,
    minMarkContrast: Infinity,
    headlineCount: 0,
    textCount: screen.texts.length,
    problems,
  };
  for (const text of screen.texts) {
    report.minFontPx = Math.min(report.minFontPx, text.fontPx);
    if (!isLegibleText(text.fontPx, height)) problems.push(`"${text.text}" is ${text.fontPx}px, under 2.5% of ${height}px`);
    const colour = parseColor(text.color);
    if (!colour) {
      problems.push(`"${text.text}" has an unreadable colour ${text.color}`);
    } else {
      const ratio = contrastRatio(colour, effectiveBackground(text.backgrounds));
      report.minTextContrast = Math.min(report.minTextContrast, ratio);
      if (ratio < contrastMinimum.text) problems.push(`"${text.text}" contrast ${ratio.toFixed(2)}:1 < 4.5:1`);
      if (text.headline) {
        report.headlineCount += 1;
        report.minHeadlineContrast = Math.min(report.minHeadlineContrast, ratio);
        if (ratio < contrastMinimum.headline) problems.push(`headline "${text.text}" contrast ${ratio.toFixed(2)}:1 < 7:1`);
      }
    }
    if (text.headline && !isLegibleHeadline(text.fontPx, height)) problems.push(`headline "${text.text}" is ${text.fontPx}px, under 6% of ${height}px`);
    for (const box of text.glyphBoxes) {
      if (isClipped(box, viewportBox)) problems.push(`"${text.text}" runs off the screen`);
      else if (text.clip && isClipped(box, text.clip)) problems.push(`"${text.text}" is clipped by its container`);
    }
  }
  for (let i = 0; i < screen.texts.length; i += 1) {
    for (let j = i + 1; j < screen.texts.length; j += 1) {
      const a = screen.texts[i]!;
      const b = screen.texts[j]!;
      if (a.glyphBoxes.some((boxA) => b.glyphBoxes.some((boxB) => textBoxesOverlap(boxA, boxB)))) problems.push(`"${a.text}" overlaps "${b.text}"`);
    }
  }
  for (const mark of screen.marks) {
    const paint = parseColor(mark.paint);
    const ratio = paint ? contrastRatio(paint, effectiveBackground(mark.backgrounds)) : 0;
    report.minMarkContrast = Math.min(report.minMarkContrast, ratio);
    if (ratio < contrastMinimum.chartMark) problems.push(`${mark.kind} contrast ${ratio.toFixed(2)}:1 < 3:1`);
  }
  return report;
}

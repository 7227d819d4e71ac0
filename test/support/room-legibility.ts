// Legibility from the back of the room. Secondary text on a TV should be at least 2.5% of the screen
// height (27 px at 1080p, the TV-design minimum, and what AVIXA DISCAS asks for at about five screen
// heights); headline figures at least 6% (a scene whose headlines would be smaller is shown in pages).

export const roomLegibility = {
  minTextShareOfHeight: 0.025,
  minHeadlineShareOfHeight: 0.06,
} as const;

export const meetingRoomViewports = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
  { width: 3840, height: 2160 },
  { width: 2560, height: 1080 },
  { width: 5120, height: 1440 },
] as const;

export function minTextPx(viewportHeight: number): number {
  return viewportHeight * roomLegibility.minTextShareOfHeight;
}

export function minHeadlinePx(viewportHeight: number): number {
  return viewportHeight * roomLegibility.minHeadlineShareOfHeight;
}

// Browsers compute sizes in sub-pixel steps; allow for rounding, never for a real shortfall.
const tolerancePx = 0.05;

export function isLegibleText(fontSizePx: number, viewportHeight: number): boolean {
  return fontSizePx + tolerancePx >= minTextPx(viewportHeight);
}

export function isLegibleHeadline(fontSizePx: number, viewportHeight: number): boolean {
  return fontSizePx + tolerancePx >= minHeadlinePx(viewportHeight);
}

export type Box = { left: number; top: number; right: number; bottom: number };

/**
 * True when two text boxes overlap by more than the slack that font metrics leave between tightly set
 * lines (a glyph box is taller than its line when line-height < ~1.2).
 */
export function textBoxesOverlap(a: Box, b: Box, slackPx = 2): boolean {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  const verticalSlack = Math.max(slackPx, 0.2 * Math.min(a.bottom - a.top, b.bottom - b.top));
  return width > slackPx && height > verticalSlack;
}

/** True when `inner` sticks out of `outer` by more than a pixel (clipped, or outside the screen). */
export function isClipped(inner: Box, outer: Box, slackPx = 1): boolean {
  return (
    inner.left < outer.left - slackPx ||
    inner.top < outer.top - slackPx ||
    inner.right > outer.right + slackPx ||
    inner.bottom > outer.bottom + slackPx
  );
}

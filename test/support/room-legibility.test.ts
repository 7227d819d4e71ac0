import { isClipped, isLegibleHeadline, isLegibleText, minTextPx, textBoxesOverlap } from './room-legibility';

describe('room legibility rules', () => {
  it('asks for 27 px text and 64.8 px headlines at 1080p', () => {
    expect(minTextPx(1080)).toBe(27);
    expect(isLegibleText(27, 1080)).toBe(true);
    expect(isLegibleText(26.5, 1080)).toBe(false);
    expect(isLegibleHeadline(64.8, 1080)).toBe(true);
    expect(isLegibleHeadline(64, 1080)).toBe(false);
  });

  it('scales with the screen height, not its width (54 px at 2160p, 36 px on a 5120×1440 wall)', () => {
    expect(minTextPx(2160)).toBe(54);
    expect(minTextPx(1440)).toBe(36);
  });

  it('treats touching or tightly set lines as not overlapping, and stacked text as overlapping', () => {
    const line = { left: 0, top: 0, right: 100, bottom: 30 };
    expect(textBoxesOverlap(line, { left: 100, top: 0, right: 200, bottom: 30 })).toBe(false);
    expect(textBoxesOverlap(line, { left: 0, top: 27, right: 100, bottom: 57 })).toBe(false);
    expect(textBoxesOverlap(line, { left: 50, top: 10, right: 150, bottom: 40 })).toBe(true);
  });

  it('finds text that sticks out of its box', () => {
    const card = { left: 0, top: 0, right: 500, bottom: 300 };
    expect(isClipped({ left: 10, top: 10, right: 490, bottom: 290 }, card)).toBe(false);
    expect(isClipped({ left: 10, top: 280, right: 490, bottom: 320 }, card)).toBe(true);
  });
});

import {
  checkRoom,
  evaluateCssLength,
  isValidScreen,
  legibleDistanceM,
  minimumCharacterHeightMm,
  pixelPitchMm,
  smallestFontPx,
} from '@/features/room-check/model/room-check';

// The theme's tokens as theme.css writes them today.
const themeTokens = { body: 'clamp(0.9rem, 1.75vh, 2.8rem)', small: 'clamp(0.8rem, 1.45vh, 2.4rem)' };

describe('minimum character height at 16 minutes of arc (ISO 9241-3)', () => {
  it('is about 4.65 mm per metre of viewing distance', () => {
    expect(minimumCharacterHeightMm(1)).toBeCloseTo(4.654, 3);
    expect(minimumCharacterHeightMm(4)).toBeCloseTo(18.62, 2);
  });

  it('inverts to the farthest legible distance', () => {
    expect(legibleDistanceM(minimumCharacterHeightMm(3.5))).toBeCloseTo(3.5, 6);
  });
});

describe('pixel pitch', () => {
  it('is 0.744 mm on a 65-inch 1080p screen and half that at 4K', () => {
    const hd = pixelPitchMm({ diagonalInches: 65, widthPx: 1920, heightPx: 1080 });
    expect(hd).toBeCloseTo(0.7494, 3);
    expect(pixelPitchMm({ diagonalInches: 65, widthPx: 3840, heightPx: 2160 })).toBeCloseTo(hd / 2, 6);
  });
});

describe('CSS font tokens', () => {
  const viewport = { viewportWidth: 1920, viewportHeight: 1080, remPx: 16 };

  it('evaluates clamp() with rem and vh the way the browser does', () => {
    expect(evaluateCssLength('clamp(0.9rem, 1.75vh, 2.8rem)', viewport)).toBeCloseTo(18.9, 6);
    expect(evaluateCssLength('clamp(0.9rem, 1.75vh, 2.8rem)', { ...viewport, viewportHeight: 600 })).toBeCloseTo(14.4, 6);
    expect(evaluateCssLength('min(10px, 2vw)', viewport)).toBe(10);
    expect(evaluateCssLength('24px', viewport)).toBe(24);
  });

  it('gives up on expressions it does not understand instead of guessing', () => {
    expect(evaluateCssLength('calc(1rem + 2px)', viewport)).toBeUndefined();
    expect(evaluateCssLength('', viewport)).toBeUndefined();
  });

  it('resolves rem in --fs-small against the root font size set by --fs-body', () => {
    // Root: clamp(14.4, 18.9, 44.8) = 18.9 px; small: clamp(0.8 × 18.9, 15.66, 2.4 × 18.9) = 15.66 px.
    expect(smallestFontPx(themeTokens, { width: 1920, height: 1080 })).toBeCloseTo(15.66, 2);
  });
});

describe('room check verdict', () => {
  it('says a 65-inch 4K screen at 200 % fails for a viewer 4 m away, and up to where it works', () => {
    const result = checkRoom({ diagonalInches: 65, widthPx: 3840, heightPx: 2160, scalingPercent: 200 }, 4, themeTokens);
    expect(result.minimumMm).toBeCloseTo(18.62, 2);
    expect(result.smallestFontPx).toBeCloseTo(15.66, 2);
    // 15.66 CSS px × 2 device px × 0.3747 mm × 0.7 ≈ 8.2 mm
    expect(result.smallestTextMm).toBeCloseTo(8.22, 1);
    expect(result.meets).toBe(false);
    expect(result.legibleUpToM).toBeCloseTo(1.77, 1);
  });

  it('passes the same screen for a viewer 1.5 m away', () => {
    const result = checkRoom({ diagonalInches: 65, widthPx: 3840, heightPx: 2160, scalingPercent: 200 }, 1.5, themeTokens);
    expect(result.meets).toBe(true);
  });

  it('has no verdict when the font tokens cannot be read', () => {
    const result = checkRoom({ diagonalInches: 65, widthPx: 1920, heightPx: 1080, scalingPercent: 100 }, 3, { body: '', small: '' });
    expect(result.meets).toBeUndefined();
    expect(result.minimumMm).toBeGreaterThan(0);
  });

  it('rejects zero, negative and missing inputs', () => {
    const screen = { diagonalInches: 65, widthPx: 1920, heightPx: 1080, scalingPercent: 100 };
    expect(isValidScreen(screen, 3)).toBe(true);
    expect(isValidScreen({ ...screen, diagonalInches: 0 }, 3)).toBe(false);
    expect(isValidScreen(screen, -1)).toBe(false);
    expect(isValidScreen({ ...screen, widthPx: Number.NaN }, 3)).toBe(false);
  });
});

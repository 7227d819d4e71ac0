// Pure maths for the room check: how tall text must be for the farthest viewer, and how tall this
// dashboard's smallest text is on the given screen. No React, no DOM.

/** ISO 9241-3: the ergonomic minimum character height, as a visual angle. */
export const minimumArcMinutes = 16;

/**
 * Character height as a share of the font size. ISO 9241-3 measures Latin capitals (about 0.7 em in Noto
 * Sans); Chinese characters fill about 0.9 em, so using 0.7 errs on the safe side for both languages.
 */
export const characterHeightRatio = 0.7;

const millimetresPerInch = 25.4;
const browserDefaultFontPx = 16;

export type Screen = {
  diagonalInches: number;
  widthPx: number;
  heightPx: number;
  /** Operating-system display scaling, 100 = none; 4K meeting-room screens often run at 200. */
  scalingPercent: number;
};

/** Smallest character height (mm) that subtends `arcMinutes` at `distanceM` metres. */
export function minimumCharacterHeightMm(distanceM: number, arcMinutes = minimumArcMinutes): number {
  const radians = (arcMinutes / 60) * (Math.PI / 180);
  return 2 * distanceM * 1000 * Math.tan(radians / 2);
}

/** Farthest distance (m) at which a character of `heightMm` still subtends `arcMinutes`. */
export function legibleDistanceM(heightMm: number, arcMinutes = minimumArcMinutes): number {
  const radians = (arcMinutes / 60) * (Math.PI / 180);
  return heightMm / (2 * Math.tan(radians / 2)) / 1000;
}

/** Size of one device pixel (mm), assuming square pixels. */
export function pixelPitchMm(screen: Pick<Screen, 'diagonalInches' | 'widthPx' | 'heightPx'>): number {
  return (screen.diagonalInches * millimetresPerInch) / Math.hypot(screen.widthPx, screen.heightPx);
}

type LengthContext = { viewportWidth: number; viewportHeight: number; remPx: number };

function evaluateLength(token: string, context: LengthContext): number | undefined {
  const match = /^(-?\d*\.?\d+)(px|rem|em|vh|vw|vmin|vmax)$/.exec(token.trim());
  if (!match) return undefined;
  const value = Number(match[1]);
  switch (match[2]) {
    case 'px':
      return value;
    case 'rem':
    case 'em':
      return value * context.remPx;
    case 'vh':
      return (value * context.viewportHeight) / 100;
    case 'vw':
      return (value * context.viewportWidth) / 100;
    case 'vmin':
      return (value * Math.min(context.viewportWidth, context.viewportHeight)) / 100;
    case 'vmax':
      return (value * Math.max(context.viewportWidth, context.viewportHeight)) / 100;
  }
  return undefined;
}

/**
 * Evaluates a font-size token as theme.css writes them: a plain length or clamp()/min()/max() of lengths.
 * Returns undefined for anything else, so the page says "unknown" rather than guessing.
 */
export function evaluateCssLength(expression: string, context: LengthContext): number | undefined {
  const text = expression.trim();
  const call = /^(clamp|min|max)\((.*)\)$/.exec(text);
  if (!call) return evaluateLength(text, context);
  const values = (call[2] ?? '').split(',').map((part) => evaluateLength(part, context));
  if (values.some((value) => value === undefined)) return undefined;
  const numbers = values as number[];
  switch (call[1]) {
    case 'clamp': {
      if (numbers.length !== 3) return undefined;
      const [low, preferred, high] = numbers as [number, number, number];
      return Math.max(low, Math.min(preferred, high));
    }
    case 'min':
      return Math.min(...numbers);
    case 'max':
      return Math.max(...numbers);
  }
  return undefined;
}

/** The theme's font tokens: the root font size (rem) comes from --fs-body, the smallest text from --fs-small. */
export type FontTokens = { body: string; small: string };

/** The smallest text's font size in CSS pixels on a full-screen viewport of the given CSS size. */
export function smallestFontPx(tokens: FontTokens, viewport: { width: number; height: number }): number | undefined {
  const base = { viewportWidth: viewport.width, viewportHeight: viewport.height };
  const rootPx = evaluateCssLength(tokens.body, { ...base, remPx: browserDefaultFontPx });
  if (rootPx === undefined) return undefined;
  return evaluateCssLength(tokens.small, { ...base, remPx: rootPx });
}

export type RoomCheckResult = {
  minimumMm: number;
  /** The minimum in the screen's device pixels. */
  minimumPx: number;
  /** The dashboard's smallest font size in CSS pixels, or undefined when the tokens could not be read. */
  smallestFontPx: number | undefined;
  smallestTextMm: number | undefined;
  meets: boolean | undefined;
  legibleUpToM: number | undefined;
};

export function isValidScreen(screen: Screen, distanceM: number): boolean {
  return [screen.diagonalInches, screen.widthPx, screen.heightPx, screen.scalingPercent, distanceM].every(
    (value) => Number.isFinite(value) && value > 0,
  );
}

export function checkRoom(screen: Screen, distanceM: number, tokens: FontTokens): RoomCheckResult {
  const pitch = pixelPitchMm(screen);
  const scale = screen.scalingPercent / 100;
  const minimumMm = minimumCharacterHeightMm(distanceM);
  const fontPx = smallestFontPx(tokens, { width: screen.widthPx / scale, height: screen.heightPx / scale });
  const smallestTextMm = fontPx === undefined ? undefined : fontPx * scale * pitch * characterHeightRatio;
  return {
    minimumMm,
    minimumPx: minimumMm / pitch,
    smallestFontPx: fontPx,
    smallestTextMm,
    meets: smallestTextMm === undefined ? undefined : smallestTextMm >= minimumMm,
    legibleUpToM: smallestTextMm === undefined ? undefined : legibleDistanceM(smallestTextMm),
  };
}

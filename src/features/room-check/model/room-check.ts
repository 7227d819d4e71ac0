// Pure maths for the room check: how tall text must be for the farthest viewer, and how tall meeting-room
// mode's smallest text is on the given screen (what the room will show, not the desk layout). No React, no DOM.

/** ISO 9241-3: the ergonomic minimum character height, as a visual angle. */
const minimumArcMinutes = 16;

/**
 * Character height as a share of the font size. ISO 9241-3 measures Latin capitals (about 0.7 em in Noto
 * Sans); Chinese characters fill about 0.9 em, so using 0.7 errs on the safe side for both languages.
 */
export const characterHeightRatio = 0.7;

const millimetresPerInch = 25.4;

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

/**
 * The smallest text meeting-room mode sets, as a share of the screen's height (kiosk.css: 2.5vh). Measured in
 * screen heights, it does not depend on the operating system's scaling.
 */
const meetingRoomSmallestTextShare = 0.025;

/** The smallest text's font size in CSS pixels on a full-screen viewport of the given CSS height. */
export function smallestFontPx(viewportHeight: number): number {
  return viewportHeight * meetingRoomSmallestTextShare;
}

export type RoomCheckResult = {
  minimumMm: number;
  /** The minimum in the screen's device pixels. */
  minimumPx: number;
  /** Meeting-room mode's smallest font size in CSS pixels. */
  smallestFontPx: number;
  smallestTextMm: number;
  meets: boolean;
  legibleUpToM: number;
};

/** What a person can sensibly enter: a screen from a tablet to an LED wall, a viewer within a large hall. */
export const inputLimits = {
  diagonal: { min: 10, max: 400 },
  width: { min: 320, max: 16_384 },
  height: { min: 240, max: 16_384 },
  scaling: { min: 50, max: 500 },
  distance: { min: 0.3, max: 60 },
} as const;
export type RoomInput = keyof typeof inputLimits;

export type ParsedInput = { value: number } | { problem: 'empty' | 'notANumber' | 'outOfRange' };

/**
 * A number as typed: digits with "." as the decimal point, full-width digits allowed (a Chinese IME gives
 * "４．５"). A comma is refused rather than guessed at: "4,5" is 4.5 in some locales and 45 in others.
 */
export function parseRoomInput(text: string, field: RoomInput): ParsedInput {
  const normal = text.trim().replace(/[０-９．]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  if (normal === '') return { problem: 'empty' };
  if (!/^\d+(\.\d+)?$/.test(normal)) return { problem: 'notANumber' };
  const value = Number(normal);
  const { min, max } = inputLimits[field];
  return value < min || value > max ? { problem: 'outOfRange' } : { value };
}

export function checkRoom(screen: Screen, distanceM: number): RoomCheckResult {
  const pitch = pixelPitchMm(screen);
  const scale = screen.scalingPercent / 100;
  const minimumMm = minimumCharacterHeightMm(distanceM);
  const fontPx = smallestFontPx(screen.heightPx / scale);
  const smallestTextMm = fontPx * scale * pitch * characterHeightRatio;
  return {
    minimumMm,
    minimumPx: minimumMm / pitch,
    smallestFontPx: fontPx,
    smallestTextMm,
    meets: smallestTextMm >= minimumMm,
    legibleUpToM: legibleDistanceM(smallestTextMm),
  };
}

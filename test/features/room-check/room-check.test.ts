import {
  checkRoom,
  inputLimits,
  legibleDistanceM,
  minimumCharacterHeightMm,
  parseRoomInput,
  pixelPitchMm,
  smallestFontPx,
} from '@/features/room-check/model/room-check';

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

describe('meeting-room mode’s smallest text', () => {
  it('is 2.5% of the screen’s height, whatever the scaling', () => {
    expect(smallestFontPx(1080)).toBe(27);
    const at100 = checkRoom({ diagonalInches: 65, widthPx: 3840, heightPx: 2160, scalingPercent: 100 }, 3);
    const at200 = checkRoom({ diagonalInches: 65, widthPx: 3840, heightPx: 2160, scalingPercent: 200 }, 3);
    expect(at100.smallestTextMm).toBeCloseTo(at200.smallestTextMm, 6);
  });
});

describe('room check verdict', () => {
  it('passes a 65-inch 4K screen for a viewer 3 m away, fails it at 4 m, and says up to where it works', () => {
    const screen = { diagonalInches: 65, widthPx: 3840, heightPx: 2160, scalingPercent: 200 };
    const far = checkRoom(screen, 4);
    expect(far.minimumMm).toBeCloseTo(18.62, 2);
    expect(far.smallestFontPx).toBe(27);
    // 27 CSS px × 2 device px × 0.3747 mm × 0.7 ≈ 14.2 mm
    expect(far.smallestTextMm).toBeCloseTo(14.16, 1);
    expect(far.meets).toBe(false);
    expect(far.legibleUpToM).toBeCloseTo(3.04, 1);
    expect(checkRoom(screen, 3).meets).toBe(true);
  });
});

describe('room check inputs', () => {
  it('reads numbers with a decimal point, in full-width digits too', () => {
    expect(parseRoomInput('4.5', 'distance')).toEqual({ value: 4.5 });
    expect(parseRoomInput(' ４．５ ', 'distance')).toEqual({ value: 4.5 });
  });

  it('refuses a decimal comma rather than guessing what it means', () => {
    expect(parseRoomInput('4,5', 'distance')).toEqual({ problem: 'notANumber' });
    expect(parseRoomInput('abc', 'distance')).toEqual({ problem: 'notANumber' });
    expect(parseRoomInput('', 'distance')).toEqual({ problem: 'empty' });
  });

  it('refuses values no room has: 100000% scaling, a 0 m viewer, a 2-inch screen', () => {
    expect(parseRoomInput('100000', 'scaling')).toEqual({ problem: 'outOfRange' });
    expect(parseRoomInput('0', 'distance')).toEqual({ problem: 'outOfRange' });
    expect(parseRoomInput('2', 'diagonal')).toEqual({ problem: 'outOfRange' });
    expect(parseRoomInput('-1', 'distance')).toEqual({ problem: 'notANumber' });
    expect(inputLimits.scaling.max).toBe(500);
  });
});

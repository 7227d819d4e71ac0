// Every timing and limit of meeting-room mode in one place; the URL can override the first four.

export const kioskDefaults = {
  intervalSeconds: 20,
  resumeSeconds: 60,
  refreshMinutes: 5,
} as const;

/** Out-of-range URL values are clamped so a typo cannot make a screen flicker or never move. */
export const kioskLimits = {
  intervalSeconds: { min: 5, max: 3600 },
  resumeSeconds: { min: 5, max: 24 * 3600 },
  refreshMinutes: { min: 1, max: 24 * 60 },
} as const;

export const kioskTiming = {
  /** Burn-in care: how often the whole layout moves by one drift step. */
  driftEveryMs: 4 * 60_000,
  /** The clock shows minutes, so it renders once a minute, on the minute. */
  clockEveryMs: 60_000,
  /** How long a chart's entrance animation lasts when motion is on. */
  chartAnimationMs: 900,
} as const;

/**
 * Burn-in care: positions the layout visits, in units of the drift step (a few CSS pixels, set in kiosk.css).
 * A closed loop around the centre, so no pixel stays lit the same way for long.
 */
export const driftPath: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [-1, 1],
  [-1, 0],
  [-1, -1],
  [0, -1],
  [1, -1],
];

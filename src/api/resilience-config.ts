// How the screen behaves when the API misbehaves. One place for every timing and limit, so tests and
// operators can see them together.

export const resilienceConfig = {
  /** Largest response body accepted; the 2022 report is about 25 KB, so this leaves room for years of growth. */
  maxBodyBytes: 2 * 1024 * 1024,
  /** First retry waits this long; each further retry doubles it, up to retryMaxDelayMs. */
  retryBaseDelayMs: 1_000,
  retryMaxDelayMs: 60_000,
  /** A server's Retry-After is honoured, but never beyond this (a typo of 86400 must not stall a screen for a day). */
  retryAfterMaxMs: 10 * 60_000,
  /** Random spread added to each delay, so a room full of screens does not retry in lock-step. */
  retryJitterRatio: 0.2,
  /** How long the last good data is kept in local storage for a restart with the network down. */
  persistMaxAgeMs: 30 * 24 * 60 * 60_000,
  persistStorageKey: 'rule-of-law-dashboard:last-good-data',
} as const;

export type RetryTimings = {
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  retryAfterMaxMs: number;
  retryJitterRatio: number;
};

import { ApiError } from '@/api/api-error';
import type { RetryTimings } from '@/api/resilience-config';

// A wall screen has nobody to press "retry": it keeps trying for as long as it is on, backing off so a
// struggling server is not hammered, and waiting at least as long as the server asks with Retry-After.

export function retryForever(): boolean {
  return true;
}

/** Delay before retry number `failureCount + 1` (React Query counts failures from 0). */
export function retryDelayMs(failureCount: number, error: unknown, timings: RetryTimings, random: () => number = Math.random): number {
  const backoff = Math.min(timings.retryMaxDelayMs, timings.retryBaseDelayMs * 2 ** failureCount);
  const withJitter = Math.round(backoff * (1 + timings.retryJitterRatio * random()));
  if (error instanceof ApiError && error.retryAfterSeconds !== undefined) {
    return Math.max(withJitter, Math.min(error.retryAfterSeconds * 1000, timings.retryAfterMaxMs));
  }
  return withJitter;
}

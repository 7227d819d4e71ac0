import { ApiError } from '@/api/api-client';
import { resilienceConfig } from '@/api/resilience-config';
import { retryDelayMs } from '@/api/retry-policy';

const noJitter = { ...resilienceConfig, retryJitterRatio: 0 };

describe('retry policy', () => {
  it('doubles the wait after each failure, up to the maximum', () => {
    const delays = [0, 1, 2, 3, 10].map((failures) => retryDelayMs(failures, new ApiError('network', 'down'), noJitter));
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 60_000]);
  });

  it('waits at least as long as Retry-After asks', () => {
    const busy = new ApiError('http', '503', { status: 503, retryAfterSeconds: 30 });
    expect(retryDelayMs(0, busy, noJitter)).toBe(30_000);
  });

  it('caps an absurd Retry-After so a typo cannot stall the screen for a day', () => {
    const busy = new ApiError('http', '503', { status: 503, retryAfterSeconds: 86_400 });
    expect(retryDelayMs(0, busy, noJitter)).toBe(resilienceConfig.retryAfterMaxMs);
  });

  it('spreads retries by up to the jitter ratio', () => {
    expect(retryDelayMs(0, new Error('x'), resilienceConfig, () => 1)).toBe(1_200);
    expect(retryDelayMs(0, new Error('x'), resilienceConfig, () => 0)).toBe(1_000);
  });
});

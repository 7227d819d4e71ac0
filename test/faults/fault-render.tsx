import { createQueryClient } from '@/app/query-client';
import type { RetryTimings } from '@/api/resilience-config';
import { restoreLastGoodData, persistLastGoodData } from '@/api/last-good-data';
import { renderApp } from '../render';

// The app with its real retry policy, only faster: these tests are about what the screen does between retries.
export const fastRetries: RetryTimings = { retryBaseDelayMs: 20, retryMaxDelayMs: 80, retryAfterMaxMs: 150, retryJitterRatio: 0 };

export function renderResilientApp({ url = '/', storage }: { url?: string; storage?: Storage } = {}) {
  const queryClient = createQueryClient(fastRetries);
  if (storage) {
    restoreLastGoodData(queryClient, storage);
    persistLastGoodData(queryClient, storage);
  }
  return renderApp({ url, queryClient });
}

import { QueryClient } from '@tanstack/react-query';
import { resilienceConfig, type RetryTimings } from '@/api/resilience-config';
import { retryDelayMs, retryForever } from '@/api/retry-policy';

export function createQueryClient(timings: RetryTimings = resilienceConfig): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Figures change once a year; a meeting-room screen refetches on its own schedule.
        staleTime: 5 * 60_000,
        // Last good data stays for as long as the screen runs: it is what the screen falls back to.
        gcTime: Infinity,
        retry: retryForever,
        retryDelay: (failureCount, error) => retryDelayMs(failureCount, error, timings),
        // navigator.onLine says nothing about an intranet API; try, and report what actually failed.
        networkMode: 'always',
        refetchOnWindowFocus: false,
      },
    },
  });
}

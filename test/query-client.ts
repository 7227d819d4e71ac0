import { QueryClient } from '@tanstack/react-query';

/** A fresh client per test: no retries (a failure shows at once), and nothing garbage-collected mid-test. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';

type Seed = {
  data: unknown;
  dataUpdatedAt: number;
  /** 0 when this screen has not fetched the data itself, which the stale badge reads as "not from the API yet". */
  dataUpdateCount: number;
};

/**
 * Puts data into an empty cache as a successful query, invalidated so the first screen to use it fetches a fresh
 * copy at once. It uses the cache's own constructor rather than react-query's hydrate(), whose merging would cost
 * the first screen's script a kilobyte for nothing.
 */
export function seedQuery(queryClient: QueryClient, queryKey: QueryKey, { data, dataUpdatedAt, dataUpdateCount }: Seed): void {
  queryClient.getQueryCache().build(
    queryClient,
    { queryKey, queryHash: hashKey(queryKey) },
    {
      data,
      dataUpdatedAt,
      dataUpdateCount,
      error: null,
      errorUpdateCount: 0,
      errorUpdatedAt: 0,
      fetchFailureCount: 0,
      fetchFailureReason: null,
      fetchMeta: null,
      isInvalidated: true,
      status: 'success',
      fetchStatus: 'idle',
    },
  );
}

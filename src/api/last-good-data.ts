import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { safeParse, type $ZodType } from 'zod/v4/core';
import { laidOutReportSchema, reportListSchema } from '@/data/report-schema';
import { reportQueries } from '@/api/report-queries';
import { resilienceConfig } from '@/api/resilience-config';
import { seedQuery } from '@/api/seed-query';

// The last good report data in local storage, stamped with when it was received, so a meeting-room PC that
// restarts while the network is down still shows the figures (marked stale). Written by hand rather than
// with react-query-persist-client: its releases trail @tanstack/react-query and would bundle a second
// query-core. Everything read back is validated again: storage can hold anything.

const storedSchema = z.object({
  version: z.literal(1),
  queries: z.array(z.object({ queryKey: z.array(z.string()), dataUpdatedAt: z.number(), data: z.unknown() })),
});
type Stored = z.infer<typeof storedSchema>;

type Options = { storageKey?: string; maxAgeMs?: number; now?: () => number };

const detailPrefix = reportQueries.detail('').queryKey.slice(0, -1);

/** The report id in a detail query's key, or undefined for any other key. */
function detailReportId(queryKey: QueryKey): string | undefined {
  const isDetail = queryKey.length === detailPrefix.length + 1 && detailPrefix.every((part, index) => queryKey[index] === part);
  const id = queryKey[detailPrefix.length];
  return isDetail && typeof id === 'string' ? id : undefined;
}

/** The schema that data under this query key must pass, or undefined when the key is not kept. */
function schemaFor(queryKey: QueryKey): $ZodType | undefined {
  if (hashKey(queryKey) === hashKey(reportQueries.list().queryKey)) return reportListSchema;
  return detailReportId(queryKey) === undefined ? undefined : laidOutReportSchema;
}

/**
 * Whether a stored entry may be shown: it still validates, is not too old, is not stamped later than now (it
 * would pass for fresh and never age), and a report is the one its key names (it would appear under that
 * report's header).
 */
function restorable(queryKey: QueryKey, data: unknown, dataUpdatedAt: number, now: number, maxAgeMs: number): { data: unknown } | undefined {
  const schema = schemaFor(queryKey);
  const valid = schema ? safeParse(schema, data) : undefined;
  if (!valid?.success || dataUpdatedAt > now || now - dataUpdatedAt > maxAgeMs) return undefined;
  const reportId = detailReportId(queryKey);
  if (reportId !== undefined && (valid.data as { id?: unknown }).id !== reportId) return undefined;
  return { data: valid.data };
}

/** Puts stored data that still validates into the cache, marked as never fetched by this screen (so stale). */
export function restoreLastGoodData(queryClient: QueryClient, storage: Storage, options: Options = {}): number {
  const { storageKey = resilienceConfig.persistStorageKey, maxAgeMs = resilienceConfig.persistMaxAgeMs, now = Date.now } = options;
  let stored: Stored;
  try {
    const parsed = storedSchema.safeParse(JSON.parse(storage.getItem(storageKey) ?? 'null'));
    if (!parsed.success) return 0;
    stored = parsed.data;
  } catch {
    return 0;
  }
  const restoredAt = now();
  let restored = 0;
  for (const { queryKey, dataUpdatedAt, data } of stored.queries) {
    const valid = restorable(queryKey, data, dataUpdatedAt, restoredAt, maxAgeMs);
    if (!valid) continue;
    // 0 updates: this screen has not fetched it itself, which the stale badge reads as "restored".
    seedQuery(queryClient, queryKey, { data: valid.data, dataUpdatedAt, dataUpdateCount: 0 });
    restored += 1;
  }
  return restored;
}

/** Writes every good report query to storage after each successful fetch; returns the unsubscribe. */
export function persistLastGoodData(queryClient: QueryClient, storage: Storage, options: Pick<Options, 'storageKey'> = {}): () => void {
  const { storageKey = resilienceConfig.persistStorageKey } = options;
  const queryCache = queryClient.getQueryCache();
  return queryCache.subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success' || !schemaFor(event.query.queryKey)) return;
    const stored: Stored = {
      version: 1,
      queries: queryCache
        .getAll()
        .filter((query) => query.state.status === 'success' && query.state.data !== undefined && schemaFor(query.queryKey))
        .map((query) => ({ queryKey: query.queryKey as string[], dataUpdatedAt: query.state.dataUpdatedAt, data: query.state.data })),
    };
    try {
      storage.setItem(storageKey, JSON.stringify(stored));
    } catch {
      // Storage full or disabled: the screen still works, it just cannot survive a restart offline.
    }
  });
}

/** Restore, then keep storing; storage that cannot even be opened (privacy settings) just turns this off. */
export function keepLastGoodData(queryClient: QueryClient, getStorage: () => Storage = () => window.localStorage): void {
  let storage: Storage;
  try {
    storage = getStorage();
  } catch {
    return;
  }
  restoreLastGoodData(queryClient, storage);
  persistLastGoodData(queryClient, storage);
}

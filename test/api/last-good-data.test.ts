import { yantaiReport } from '../fixtures/yantai';
import { createTestQueryClient } from '../query-client';
import { restoreLastGoodData } from '@/api/last-good-data';
import { reportQueries } from '@/api/report-queries';
import { resilienceConfig } from '@/api/resilience-config';

// What a restart may take back from local storage: storage can hold anything, including a report filed under
// another report's key or a stamp from a clock that was ahead.

const now = Date.UTC(2026, 0, 15, 9, 0, 0);

function storageWith(queries: Array<{ queryKey: readonly string[]; dataUpdatedAt: number; data: unknown }>): Storage {
  const items = new Map<string, string>([[resilienceConfig.persistStorageKey, JSON.stringify({ version: 1, queries })]]);
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

function restore(queries: Parameters<typeof storageWith>[0]) {
  const queryClient = createTestQueryClient();
  const restored = restoreLastGoodData(queryClient, storageWith(queries), { now: () => now });
  return { restored, cached: queryClient.getQueryData(reportQueries.detail('yantai-psb-2022').queryKey) };
}

const detailKey = reportQueries.detail('yantai-psb-2022').queryKey;

describe('restoring the last good data', () => {
  it('takes back a report stored under its own id, stamped in the past', () => {
    const { restored, cached } = restore([{ queryKey: detailKey, dataUpdatedAt: now - 60_000, data: yantaiReport() }]);
    expect(restored).toBe(1);
    expect(cached).toMatchObject({ id: 'yantai-psb-2022' });
  });

  it('refuses a report stored under another report’s id, which would show under the wrong header', () => {
    const other = { ...yantaiReport(), id: 'other-psb-2022' };
    const { restored, cached } = restore([{ queryKey: detailKey, dataUpdatedAt: now - 60_000, data: other }]);
    expect(restored).toBe(0);
    expect(cached).toBeUndefined();
  });

  it.each([
    ['a second', 1_000],
    ['a day', 24 * 60 * 60_000],
  ])('refuses an entry stamped %s in the future, which would pass for fresh and never age', (_label, ahead) => {
    const { restored, cached } = restore([{ queryKey: detailKey, dataUpdatedAt: now + ahead, data: yantaiReport() }]);
    expect(restored).toBe(0);
    expect(cached).toBeUndefined();
  });

  it('keeps the good entries of a store that also holds refused ones', () => {
    const list = { reports: [] };
    const { restored, cached } = restore([
      { queryKey: reportQueries.list().queryKey, dataUpdatedAt: now + 5_000, data: list },
      { queryKey: detailKey, dataUpdatedAt: now, data: yantaiReport() },
    ]);
    expect(restored).toBe(1);
    expect(cached).toMatchObject({ id: 'yantai-psb-2022' });
  });
});

import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstScreenOrTimeout, loadFirstScreen } from '@/app/first-screen';
import { reportQueries } from '@/api/report-queries';
import { server } from '../msw-server';
import { createTestQueryClient } from '../query-client';

describe('the first screen, started before the first render', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('puts the report list and the report that the URL names into the cache', async () => {
    const queryClient = createTestQueryClient();
    await loadFirstScreen(queryClient, '?scene=training&report=yantai-psb-2022');
    expect(queryClient.getQueryData(reportQueries.list().queryKey)?.reports.length).toBeGreaterThan(0);
    expect(queryClient.getQueryData(reportQueries.detail('yantai-psb-2022').queryKey)?.id).toBe('yantai-psb-2022');
  });

  it('takes the first report in the list when the URL names none, or one that does not exist', async () => {
    for (const search of ['', '?report=no-such-report']) {
      const queryClient = createTestQueryClient();
      await loadFirstScreen(queryClient, search);
      const [first] = queryClient.getQueryData(reportQueries.list().queryKey)!.reports;
      expect(queryClient.getQueryData(reportQueries.detail(first!.id).queryKey)?.id, search).toBe(first!.id);
    }
  });

  it('fails with the API, leaving the failure for the page to show', async () => {
    server.use(http.get('*/api/v1/reports.json', () => new HttpResponse(null, { status: 500 })));
    await expect(loadFirstScreen(createTestQueryClient(), '')).rejects.toMatchObject({ kind: 'http' });
  });

  it('waits for the first screen at most the given time, and never fails', async () => {
    vi.useFakeTimers();
    let settled = false;
    void firstScreenOrTimeout(new Promise(() => {}), 400).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(399);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);

    await expect(firstScreenOrTimeout(Promise.reject(new Error('down')), 400)).resolves.toBeUndefined();
    await expect(firstScreenOrTimeout(Promise.resolve(), 60_000)).resolves.toBeUndefined();
  });
});

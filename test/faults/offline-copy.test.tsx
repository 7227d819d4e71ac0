import { http, HttpResponse } from 'msw';
import { act, screen, waitFor } from '@testing-library/react';
import { server } from '../msw-server';
import { renderResilientApp } from './fault-render';
import { yantaiReport } from '../fixtures/yantai';
import { formatSince } from '@/lib/format';
import { offlineCopyHeader, savedAtHeader } from '@/api/offline-copy';

// With the network down, the service worker answers report requests with its last good copy, marked. The
// screen must treat that as what it is: old figures, shown as "not updated since" the time they were saved.

const reportPath = '*/api/v1/reports/:file';
const savedAt = new Date('2026-01-04T18:30:00Z').getTime();
const offlineCopy = (body: unknown, stamp: string | null = String(savedAt)) =>
  HttpResponse.json(body as object, { headers: { [offlineCopyHeader]: '1', ...(stamp === null ? {} : { [savedAtHeader]: stamp }) } });

describe('the service worker’s offline copy of the report', () => {
  it('shows the copy on a screen with no figures, marked not updated since it was saved, until the network is back', async () => {
    let calls = 0;
    server.use(
      http.get(reportPath, () => {
        calls += 1;
        return offlineCopy(yantaiReport());
      }),
    );
    renderResilientApp({ url: '/?scene=overview&lang=en' });
    await screen.findByText('11,961');
    const badge = await screen.findByRole('status');
    expect(badge).toHaveTextContent(`Not updated since ${formatSince(new Date(savedAt), new Date(), 'en')}`);
    expect(badge).toHaveTextContent('The network connection failed.');
    await waitFor(() => expect(calls).toBeGreaterThanOrEqual(3));

    server.resetHandlers();
    await waitFor(() => expect(screen.queryByText(/Not updated since/)).not.toBeInTheDocument());
    expect(screen.getByText('11,961')).toBeInTheDocument();
  });

  it('keeps the figures a screen already has, with their own time, instead of an older copy', async () => {
    const view = renderResilientApp({ url: '/?scene=overview&lang=en' });
    await screen.findByText('11,961');
    const receivedAt = view.queryClient.getQueryState(['reports', 'detail', 'yantai-psb-2022'])!.dataUpdatedAt;
    const older = yantaiReport();
    older.figures.find((figure) => figure.id === 'fast-track-administrative-cases')!.value = 1;
    server.use(http.get(reportPath, () => offlineCopy(older)));
    await act(async () => {
      void view.queryClient.refetchQueries();
    });
    const badge = await screen.findByRole('status');
    expect(badge).toHaveTextContent(`Not updated since ${formatSince(new Date(receivedAt), new Date(), 'en')}`);
    expect(view.queryClient.getQueryState(['reports', 'detail', 'yantai-psb-2022'])!.dataUpdatedAt).toBe(receivedAt);
  });

  it('shows no figures from a copy that fails the schema or carries no time, and says the network failed', async () => {
    for (const [body, stamp] of [
      [{ ...yantaiReport(), figures: 'broken' }, String(savedAt)],
      [yantaiReport(), null],
    ] as const) {
      server.use(http.get(reportPath, () => offlineCopy(body, stamp)));
      const { unmount } = renderResilientApp({ url: '/?scene=overview&lang=en' });
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('The network connection failed.');
      expect(screen.queryByText('11,961')).not.toBeInTheDocument();
      unmount();
    }
  });
});

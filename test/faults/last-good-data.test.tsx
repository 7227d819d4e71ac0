import { http, HttpResponse } from 'msw';
import { screen, waitFor } from '@testing-library/react';
import { server } from '../msw-server';
import { renderResilientApp } from './fault-render';
import { formatSince } from '@/lib/format';
import { resilienceConfig } from '@/api/resilience-config';

// A restart with the network down: the figures come back from local storage, marked stale.

afterEach(() => window.localStorage.clear());

async function runOnceWithGoodData() {
  const view = renderResilientApp({ url: '/?scene=overview&lang=en', storage: window.localStorage });
  await screen.findByText('11,961');
  await waitFor(() => expect(window.localStorage.getItem(resilienceConfig.persistStorageKey)).toContain('11961'));
  const receivedAt = view.queryClient.getQueryState(['reports', 'detail', 'yantai-psb-2022'])!.dataUpdatedAt;
  view.unmount();
  return receivedAt;
}

describe('last good data across restarts', () => {
  it('shows the stored figures marked stale when the API is down after a restart, and clears on recovery', async () => {
    const receivedAt = await runOnceWithGoodData();
    server.use(http.get('*/api/v1/*', () => HttpResponse.error()));

    renderResilientApp({ url: '/?scene=overview&lang=en', storage: window.localStorage });
    expect(await screen.findByText('11,961')).toBeInTheDocument();
    expect(await screen.findByRole('status')).toHaveTextContent(`Not updated since ${formatSince(new Date(receivedAt), new Date(), 'en')}`);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    server.resetHandlers();
    await waitFor(() => expect(screen.queryByText(/Not updated since/)).not.toBeInTheDocument());
  });

  it('never shows stored data that no longer passes the schema', async () => {
    await runOnceWithGoodData();
    const key = resilienceConfig.persistStorageKey;
    window.localStorage.setItem(key, window.localStorage.getItem(key)!.replace('"value":11961', '"value":-11961'));
    server.use(http.get('*/api/v1/*', () => HttpResponse.error()));

    renderResilientApp({ url: '/?scene=overview&lang=en', storage: window.localStorage });
    expect(await screen.findByRole('alert')).toHaveTextContent('The network connection failed.');
    expect(screen.queryByText('11,961')).not.toBeInTheDocument();
    expect(screen.queryByText('-11,961')).not.toBeInTheDocument();
  });

  it('ignores storage that holds something else entirely', async () => {
    window.localStorage.setItem(resilienceConfig.persistStorageKey, '<html>not ours</html>');
    renderResilientApp({ url: '/?scene=overview&lang=en', storage: window.localStorage });
    expect(await screen.findByText('11,961')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { vi } from 'vitest';
import { server } from '../../msw-server';
import { renderApp } from '../../render';

describe('figure downloads', () => {
  it('downloads the report’s figures as a CSV that starts with a BOM', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    renderApp({ url: '/?scene=overview' });
    await user.click(await screen.findByText('出处与导出'));
    await user.click(screen.getByRole('button', { name: '下载 CSV' }));

    await waitFor(() => expect(clicks).toHaveBeenCalled());
    expect(clicks.mock.contexts[0]).toHaveProperty('download', 'yantai-psb-2022-figures-zh.csv');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('巡查整改执法问题700余个');
  });

  it('says so when the report cannot be fetched for the download', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?scene=plans&lang=en' });
    await screen.findByRole('region', { name: 'Main plans for 2023' });
    await user.click(screen.getByText('Sources and export'));
    server.use(http.get('*/api/v1/reports/:file', () => HttpResponse.json({ error: { code: 'x', message: 'down' } }, { status: 500 })));
    // The scene's cached copy is stale at once in tests (staleTime 0), so the download fetches again.
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The download failed; please try again.');
  });
});

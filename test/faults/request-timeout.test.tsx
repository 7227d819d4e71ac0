import { http, HttpResponse, delay } from 'msw';
import { screen } from '@testing-library/react';
import { server } from '../msw-server';
import { renderResilientApp } from './fault-render';
import { yantaiReport } from '../fixtures/yantai';

// The real limit is 10 s; the behaviour is the same at 200 ms.
vi.mock('@/api/api-config', async (importOriginal) => ({ ...(await importOriginal<object>()), apiTimeoutMs: 200 }));

/** The text a kilobyte at a time, then nothing more: the body never ends, so only the time limit ends it. */
function trickling(text: string, everyMs: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let sent = 0;
  return new ReadableStream({
    async pull(controller) {
      if (sent >= bytes.length) return new Promise<void>(() => {});
      await new Promise((resolve) => setTimeout(resolve, everyMs));
      controller.enqueue(bytes.slice(sent, sent + 1024));
      sent += 1024;
    },
  });
}

describe('answers that never come in time', () => {
  it('says the server did not answer in time when nothing comes, and recovers', async () => {
    server.use(
      http.get('*/api/v1/*', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    renderResilientApp({ url: '/?scene=overview&lang=en' });
    expect(await screen.findByRole('alert')).toHaveTextContent('The server did not respond in time.');
    server.resetHandlers();
    expect(await screen.findByText('11,961')).toBeInTheDocument();
  });

  it('says the server did not answer in time when the body trickles in, and recovers', async () => {
    server.use(http.get('*/api/v1/reports/:file', () => new HttpResponse(trickling(JSON.stringify(yantaiReport()), 50))));
    renderResilientApp({ url: '/?scene=overview&lang=en' });
    expect(await screen.findByRole('alert')).toHaveTextContent('The server did not respond in time.');
    expect(screen.queryByText('11,961')).not.toBeInTheDocument();
    server.resetHandlers();
    expect(await screen.findByText('11,961')).toBeInTheDocument();
  });
});
